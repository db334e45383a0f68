import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { redeemPackageSessionWorkflow } from "../../../../../workflows/service-package/workflows/redeem-package-session"
import { adminPackageEntryFields } from "../../query-config"
import {
  refetchEntries,
  refetchServicePackage,
  requireIdempotencyKey,
  userActor,
} from "../../helpers"
import type { AdminRedeemSessionsType } from "../../validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { PackageMovementResponse } from "../../../../../types/service-packages/http"

/**
 * Redeems sessions at the counter, recording who performed the service. 201 with the new ledger
 * entry; a retry with the same key returns it (200) and redeems nothing more.
 */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminRedeemSessionsType>,
    res: MedusaResponse<PackageMovementResponse>
  ) => {
    const body = req.validatedBody
    // The workflow answers 404 for an unknown package (and names what is wrong otherwise).
    const { result } = await redeemPackageSessionWorkflow(req.scope).run({
      input: {
        ...body,
        package_id: req.params.id,
        idempotency_key: requireIdempotencyKey(req, body),
        ...userActor(req),
      },
    })
    res.status(result.created ? 201 : 200).json({
      service_package: await refetchServicePackage(
        req.params.id,
        req.scope,
        req.queryConfig.fields
      ),
      ledger_entries: await refetchEntries(result.entry_ids, req.scope, adminPackageEntryFields),
    })
  }
)
