import { Module } from "@medusajs/framework/utils"
import ClientModuleService from "./service"
import validateClientOptions from "./loaders/validate-options"

export const CLIENT_MODULE = "client"

export default Module(CLIENT_MODULE, {
  service: ClientModuleService,
  loaders: [validateClientOptions],
})
