import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CLIENT_MODULE } from "../../../modules/client"
import { asJson } from "../../../modules/client/lib/json"
import type ClientModuleService from "../../../modules/client/service"
import type { CustomFieldDefinitionInput } from "../../../lib/client/types"
import { checkOptions } from "./field-definition-rules"

export const createCustomFieldDefinitionStepId = "create-custom-field-definition"
/**
 * This step defines a custom profile field (its key must be new: 422 otherwise). Compensation
 * deletes it.
 */
export const createCustomFieldDefinitionStep = createStep(
  createCustomFieldDefinitionStepId,
  async (input: CustomFieldDefinitionInput, { container }) => {
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    const [taken] = await client.listCustomFieldDefinitions({ key: input.key }, { select: ["id"] })
    if (taken) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `A custom field with key "${input.key}" already exists (${taken.id})`
      )
    }
    const options = checkOptions(input.type, input.options ?? [])
    const definition = await client.createCustomFieldDefinitions({
      ...input,
      options: asJson(options),
    })
    return new StepResponse(definition, definition.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    await client.deleteCustomFieldDefinitions(id)
  }
)
