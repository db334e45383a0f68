import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SERVICE_PACKAGE_MODULE } from "../../../../../modules/service-package"
import type ServicePackageModuleService from "../../../../../modules/service-package/service"
import { refundServicePackageWorkflow } from "../../../../../workflows/service-package/workflows/refund-service-package"
import { refetchServicePackage, requireIdempotencyKey, userActor } from "../../helpers"
import type { AdminRefundPackageType } from "../../validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type {
  PackageRefundResponse,
  RefundQuoteResponse,
} from "../../../../../types/service-packages/http"

/** What a refund would return now: the unused sessions' allocated value, the fee, the amount. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<RefundQuoteResponse>
) => {
  await refetchServicePackage(req.params.id, req.scope, ["id"])
  const packages: ServicePackageModuleService = req.scope.resolve(SERVICE_PACKAGE_MODULE)
  res.json({ refund: await packages.quoteRefund(req.params.id) })
}

/** Refunds the package's unused sessions at their allocated value, minus the refund fee. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminRefundPackageType>,
    res: MedusaResponse<PackageRefundResponse>
  ) => {
    const body = req.validatedBody
    await refetchServicePackage(req.params.id, req.scope, ["id"])
    const { result } = await refundServicePackageWorkflow(req.scope).run({
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
      refund: { ...result.quote, refund_method: body.refund_method },
    })
  }
)
