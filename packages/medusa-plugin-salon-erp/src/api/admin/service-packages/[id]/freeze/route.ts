import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { freezeServicePackageWorkflow } from "../../../../../workflows/service-package/workflows/freeze-service-package"
import { idempotencyKeyOrNew, refetchServicePackage, userActor } from "../../helpers"
import type { AdminChangePackageStatusType } from "../../validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { PackageResponse } from "../../../../../types/service-packages/http"

/** Freezes the package (no use, no expiry while frozen), with a reason. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminChangePackageStatusType>,
    res: MedusaResponse<PackageResponse>
  ) => {
    const body = req.validatedBody
    await refetchServicePackage(req.params.id, req.scope, ["id"])
    await freezeServicePackageWorkflow(req.scope).run({
      input: {
        package_id: req.params.id,
        reason: body.reason,
        idempotency_key: idempotencyKeyOrNew(req, body, "freeze"),
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
