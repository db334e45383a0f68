import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { CLIENT_IMPORT_EVENTS } from "../run-client-import"
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
    emitEventStep({ eventName: CLIENT_IMPORT_EVENTS.RUN_REQUESTED, data: queued })
    return new WorkflowResponse(queued)
  }
)
