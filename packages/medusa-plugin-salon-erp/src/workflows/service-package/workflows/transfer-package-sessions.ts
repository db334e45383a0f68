import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { transferPackageSessionsStep } from "../steps/transfer-package-sessions"
import { validatePackageCustomerStep } from "../steps/validate-package-customer"
import { type WorkflowActor, authorOf } from "../../../lib/service-package/actor"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

export type TransferPackageSessionsWorkflowInput = WorkflowActor & {
  package_id: string
  to_customer_id: string
  items?: { package_item_id: string; quantity: number }[]
  reason: string
  idempotency_key: string
}

export const transferPackageSessionsWorkflowId = "transfer-package-sessions"
/**
 * This workflow moves unreserved sessions of a package to another customer (e.g. family), as a
 * new package with the same terms and expiry, records the reason and author, and emits
 * `service_package.transferred`.
 */
export const transferPackageSessionsWorkflow = createWorkflow(
  transferPackageSessionsWorkflowId,
  (input: TransferPackageSessionsWorkflowInput) => {
    validatePackageCustomerStep({ customer_id: input.to_customer_id })
    const transferInput = transform({ input }, ({ input }) => ({
      package_id: input.package_id,
      to_customer_id: input.to_customer_id,
      items: input.items,
      reason: input.reason,
      idempotency_key: input.idempotency_key,
      key_scope: "request" as const,
      ...authorOf(input),
    }))
    const result = transferPackageSessionsStep(transferInput)
    publishOutboxEventsStep({
      module: "service_package",
      aggregate_ids: transform({ result }, ({ result }) => [result?.package_id]),
    })
    return new WorkflowResponse(result)
  }
)
