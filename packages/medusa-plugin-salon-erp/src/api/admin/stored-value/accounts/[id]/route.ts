import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchStoredValueAccount } from "../../helpers"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({
    stored_value_account: await refetchStoredValueAccount(
      req.params.id,
      req.scope,
      req.queryConfig.fields
    ),
  })
}
