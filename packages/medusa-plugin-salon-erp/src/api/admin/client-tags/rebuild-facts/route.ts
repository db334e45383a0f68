import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rebuildClientFactsWorkflow } from "../../../../workflows/client/workflows/rebuild-client-facts"
import { withConflictMessages } from "../../../utils/conflict-messages"
import type { RebuildClientFactsResponse } from "../../../../types/clients/http"

/**
 * Recomputes the client read model (the facts automatic tags and RFM scores read) from the
 * customer, booking and order modules now; responds with what it had to add, change or delete
 * and `matched`: whether it already matched its sources.
 */
export const POST = withConflictMessages(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse<RebuildClientFactsResponse>) => {
    const { result } = await rebuildClientFactsWorkflow(req.scope).run({ input: {} })
    res.json({ client_facts: result })
  }
)
