import { Module } from "@medusajs/framework/utils"
import { OPERATIONS_MODULE_KEY } from "./lib/constants"
import OperationsModuleService from "./service"
import scheduledJobWatchdogLoader from "./loaders/scheduled-job-watchdog"

export const OPERATIONS_MODULE = OPERATIONS_MODULE_KEY

export default Module(OPERATIONS_MODULE, {
  service: OperationsModuleService,
  loaders: [scheduledJobWatchdogLoader],
})

export * from "./types"
