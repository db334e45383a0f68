import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STORED_VALUE_MODULE } from "../../../../../modules/stored-value"
import type StoredValueModuleService from "../../../../../modules/stored-value/service"

/** The logged-in member's stored value: balances per currency (paid and bonus) and bonus about to expire. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: StoredValueModuleService = req.scope.resolve(STORED_VALUE_MODULE)
  res.json({
    stored_value_accounts: await service.describeCustomerAccounts(req.auth_context.actor_id),
  })
}
