import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { requestClientImportRunStep } from "../steps/request-client-import-run"

export const runClientImportWorkflowId = "run-client-import"
/**
 * This workflow starts the real run of a checked client file: the import is queued again as a
 * real run and `client_import.run_requested` tells the worker to import its valid rows.
 */
export const runClientImportWorkflow = createWorkflow(
  runClientImportWorkflowId,
  (input: { id: string }) => {
    const queued = requestClientImportRunStep(input)
    publishOutboxEventsStep({ module: "client", aggregate_ids: [input.id] })
    return new WorkflowResponse(queued)
  }
)
