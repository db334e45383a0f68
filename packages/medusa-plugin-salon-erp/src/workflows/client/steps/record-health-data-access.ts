import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CLIENT_MODULE } from "../../../modules/client"
import type ClientModuleService from "../../../modules/client/service"
import type { RecordHealthDataAccessInput } from "../../../lib/client/types"

export const recordHealthDataAccessStepId = "record-health-data-access"
/**
 * This step appends a read of a customer's health data to the access log. There is no
 * compensation: the log is append-only (the database refuses deletes), and the read happened.
 */
export const recordHealthDataAccessStep = createStep(
  recordHealthDataAccessStepId,
  async (input: RecordHealthDataAccessInput, { container }) => {
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    const entry = await client.createHealthDataAccesses(input)
    return new StepResponse(entry)
  }
)
