import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { RefundMethod } from "../../../modules/service-package/types"
import { payOutPackageRefundStep } from "../steps/pay-out-package-refund"
import { quotePackageRefundStep } from "../steps/quote-package-refund"
import { refundServicePackageStep } from "../steps/refund-service-package"
import { validateBranchAndStaffStep } from "../steps/validate-branch-and-staff"
import { type WorkflowActor, authorOf } from "../../../lib/service-package/actor"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

export type RefundServicePackageWorkflowInput = WorkflowActor & {
  package_id: string
  refund_method: RefundMethod
  reason?: string | null
  branch_id?: string | null
  idempotency_key: string
}

export const refundServicePackageWorkflowId = "refund-service-package"
/**
 * This workflow refunds a package: it quotes the allocated value of the unused sessions minus
 * the refund fee, pays it out, takes the sessions off by `refund` entries and emits
 * `service_package.refunded` (commissions on the sale reverse on it).
 */
export const refundServicePackageWorkflow = createWorkflow(
  refundServicePackageWorkflowId,
  (input: RefundServicePackageWorkflowInput) => {
    validateBranchAndStaffStep({ branch_id: input.branch_id, allow_inactive_branch: true })
    const quote = quotePackageRefundStep({ package_id: input.package_id })
    const payoutInput = transform({ input, quote }, ({ input, quote }) => ({
      package_id: input.package_id,
      customer_id: quote.customer_id,
      refund_method: input.refund_method,
      amount: quote.amount,
      currency_code: quote.currency_code,
      idempotency_key: input.idempotency_key,
    }))
    payOutPackageRefundStep(payoutInput)
    const refundInput = transform({ input, quote }, ({ input, quote }) => ({
      package_id: input.package_id,
      refund_method: input.refund_method,
      reason: input.reason ?? null,
      branch_id: input.branch_id ?? null,
      idempotency_key: input.idempotency_key,
      key_scope: "request" as const,
      expected_amount: quote.amount,
      ...authorOf(input),
    }))
    const result = refundServicePackageStep(refundInput)
    publishOutboxEventsStep({
      module: "service_package",
      aggregate_ids: transform({ result }, ({ result }) => [result?.package_id]),
    })
    return new WorkflowResponse(result)
  }
)
