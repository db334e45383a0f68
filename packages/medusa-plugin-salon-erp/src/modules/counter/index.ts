import { Module } from "@medusajs/framework/utils"
import { COUNTER_MODULE_KEY } from "./lib/constants"
import CounterModuleService from "./service"

export const COUNTER_MODULE = COUNTER_MODULE_KEY

export default Module(COUNTER_MODULE, {
  service: CounterModuleService,
})

export * from "./types"
