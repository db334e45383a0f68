import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { describeInstant } from "../../../modules/booking/lib/time"

export type AppointmentMessageTemplate =
  "appointment-booked" | "appointment-rescheduled" | "appointment-canceled" | "appointment-reminder"

export type BuildAppointmentMessageStepInput = {
  appointment_id: string
  template: AppointmentMessageTemplate
  idempotency_key: string
}

export const buildAppointmentMessageStepId = "build-appointment-message"
/**
 * This step prepares a notification to the customer about an appointment: by email when the
 * customer has one, else by SMS; none when they have neither.
 */
export const buildAppointmentMessageStep = createStep(
  buildAppointmentMessageStepId,
  async (input: BuildAppointmentMessageStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [appointment],
    } = await query.graph({
      entity: "appointment",
      fields: [
        "id",
        "display_id",
        "starts_at",
        "ends_at",
        "status",
        "customer.id",
        "customer.email",
        "customer.phone",
        "customer.first_name",
        "customer.last_name",
        "branch.name",
        "branch.phone",
        "branch.address",
        "branch.timezone",
        "items.service_name",
        "items.starts_at",
        "items.staff_member.name",
      ],
      filters: { id: input.appointment_id },
    })
    const customer = appointment?.customer
    const to = customer?.email || customer?.phone
    if (!appointment || !to) {
      return new StepResponse([])
    }
    const zone = appointment.branch.timezone
    const local = (value: string | Date) => describeInstant(new Date(value).getTime(), zone)
    return new StepResponse([
      {
        to,
        channel: customer.email ? "email" : "sms",
        template: input.template,
        idempotency_key: input.idempotency_key,
        resource_id: appointment.id,
        resource_type: "appointment",
        receiver_id: customer.id,
        data: {
          appointment_id: appointment.id,
          display_id: appointment.display_id,
          status: appointment.status,
          customer_name: [customer.first_name, customer.last_name].filter(Boolean).join(" "),
          branch_name: appointment.branch.name,
          branch_phone: appointment.branch.phone,
          branch_address: appointment.branch.address,
          starts_at: appointment.starts_at,
          starts_at_local: local(appointment.starts_at),
          timezone: zone,
          services: (
            (appointment.items ?? []) as {
              service_name: string
              starts_at: string
              staff_member?: { name: string } | null
            }[]
          ).map((item) => ({
            name: item.service_name,
            starts_at_local: local(item.starts_at),
            staff_member: item.staff_member?.name ?? null,
          })),
        },
      },
    ])
  }
)
