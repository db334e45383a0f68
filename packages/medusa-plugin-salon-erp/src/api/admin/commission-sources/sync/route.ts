import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeSourceAttribution } from "../../../../lib/commission/attribution-view"
import { syncCommissionSourcesWorkflow } from "../../../../workflows/commission/workflows/sync-commission-sources"
import type { AdminSyncCommissionSourceType } from "../validators"
import { withConflictMessages } from "../../../utils/conflict-messages"
import type { SyncCommissionSourceResponse } from "../../../../types/commissions/http"

/**
 * Records a source's commissions now, from its current facts (for integrators backfilling, or
 * after an event was lost). Writes only what differs from what is recorded.
 */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminSyncCommissionSourceType>,
    res: MedusaResponse<SyncCommissionSourceResponse>
  ) => {
    // Unknown sources are a 404, not a silent no-op.
    await describeSourceAttribution(req.scope, req.validatedBody)
    const { result } = await syncCommissionSourcesWorkflow(req.scope).run({
      input: { sources: [req.validatedBody] },
    })
    res.json({ ...req.validatedBody, entry_ids: result.flatMap((recorded) => recorded.entry_ids) })
  }
)
