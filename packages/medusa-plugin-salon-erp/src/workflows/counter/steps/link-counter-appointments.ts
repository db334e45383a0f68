import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import type { CounterSalePlan } from "../../../lib/counter/sale-plan"

const appointmentsOf = (plan: CounterSalePlan) => [
  ...new Set(plan.lines.map((line) => line.appointment_id).filter((id): id is string => !!id)),
]

export const linkCounterAppointmentsStepId = "link-counter-appointments"
/**
 * This step links the sale's appointments to its order, each only if no other order paid it (two
 * screens charging one visit: one wins, the other is refused and rolled back). Compensation
 * unlinks them.
 */
export const linkCounterAppointmentsStep = createStep(
  linkCounterAppointmentsStepId,
  async ({ plan, order_id }: { plan: CounterSalePlan; order_id: string }, { container }) => {
    const ids = appointmentsOf(plan)
    if (!ids.length) return new StepResponse(null, null)
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    await booking.linkAppointmentOrder(ids, order_id)
    return new StepResponse(null, { ids, order_id })
  },
  async (linked, { container }) => {
    if (!linked) return
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    await booking.unlinkAppointmentOrder(linked.ids, linked.order_id)
  }
)

export const completeCounterAppointmentsStepId = "complete-counter-appointments"
/**
 * This step completes the sale's appointments not completed yet (the client paid, so the visit is
 * over); `appointment.completed` then drives commissions and surveys as for any visit. It runs
 * after the sale is recorded and never undoes it: an appointment that cannot be completed (moved
 * by someone else meanwhile) is reported in the log and stays paid.
 */
export const completeCounterAppointmentsStep = createStep(
  completeCounterAppointmentsStepId,
  async ({ plan }: { plan: CounterSalePlan }, { container }) => {
    const ids = appointmentsOf(plan)
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    const completed: string[] = []
    const appointments = ids.length
      ? await booking
          .listAppointments({ id: ids })
          .catch(() => [] as { id: string; status: string }[])
      : []
    for (const appointment of appointments) {
      if (appointment.status === "completed") continue
      try {
        await booking.transitionAppointment(
          appointment.id,
          "completed",
          {},
          {
            actor_type: "user",
            actor_id: plan.created_by,
          }
        )
        completed.push(appointment.id)
      } catch (error) {
        container
          .resolve(ContainerRegistrationKeys.LOGGER)
          .warn(
            `Counter sale ${plan.sale_id}: appointment ${appointment.id} was paid but could not be completed: ${(error as Error).message}`
          )
      }
    }
    return new StepResponse(completed)
  }
)
