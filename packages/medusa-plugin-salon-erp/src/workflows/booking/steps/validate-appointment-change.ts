import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import { describeInstant } from "../../../modules/booking/lib/time"

export type ValidateAppointmentChangeStepInput = {
  appointment: { id: string; display_id: number; starts_at: string; timezone: string }
  actor_type: "customer" | "user" | "system"
  action: "cancel" | "reschedule" | "no_show"
}

export const validateAppointmentChangeStepId = "validate-appointment-change"
/**
 * This step applies the time rules of a change: customers cannot cancel or reschedule after the
 * cancellation cut-off, and nobody marks a no-show before the start. It reports whether the
 * change is late (inside the cut-off), which package and deposit rules use.
 */
export const validateAppointmentChangeStep = createStep(
  validateAppointmentChangeStepId,
  async (input: ValidateAppointmentChangeStepInput, { container }) => {
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    const { appointment, actor_type, action } = input
    const when = describeInstant(new Date(appointment.starts_at).getTime(), appointment.timezone)

    if (action === "no_show") {
      if (new Date(appointment.starts_at).getTime() > Date.now()) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Appointment #${appointment.display_id} starts at ${when}; it can be marked as a no-show only after it starts`
        )
      }
      return new StepResponse({ is_late: false })
    }

    const isLate = await booking.isWithinCancellationCutoff(appointment.starts_at)
    if (isLate && actor_type === "customer") {
      const { customer_cancellation_cutoff_hours: hours } = await booking.getBookingSettings()
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Appointments can be ${action === "cancel" ? "canceled" : "rescheduled"} online until ${hours} hours before they start; ` +
          `#${appointment.display_id} starts at ${when}. Please call the salon.`
      )
    }
    return new StepResponse({ is_late: isLate })
  }
)
