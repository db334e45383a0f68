import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CLIENT_MODULE } from "../../../modules/client"
import { asJson } from "../../../modules/client/lib/json"
import type ClientModuleService from "../../../modules/client/service"

export type CreateClientImportInput = {
  file_name: string
  csv: string
  dry_run: boolean
  user_id: string | null
}

export const createClientImportStepId = "create-client-import"
/**
 * This step stores an uploaded client file as a queued import (the subscriber works through
 * it). An empty file is refused. Compensation deletes the import.
 */
export const createClientImportStep = createStep(
  createClientImportStepId,
  async (input: CreateClientImportInput, { container }) => {
    if (!input.csv.trim()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${input.file_name} is empty`)
    }
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    // The import and its `client_import.created` are written in one transaction.
    const created = await client.createQueuedClientImport({
      file_name: input.file_name,
      content: input.csv,
      dry_run: input.dry_run,
      columns: asJson([]),
      created_by: input.user_id,
    })
    return new StepResponse({ id: created.id }, created.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container.resolve<ClientModuleService>(CLIENT_MODULE).deleteClientImports(id)
  }
)
