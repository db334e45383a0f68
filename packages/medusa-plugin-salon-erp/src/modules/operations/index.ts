import { Module } from "@medusajs/framework/utils"
import OperationsModuleService from "./service"

export const OPERATIONS_MODULE = "salon_operations"

export default Module(OPERATIONS_MODULE, {
  service: OperationsModuleService,
})

export * from "./types"
