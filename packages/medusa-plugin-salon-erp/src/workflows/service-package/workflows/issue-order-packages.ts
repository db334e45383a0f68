import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { issueOrderPackagesStep } from "../steps/issue-order-packages"
import { loadOrderPackageLinesStep } from "../steps/load-order-package-lines"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

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
    publishOutboxEventsStep({
      module: "service_package",
      aggregate_ids: transform({ results }, ({ results }) => results.map((r) => r.package_id)),
    })
    return new WorkflowResponse(results)
  }
)
