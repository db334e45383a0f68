import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refetchServicePackage } from "../../helpers"
import type { PackageLedgerEntryListResponse } from "../../../../../types/service-packages/http"

/** The package's ledger: every issue, redemption, reversal, expiry, refund and adjustment. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<PackageLedgerEntryListResponse>
) => {
  await refetchServicePackage(req.params.id, req.scope, ["id"])
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "package_ledger_entry",
    fields: req.queryConfig.fields,
    filters: { ...(req.filterableFields as Record<string, unknown>), package_id: req.params.id },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    ledger_entries: data,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}
