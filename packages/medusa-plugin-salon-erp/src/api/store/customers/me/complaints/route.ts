import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createComplaintWorkflow } from "../../../../../workflows/feedback/workflows/create-complaint"
import { idempotencyKeyOf } from "../../../../utils/idempotency"
import { customerActor, refetchCustomerComplaint } from "./helpers"
import type { StoreCreateComplaintType } from "./validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { ComplaintListResponse, ComplaintResponse } from "../../../../../types/feedback/http"

/** The logged-in customer's complaints; filter by `status`. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<ComplaintListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { status } = req.filterableFields as { status?: string[] }
  const filters: Record<string, unknown> = { customer_id: req.auth_context.actor_id }
  if (status) filters.status = status
  const { data: complaints, metadata } = await query.graph({
    entity: "complaint",
    fields: req.queryConfig.fields,
    filters,
    pagination: req.queryConfig.pagination,
  })
  res.json({ complaints, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

/**
 * Submits a complaint online, optionally about one of the customer's own visits or orders, with
 * photos. A retry with the same `Idempotency-Key` returns the first complaint.
 */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<StoreCreateComplaintType>,
    res: MedusaResponse<ComplaintResponse>
  ) => {
    const body = req.validatedBody
    const customerId = req.auth_context.actor_id
    const { result } = await createComplaintWorkflow(req.scope).run({
      input: {
        ...body,
        customer_id: customerId,
        channel: "online",
        idempotency_key: idempotencyKeyOf(req, body),
        ...customerActor(customerId),
      },
    })
    const complaint = await refetchCustomerComplaint(
      result.complaint_id,
      customerId,
      req.scope,
      req.queryConfig.fields
    )
    res.status(result.created ? 201 : 200).json({ complaint })
  }
)
