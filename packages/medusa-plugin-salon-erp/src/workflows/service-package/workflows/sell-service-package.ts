import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { PaymentMethod } from "../../../modules/service-package/types"
import { collectCounterPaymentStep } from "../steps/collect-counter-payment"
import { issueServicePackageStep } from "../steps/issue-service-package"
import { preparePackageSaleStep } from "../steps/prepare-package-sale"
import { validateBranchAndStaffStep } from "../steps/validate-branch-and-staff"
import { validatePackageCustomerStep } from "../steps/validate-package-customer"
import { type WorkflowActor, authorOf } from "../../../lib/service-package/actor"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

export type SellServicePackageWorkflowInput = WorkflowActor & {
  customer_id: string
  template_id: string
  branch_id: string
  sold_by_staff_member_id: string
  payment_method: PaymentMethod
  /** Major units; defaults to the template's price. */
  amount_paid?: number | null
  idempotency_key: string
  metadata?: Record<string, unknown> | null
}

export const sellServicePackageWorkflowId = "sell-service-package"
/**
 * This workflow sells a package at the counter: it takes the payment (a stored value payment is
 * debited from the customer's balance), issues the package on the
 * template's current terms (frozen from now on) and emits `service_package.sold`. A retry with
 * the same idempotency key returns the first package and emits nothing.
 */
export const sellServicePackageWorkflow = createWorkflow(
  sellServicePackageWorkflowId,
  (input: SellServicePackageWorkflowInput) => {
    validatePackageCustomerStep({ customer_id: input.customer_id })
    validateBranchAndStaffStep({
      branch_id: input.branch_id,
      staff_member_id: input.sold_by_staff_member_id,
      staff_field: "sold_by_staff_member_id",
    })
    const terms = preparePackageSaleStep({
      template_id: input.template_id,
      amount_paid: input.amount_paid,
    })
    const paymentInput = transform({ input, terms }, ({ input, terms }) => ({
      customer_id: input.customer_id,
      payment_method: input.payment_method,
      amount: terms.price_paid,
      currency_code: terms.currency_code,
      idempotency_key: input.idempotency_key,
      branch_id: input.branch_id,
      staff_member_id: input.sold_by_staff_member_id,
      created_by: input.actor_type === "user" ? (input.actor_id ?? null) : null,
    }))
    const payment = collectCounterPaymentStep(paymentInput)
    const issueInput = transform({ input, terms, payment }, ({ input, terms, payment }) => ({
      ...terms,
      ...authorOf(input),
      idempotency_key: input.idempotency_key,
      key_scope: "request" as const,
      customer_id: input.customer_id,
      source: "counter" as const,
      payment_method: payment.payment_method,
      selling_branch_id: input.branch_id,
      sold_by_staff_member_id: input.sold_by_staff_member_id,
      sold_by_user_id: input.actor_type === "user" ? (input.actor_id ?? null) : null,
      // A stored value debit is kept with the package: refunds return to it, commissions count its principal.
      metadata: payment.reference
        ? { ...(input.metadata ?? {}), stored_value_operation_id: payment.reference }
        : (input.metadata ?? null),
    }))
    const result = issueServicePackageStep(issueInput)
    publishOutboxEventsStep({
      module: "service_package",
      aggregate_ids: transform({ result }, ({ result }) => [result?.package_id]),
    })
    return new WorkflowResponse(result)
  }
)
