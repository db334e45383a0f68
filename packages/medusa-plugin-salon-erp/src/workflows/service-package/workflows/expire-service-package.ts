import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { ServicePackageWorkflowEvents } from "../events"
import { expireServicePackageStep } from "../steps/expire-service-package"
import { loadPackageEventsStep } from "../steps/load-package-events"

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
    const eventInput = transform({ result }, ({ result }) => ({
      operations: [result],
      actor: { actor_type: "system" as const, actor_id: null },
    }))
    const events = loadPackageEventsStep(eventInput)
    emitEventStep({ eventName: ServicePackageWorkflowEvents.EXPIRED, data: events })
    return new WorkflowResponse(result)
  }
)
