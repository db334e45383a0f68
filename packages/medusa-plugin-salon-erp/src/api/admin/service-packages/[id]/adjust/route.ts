import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adjustPackageSessionsWorkflow } from "../../../../../workflows/service-package/workflows/adjust-package-sessions"
import { adminPackageEntryFields } from "../../query-config"
import {
  refetchEntries,
  refetchServicePackage,
  requireIdempotencyKey,
  userActor,
} from "../../helpers"
import type { AdminAdjustSessionsType } from "../../validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { PackageMovementResponse } from "../../../../../types/service-packages/http"

/** Adds (goodwill) or removes sessions by hand, with a reason. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminAdjustSessionsType>,
    res: MedusaResponse<PackageMovementResponse>
  ) => {
    const body = req.validatedBody
    await refetchServicePackage(req.params.id, req.scope, ["id"])
    const { result } = await adjustPackageSessionsWorkflow(req.scope).run({
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
