import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { CLIENT_IMPORT_EVENTS } from "../run-client-import"
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
    emitEventStep({
      eventName: CLIENT_IMPORT_EVENTS.CREATED,
      data: transform({ created }, ({ created }) => ({ id: created.id })),
    })
    return new WorkflowResponse(created)
  }
)
