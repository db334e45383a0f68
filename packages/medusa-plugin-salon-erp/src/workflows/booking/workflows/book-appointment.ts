import {
  WorkflowResponse,
  createHook,
  createWorkflow,
  transform,
} from "@medusajs/framework/workflows-sdk"
import type { BookAppointmentInput } from "../../../modules/booking/types"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { bookAppointmentStep } from "../steps/book-appointment"
import { validateBookingCustomerStep } from "../steps/validate-booking-customer"
import type { WorkflowActor } from "../../../lib/booking/event-data"
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
    const bookInput = transform({ input }, ({ input }) => ({
      ...input,
      event_actor: { actor_type: input.actor_type, actor_id: input.actor_id ?? null },
    }))
    const booked = bookAppointmentStep(bookInput)

    const appointmentBooked = createHook("appointmentBooked", {
      appointment_id: booked.appointment_id,
      created: booked.created,
    })
    // Last, after the hook: a failing hook handler undoes the booking and its unpublished event.
    publishOutboxEventsStep({ module: "booking", aggregate_ids: [booked.appointment_id] })
    return new WorkflowResponse(booked, { hooks: [appointmentBooked] })
  }
)
