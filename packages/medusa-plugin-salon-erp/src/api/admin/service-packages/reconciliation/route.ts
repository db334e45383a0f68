import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SERVICE_PACKAGE_MODULE } from "../../../../modules/service-package"
import type ServicePackageModuleService from "../../../../modules/service-package/service"
import type { PackageReconciliationResponse } from "../../../../types/service-packages/http"

/**
 * Checks the books: for every package item (or one package's), stored remaining sessions and
 * value equal the sums of its ledger entries, and reserved equals its open reservations.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<PackageReconciliationResponse>
) => {
  const packages: ServicePackageModuleService = req.scope.resolve(SERVICE_PACKAGE_MODULE)
  const { package_id } = req.validatedQuery as { package_id?: string }
  const result = await packages.reconcileLedger({ package_id })
  res.json({ reconciliation: { ...result, balanced: result.mismatches.length === 0 } })
}
