import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { bookAppointmentWorkflow } from "../../../../../workflows/booking/workflows/book-appointment"
import { refetchAppointment } from "../../../../admin/appointments/helpers"
import { idempotencyKeyOf } from "../../../../utils/idempotency"
import type { StoreCreateAppointmentType } from "./validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type {
  AppointmentListResponse,
  AppointmentResponse,
} from "../../../../../types/booking/http"

/** The logged-in customer's appointments; `when=upcoming|past`, `status`. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AppointmentListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { when, status, from } = req.filterableFields as {
    when?: string
    status?: string[]
    from?: string
  }
  const now = new Date()
  const filters: Record<string, unknown> = { customer_id: req.auth_context.actor_id }
  if (status) filters.status = status
  if (when === "upcoming") {
    filters.starts_at = { $gte: now }
    filters.status ??= ["booked", "confirmed", "checked_in", "in_service"]
  } else if (when === "past") {
    filters.starts_at = { $lt: now }
  }
  if (from) filters.starts_at = { ...((filters.starts_at as object) ?? {}), $gte: new Date(from) }
  const { data: appointments, metadata } = await query.graph({
    entity: "appointment",
    fields: req.queryConfig.fields,
    filters,
    pagination: req.queryConfig.pagination,
  })
  res.json({ appointments, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

/**
 * Books an appointment for the logged-in customer (online rules: notice, horizon, grid, online
 * services). Naming a staff member marks them as requested by the customer. A retry with the same
 * `Idempotency-Key` returns the first booking.
 */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<StoreCreateAppointmentType>,
    res: MedusaResponse<AppointmentResponse>
  ) => {
    const body = req.validatedBody
    const customerId = req.auth_context.actor_id
    const { result } = await bookAppointmentWorkflow(req.scope).run({
      input: {
        branch_id: body.branch_id,
        starts_at: body.starts_at,
        items: body.items.map((item) => ({ ...item, is_designated: !!item.staff_member_id })),
        notes: body.notes,
        hold_id: body.hold_id,
        idempotency_key: idempotencyKeyOf(req, body),
        customer_id: customerId,
        actor: "customer",
        source: "online",
        created_by: customerId,
        actor_type: "customer",
        actor_id: customerId,
      },
    })
    const appointment = await refetchAppointment(
      result.appointment_id,
      req.scope,
      req.queryConfig.fields,
      customerId
    )
    res.status(result.created ? 201 : 200).json({ appointment })
  }
)
