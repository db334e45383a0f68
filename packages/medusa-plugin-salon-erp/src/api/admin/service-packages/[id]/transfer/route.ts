import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { transferPackageSessionsWorkflow } from "../../../../../workflows/service-package/workflows/transfer-package-sessions"
import { refetchServicePackage, requireIdempotencyKey, userActor } from "../../helpers"
import type { AdminTransferSessionsType } from "../../validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { PackageTransferResponse } from "../../../../../types/service-packages/http"

/**
 * Moves unreserved sessions (all, or `items`) to another customer as a new package with the
 * same terms. Returns both packages.
 */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminTransferSessionsType>,
    res: MedusaResponse<PackageTransferResponse>
  ) => {
    const body = req.validatedBody
    await refetchServicePackage(req.params.id, req.scope, ["id"])
    const { result } = await transferPackageSessionsWorkflow(req.scope).run({
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
      transferred_package: await refetchServicePackage(
        result.new_package_id!,
        req.scope,
        req.queryConfig.fields
      ),
    })
  }
)
