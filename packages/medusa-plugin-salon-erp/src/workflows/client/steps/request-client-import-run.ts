import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CLIENT_MODULE } from "../../../modules/client"
import type ClientModuleService from "../../../modules/client/service"
import { conflictError } from "../../../lib/errors"

export const requestClientImportRunStepId = "request-client-import-run"
/**
 * This step queues the real run of a checked dry run. Only a dry run whose check finished can
 * be run, once (404 for an unknown import, 409 otherwise). Compensation puts it back as checked.
 */
export const requestClientImportRunStep = createStep(
  requestClientImportRunStepId,
  async ({ id }: { id: string }, { container }) => {
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    const [found] = await client.listClientImports(
      { id },
      { select: ["id", "status", "dry_run", "valid_rows"] }
    )
    if (!found) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Client import with id: ${id} was not found`
      )
    }
    if (!found.dry_run || found.status !== "validated") {
      throw conflictError(
        found.dry_run
          ? `Client import ${id} is ${found.status}; only a checked file (status validated) can be imported`
          : `Client import ${id} was already run (status ${found.status}); upload the file again to import it again`
      )
    }
    if (!(await client.clientImportFileKept(id))) {
      throw conflictError(
        `The file of client import ${id} was deleted after ${(await client.getClientSettings()).import_file_retention_days} days without being imported; upload it again`
      )
    }
    if (Number(found.valid_rows) === 0) {
      throw conflictError(
        `Client import ${id} has no valid rows to import; fix the file and upload it again`
      )
    }
    // Queued together with its `client_import.run_requested`, in one transaction.
    await client.queueClientImportRun(id)
    return new StepResponse({ id }, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container
      .resolve<ClientModuleService>(CLIENT_MODULE)
      .updateClientImports({ id, status: "validated", dry_run: true })
  }
)
