import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { bookAppointmentWorkflow } from "../../../workflows/booking/workflows/book-appointment"
import { idempotencyKeyOf } from "../../utils/idempotency"
import { appointmentFilters, refetchAppointment } from "./helpers"
import type { AdminCreateAppointmentType } from "./validators"
import { withConflictMessages } from "../../utils/conflict-messages"
import type { AppointmentListResponse, AppointmentResponse } from "../../../types/booking/http"

/** Lists appointments; filter by branch, customer, staff member, status and start range. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AppointmentListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: appointments, metadata } = await query.graph({
    entity: "appointment",
    fields: req.queryConfig.fields,
    filters: await appointmentFilters(req.filterableFields as Record<string, unknown>, req.scope),
    pagination: req.queryConfig.pagination,
  })
  res.json({ appointments, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

/**
 * Books an appointment at the front desk. Staff and rooms left out are assigned; a retry with
 * the same `Idempotency-Key` returns the first booking (200 instead of 201).
 */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminCreateAppointmentType>,
    res: MedusaResponse<AppointmentResponse>
  ) => {
    const body = req.validatedBody
    const { result } = await bookAppointmentWorkflow(req.scope).run({
      input: {
        ...body,
        idempotency_key: idempotencyKeyOf(req, body),
        actor: "staff",
        source: body.source ?? "front_desk",
        created_by: req.auth_context.actor_id,
        actor_type: "user",
        actor_id: req.auth_context.actor_id,
      },
    })
    const appointment = await refetchAppointment(
      result.appointment_id,
      req.scope,
      req.queryConfig.fields
    )
    res.status(result.created ? 201 : 200).json({ appointment })
  }
)
