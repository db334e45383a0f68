import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CLIENT_MODULE } from "../../../modules/client"
import type ClientModuleService from "../../../modules/client/service"

export const deleteClientTagStepId = "delete-client-tag"
/**
 * This step deletes a tag and takes it off every customer carrying it. Compensation restores the
 * tag and its assignments.
 */
export const deleteClientTagStep = createStep(
  deleteClientTagStepId,
  async (input: { id: string }, { container }) => {
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    await client.retrieveClientTag(input.id, { select: ["id"] })
    const assignments = await client.listCustomerTags({ tag_id: input.id }, { select: ["id"] })
    const assignmentIds = assignments.map((assignment) => assignment.id)
    if (assignmentIds.length) {
      await client.softDeleteCustomerTags(assignmentIds)
    }
    await client.softDeleteClientTags(input.id)
    return new StepResponse(input.id, { id: input.id, assignmentIds })
  },
  async (deleted, { container }) => {
    if (!deleted) {
      return
    }
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    await client.restoreClientTags(deleted.id)
    if (deleted.assignmentIds.length) {
      await client.restoreCustomerTags(deleted.assignmentIds)
    }
  }
)
