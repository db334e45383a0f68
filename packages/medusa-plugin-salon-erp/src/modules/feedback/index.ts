import { Module } from "@medusajs/framework/utils"
import validateFeedbackOptions from "./loaders/validate-options"
import FeedbackModuleService from "./service"

export const FEEDBACK_MODULE = "feedback"

export default Module(FEEDBACK_MODULE, {
  service: FeedbackModuleService,
  loaders: [validateFeedbackOptions],
})

export * from "./types"
