import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { expireServicePackageStep } from "../steps/expire-service-package"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

export const expireServicePackageWorkflowId = "expire-service-package"
/**
 * This workflow expires a package past its validity: its unreserved remaining sessions are
 * forfeited by ledger entries, once however many jobs run, and `service_package.expired` is
 * emitted with their value.
 */
export const expireServicePackageWorkflow = createWorkflow(
  expireServicePackageWorkflowId,
  (input: { package_id: string }) => {
    const result = expireServicePackageStep(input)
    publishOutboxEventsStep({
      module: "service_package",
      aggregate_ids: transform({ result }, ({ result }) => [result?.package_id]),
    })
    return new WorkflowResponse(result)
  }
)
