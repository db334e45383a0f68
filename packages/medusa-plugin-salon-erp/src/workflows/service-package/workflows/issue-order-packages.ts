import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { ServicePackageWorkflowEvents } from "../events"
import { issueOrderPackagesStep } from "../steps/issue-order-packages"
import { loadOrderPackageLinesStep } from "../steps/load-order-package-lines"
import { loadPackageEventsStep } from "../steps/load-package-events"

export const issueOrderPackagesWorkflowId = "issue-order-packages"
/**
 * This workflow issues the packages an order bought online (one per unit of each package line,
 * on the template's terms at the time of the order) and emits `service_package.sold` for each.
 * Handling the same order again issues and emits nothing.
 */
export const issueOrderPackagesWorkflow = createWorkflow(
  issueOrderPackagesWorkflowId,
  (input: { order_id: string }) => {
    const issues = loadOrderPackageLinesStep(input)
    const results = issueOrderPackagesStep(issues)
    const eventInput = transform({ results, issues }, ({ results, issues }) => ({
      operations: results,
      actor: { actor_type: "customer" as const, actor_id: issues[0]?.customer_id ?? null },
    }))
    const events = loadPackageEventsStep(eventInput)
    emitEventStep({ eventName: ServicePackageWorkflowEvents.SOLD, data: events })
    return new WorkflowResponse(results)
  }
)
