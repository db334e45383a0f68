import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { type CreateClientImportInput, createClientImportStep } from "../steps/create-client-import"

export const createClientImportWorkflowId = "create-client-import"
/**
 * This workflow accepts a client file for import: it is stored as a queued import and
 * `client_import.created` tells the worker to check it (and, unless it is a dry run, import it).
 */
export const createClientImportWorkflow = createWorkflow(
  createClientImportWorkflowId,
  (input: CreateClientImportInput) => {
    const created = createClientImportStep(input)
    publishOutboxEventsStep({ module: "client", aggregate_ids: [created.id] })
    return new WorkflowResponse(created)
  }
)
