import { Module } from "@medusajs/framework/utils"
import ServicePackageModuleService from "./service"
import validateServicePackageOptions from "./loaders/validate-options"

export const SERVICE_PACKAGE_MODULE = "service_package"

export default Module(SERVICE_PACKAGE_MODULE, {
  service: ServicePackageModuleService,
  loaders: [validateServicePackageOptions],
})

export * from "./types"
