import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { grantComplaintRemediesStep } from "../steps/grant-complaint-remedies"
import { recordComplaintRemediesStep } from "../steps/record-complaint-remedies"
import type { ComplaintRemediesInput } from "../../../lib/feedback/remedies"

export const applyComplaintRemediesWorkflowId = "apply-complaint-remedies"
/**
 * This workflow records the remedies of a complaint and grants those a capability can (goodwill
 * credit as stored value bonus, a free session as a complimentary package), then publishes the
 * events of what was granted. Run it as a step of the complaint workflows; when they fail later,
 * its compensation takes the grants back and removes the remedies.
 */
export const applyComplaintRemediesWorkflow = createWorkflow(
  applyComplaintRemediesWorkflowId,
  (input: ComplaintRemediesInput) => {
    const recorded = recordComplaintRemediesStep(input)
    const granted = grantComplaintRemediesStep(
      transform({ input, recorded }, ({ input, recorded }) => ({ ...input, remedies: recorded }))
    )
    publishOutboxEventsStep(
      transform({ granted }, ({ granted }) => ({
        module: "stored_value" as const,
        aggregate_ids: granted.account_ids,
      }))
    ).config({ name: "publish-goodwill-credit-events" })
    publishOutboxEventsStep(
      transform({ granted }, ({ granted }) => ({
        module: "service_package" as const,
        aggregate_ids: granted.remedies
          .filter((remedy) => remedy.kind === "free_session" && remedy.status === "applied")
          .map((remedy) => remedy.applied_reference),
      }))
    ).config({ name: "publish-free-session-events" })
    return new WorkflowResponse(transform({ granted }, ({ granted }) => granted.remedies))
  }
)
