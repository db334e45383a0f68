import { Module } from "@medusajs/framework/utils"
import CommissionModuleService from "./service"
import validateCommissionOptions from "./loaders/validate-options"

export const COMMISSION_MODULE = "commission"

export default Module(COMMISSION_MODULE, {
  service: CommissionModuleService,
  loaders: [validateCommissionOptions],
})
