import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  WorkflowResponse,
  createHook,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import type { BookAppointmentInput } from "../../../modules/booking/types"
import { BookingWorkflowEvents } from "../events"
import { bookAppointmentStep } from "../steps/book-appointment"
import { validateBookingCustomerStep } from "../steps/validate-booking-customer"
import { type WorkflowActor, appointmentEventData } from "../utils/event-data"
import { validateBookingRecordsStep } from "../steps/validate-booking-records"

export type BookAppointmentWorkflowInput = BookAppointmentInput & WorkflowActor

export const bookAppointmentWorkflowId = "book-appointment"
/**
 * This workflow books an appointment for a customer at a branch and emits `appointment.booked`.
 * Replaying a request with the same idempotency key returns the first booking and emits nothing.
 */
export const bookAppointmentWorkflow = createWorkflow(
  bookAppointmentWorkflowId,
  (input: BookAppointmentWorkflowInput) => {
    validateBookingCustomerStep({ customer_id: input.customer_id })
    const references = transform({ input }, ({ input }) => ({
      references: [
        { field: "branch_id", kind: "branch" as const, id: input.branch_id },
        ...(input.items ?? []).flatMap((item, index) => [
          {
            field: `items.${index}.salon_service_id`,
            kind: "salon_service" as const,
            id: item.salon_service_id,
          },
          {
            field: `items.${index}.staff_member_id`,
            kind: "staff_member" as const,
            id: item.staff_member_id,
          },
          { field: `items.${index}.room_id`, kind: "room" as const, id: item.room_id },
        ]),
      ],
    }))
    validateBookingRecordsStep(references)
    const booked = bookAppointmentStep(input)

    when({ booked }, ({ booked }) => booked.created).then(() => {
      const data = transform({ booked, input }, ({ booked, input }) =>
        appointmentEventData(booked.appointment, input, { previous_status: null })
      )
      emitEventStep({ eventName: BookingWorkflowEvents.APPOINTMENT_BOOKED, data })
    })

    const appointmentBooked = createHook("appointmentBooked", {
      appointment_id: booked.appointment_id,
      created: booked.created,
    })
    return new WorkflowResponse(booked, { hooks: [appointmentBooked] })
  }
)
