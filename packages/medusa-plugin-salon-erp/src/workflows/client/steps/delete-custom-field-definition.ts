import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CLIENT_MODULE } from "../../../modules/client"
import type ClientModuleService from "../../../modules/client/service"

type Outcome = { id: string; deleted: boolean; was_active: boolean }

export const deleteCustomFieldDefinitionStepId = "delete-custom-field-definition"
/**
 * This step deletes a custom field no customer has a value for; one with stored values is
 * deactivated instead (values kept, no longer offered or writable). Compensation restores it.
 */
export const deleteCustomFieldDefinitionStep = createStep(
  deleteCustomFieldDefinitionStepId,
  async (input: { id: string }, { container }) => {
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    const definition = await client.retrieveCustomFieldDefinition(input.id)
    const used = await client.countCustomFieldUsage(definition.key)
    if (used) {
      await client.updateCustomFieldDefinitions({ id: definition.id, is_active: false })
    } else {
      await client.softDeleteCustomFieldDefinitions(definition.id)
    }
    const outcome: Outcome = { id: definition.id, deleted: !used, was_active: definition.is_active }
    return new StepResponse(outcome, outcome)
  },
  async (outcome, { container }) => {
    if (!outcome) {
      return
    }
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    if (outcome.deleted) {
      await client.restoreCustomFieldDefinitions(outcome.id)
    } else {
      await client.updateCustomFieldDefinitions({ id: outcome.id, is_active: outcome.was_active })
    }
  }
)
