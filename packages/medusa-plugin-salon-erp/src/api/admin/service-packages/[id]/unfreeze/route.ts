import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { unfreezeServicePackageWorkflow } from "../../../../../workflows/service-package/workflows/unfreeze-service-package"
import { idempotencyKeyOrNew, refetchServicePackage, userActor } from "../../helpers"
import type { AdminChangePackageStatusType } from "../../validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { PackageResponse } from "../../../../../types/service-packages/http"

/** Unfreezes the package; its validity is extended by the time it was frozen. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminChangePackageStatusType>,
    res: MedusaResponse<PackageResponse>
  ) => {
    const body = req.validatedBody
    await refetchServicePackage(req.params.id, req.scope, ["id"])
    await unfreezeServicePackageWorkflow(req.scope).run({
      input: {
        package_id: req.params.id,
        reason: body.reason,
        idempotency_key: idempotencyKeyOrNew(req, body, "unfreeze"),
        ...userActor(req),
      },
    })
    res.json({
      service_package: await refetchServicePackage(
        req.params.id,
        req.scope,
        req.queryConfig.fields
      ),
    })
  }
)
