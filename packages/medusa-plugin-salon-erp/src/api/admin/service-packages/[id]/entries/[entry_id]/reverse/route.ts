import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reversePackageEntryWorkflow } from "../../../../../../../workflows/service-package/workflows/reverse-package-entry"
import { adminPackageEntryFields } from "../../../../query-config"
import {
  refetchEntries,
  refetchServicePackage,
  requireIdempotencyKey,
  userActor,
} from "../../../../helpers"
import type { AdminReverseEntryType } from "../../../../validators"
import { withConflictMessages } from "../../../../../../utils/conflict-messages"
import type { PackageMovementResponse } from "../../../../../../../types/service-packages/http"

/** Reverses a redemption, forfeit or adjustment with a new entry (the original stays). */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminReverseEntryType>,
    res: MedusaResponse<PackageMovementResponse>
  ) => {
    const body = req.validatedBody
    await refetchServicePackage(req.params.id, req.scope, ["id"])
    const { result } = await reversePackageEntryWorkflow(req.scope).run({
      input: {
        package_id: req.params.id,
        entry_id: req.params.entry_id,
        reason: body.reason,
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
