import type {
  FilterableNotificationProps,
  INotificationModuleService,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { describeInstant } from "../../../modules/booking/lib/time"

export type AppointmentMessageTemplate =
  "appointment-booked" | "appointment-rescheduled" | "appointment-canceled" | "appointment-reminder"

export type BuildAppointmentMessageStepInput = {
  appointment_id: string
  template: AppointmentMessageTemplate
  idempotency_key: string
}

/** A send started this long ago and still pending was cut off (its process died mid-send). */
export const CUT_OFF_SEND_AFTER_MS = 60_000

/**
 * The idempotency key to send under, or null when nothing is to be sent. The notification module
 * skips a key it already holds, even one whose send never finished (a process that died between
 * writing the notification and calling the provider): such a message is sent once more under a
 * second key, so a redelivered event still gets the customer their message, and only once.
 */
async function keyToSend(
  notifications: INotificationModuleService,
  key: string
): Promise<string | null> {
  const resendKey = `${key}:resend`
  // `idempotency_key` is a column of the notification model that its DTO types leave out.
  const existing = (await notifications.listNotifications(
    { idempotency_key: [key, resendKey] } as FilterableNotificationProps,
    { select: ["idempotency_key", "status", "created_at"] }
  )) as unknown as { idempotency_key: string | null; status: string; created_at: Date }[]
  const first = existing.find((notification) => notification.idempotency_key === key)
  if (!first) {
    return key
  }
  const cutOff =
    first.status === "pending" &&
    Date.now() - new Date(first.created_at).getTime() > CUT_OFF_SEND_AFTER_MS
  const resent = existing.some((notification) => notification.idempotency_key === resendKey)
  // A failed send keeps its key: the notification module itself retries those.
  return cutOff ? (resent ? null : resendKey) : first.status === "failure" ? key : null
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
    const idempotencyKey = await keyToSend(
      container.resolve(Modules.NOTIFICATION),
      input.idempotency_key
    )
    if (!idempotencyKey) {
      return new StepResponse([])
    }
    const zone = appointment.branch.timezone
    const local = (value: string | Date) => describeInstant(new Date(value).getTime(), zone)
    return new StepResponse([
      {
        to,
        channel: customer.email ? "email" : "sms",
        template: input.template,
        idempotency_key: idempotencyKey,
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
