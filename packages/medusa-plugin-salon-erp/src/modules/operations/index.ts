import { Module } from "@medusajs/framework/utils"
import { OPERATIONS_MODULE_KEY } from "./lib/constants"
import OperationsModuleService from "./service"

export const OPERATIONS_MODULE = OPERATIONS_MODULE_KEY

export default Module(OPERATIONS_MODULE, {
  service: OperationsModuleService,
})

export * from "./types"
