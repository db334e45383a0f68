import { Module } from "@medusajs/framework/utils"
import StoredValueModuleService from "./service"
import validateStoredValueOptions from "./loaders/validate-options"

export const STORED_VALUE_MODULE = "stored_value"

export default Module(STORED_VALUE_MODULE, {
  service: StoredValueModuleService,
  loaders: [validateStoredValueOptions],
})

export * from "./types"
