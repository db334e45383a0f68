import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { extendServicePackageWorkflow } from "../../../../../workflows/service-package/workflows/extend-service-package"
import { idempotencyKeyOrNew, refetchServicePackage, userActor } from "../../helpers"
import type { AdminExtendPackageType } from "../../validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { PackageResponse } from "../../../../../types/service-packages/http"

/** Moves the expiry later (an expired package comes back with its expired sessions). */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminExtendPackageType>,
    res: MedusaResponse<PackageResponse>
  ) => {
    const body = req.validatedBody
    await refetchServicePackage(req.params.id, req.scope, ["id"])
    await extendServicePackageWorkflow(req.scope).run({
      input: {
        package_id: req.params.id,
        expires_at: body.expires_at,
        reason: body.reason,
        idempotency_key: idempotencyKeyOrNew(req, body, "extend"),
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
