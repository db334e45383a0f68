import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STORED_VALUE_MODULE } from "../../../../modules/stored-value"
import type StoredValueModuleService from "../../../../modules/stored-value/service"

/** Proves the books: every account's balances against the sum of its entries. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: StoredValueModuleService = req.scope.resolve(STORED_VALUE_MODULE)
  const result = await service.reconcile()
  res.json({
    reconciliation: {
      ...result,
      balanced: result.mismatches.length === 0,
      checked_at: new Date().toISOString(),
    },
  })
}
