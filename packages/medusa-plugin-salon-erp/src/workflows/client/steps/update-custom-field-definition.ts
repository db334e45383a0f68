import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CLIENT_MODULE } from "../../../modules/client"
import type ClientModuleService from "../../../modules/client/service"
import type { UpdateCustomFieldDefinitionInput } from "../../../lib/client/types"
import { checkOptions, customers } from "./field-definition-rules"
import { conflictError } from "../../../lib/errors"

export const updateCustomFieldDefinitionStepId = "update-custom-field-definition"
/**
 * This step changes a custom field definition without breaking stored values: changing the type
 * of a field customers have values for, or removing an option a value uses, is refused (409
 * naming how many customers). Compensation restores the changed fields.
 */
export const updateCustomFieldDefinitionStep = createStep(
  updateCustomFieldDefinitionStepId,
  async ({ id, ...data }: UpdateCustomFieldDefinitionInput, { container }) => {
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    const current = await client.retrieveCustomFieldDefinition(id)
    const type = data.type ?? current.type
    const currentOptions = (current.options as unknown as string[]) ?? []
    const changes: Record<string, unknown> = { ...data }

    if (type !== current.type) {
      const used = await client.countCustomFieldUsage(current.key)
      if (used) {
        throw conflictError(
          `${customers(used)} have a value for "${current.key}"; its type cannot change from ${current.type} to ${type}. Define a new field instead.`
        )
      }
    }
    if (data.options !== undefined || type !== current.type) {
      const options = checkOptions(
        type,
        data.options ?? (type === "select" || type === "multi_select" ? currentOptions : [])
      )
      if (type === current.type) {
        for (const removed of currentOptions.filter((option) => !options.includes(option))) {
          const used = await client.countCustomFieldUsage(current.key, removed)
          if (used) {
            throw conflictError(
              `${customers(used)} use the option "${removed}" of "${current.key}"; it cannot be removed`
            )
          }
        }
      }
      changes.options = options
    }

    const keys = Object.keys(changes)
    if (!keys.length) {
      return new StepResponse(current, undefined as Record<string, unknown> | undefined)
    }
    const before = {
      id,
      ...Object.fromEntries(keys.map((key) => [key, current[key as keyof typeof current]])),
    }
    const definition = await client.updateCustomFieldDefinitions({ id, ...changes })
    return new StepResponse(definition, before as Record<string, unknown> | undefined)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    await client.updateCustomFieldDefinitions(before)
  }
)
