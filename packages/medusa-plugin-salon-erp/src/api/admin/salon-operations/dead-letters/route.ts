import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEAD_LETTER_FIELDS } from "./helpers"
import type { AdminGetDeadLettersParamsType } from "./validators"
import type { DeadLetterListResponse } from "../../../../types/operations/http"

/** Events a salon subscriber failed to handle, latest failure first; filter by status. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<DeadLetterListResponse>
) => {
  const { status, limit, offset } = req.validatedQuery as AdminGetDeadLettersParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "salon_dead_letter",
    fields: DEAD_LETTER_FIELDS,
    filters: status ? { status } : {},
    pagination: { skip: offset, take: limit, order: { last_failed_at: "DESC" } },
  })
  res.json({ dead_letters: data, count: metadata!.count, offset, limit })
}
