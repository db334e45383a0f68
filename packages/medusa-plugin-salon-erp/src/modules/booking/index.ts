import { Module } from "@medusajs/framework/utils"
import BookingModuleService from "./service"
import validateBookingOptions from "./loaders/validate-options"

export const BOOKING_MODULE = "booking"

export default Module(BOOKING_MODULE, {
  service: BookingModuleService,
  loaders: [validateBookingOptions],
})

export * from "./types"
