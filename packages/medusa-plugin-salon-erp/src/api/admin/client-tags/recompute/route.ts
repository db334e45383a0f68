import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recomputeClientTagsWorkflow } from "../../../../workflows/client/workflows/recompute-client-tags"
import { withConflictMessages } from "../../../utils/conflict-messages"
import type { RecomputeClientTagsResponse } from "../../../../types/clients/http"

/**
 * Recomputes every automatic tag and the RFM scores of all customers now (the nightly job does
 * the same); responds with what changed per tag and how many RFM rows were written.
 */
export const POST = withConflictMessages(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse<RecomputeClientTagsResponse>) => {
    const { result } = await recomputeClientTagsWorkflow(req.scope).run({ input: {} })
    res.json(result)
  }
)
