import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createComplaintWorkflow } from "../../../workflows/feedback/workflows/create-complaint"
import { idempotencyKeyOf } from "../../utils/idempotency"
import { complaintFilters, refetchComplaint, staffActor } from "./helpers"
import type { AdminCreateComplaintType } from "./validators"
import { withConflictMessages } from "../../utils/conflict-messages"
import type { ComplaintListResponse, ComplaintResponse } from "../../../types/feedback/http"

/**
 * The complaints board: filter by status, branch, category, severity, channel, SLA state,
 * assignee ("unassigned"), customer, staff member, filing date, and `q` (number or words).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<ComplaintListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: complaints, metadata } = await query.graph({
    entity: "complaint",
    fields: req.queryConfig.fields,
    filters: complaintFilters(req.filterableFields as Record<string, unknown>),
    pagination: req.queryConfig.pagination,
  })
  res.json({ complaints, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

/**
 * Logs a complaint for a customer at the front desk (or from a call or social media). A retry
 * with the same `Idempotency-Key` returns the first complaint (200 instead of 201).
 */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminCreateComplaintType>,
    res: MedusaResponse<ComplaintResponse>
  ) => {
    const body = req.validatedBody
    const { result } = await createComplaintWorkflow(req.scope).run({
      input: { ...body, idempotency_key: idempotencyKeyOf(req, body), ...staffActor(req) },
    })
    const complaint = await refetchComplaint(result.complaint_id, req.scope, req.queryConfig.fields)
    res.status(result.created ? 201 : 200).json({ complaint })
  }
)
