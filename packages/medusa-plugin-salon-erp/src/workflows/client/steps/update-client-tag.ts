import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CLIENT_MODULE } from "../../../modules/client"
import type ClientModuleService from "../../../modules/client/service"
import type { UpdateClientTagInput } from "../../../lib/client/types"

export const updateClientTagStepId = "update-client-tag"
/**
 * This step renames, recolours or redescribes a tag, or changes an automatic tag's rule. Compensation restores the fields.
 */
export const updateClientTagStep = createStep(
  updateClientTagStepId,
  async ({ id, ...data }: UpdateClientTagInput, { container }) => {
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    const current = await client.retrieveClientTag(id)
    if (data.rule && current.kind !== "automatic") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `"${current.name}" is a manual tag: only automatic tags have a rule`
      )
    }
    if (data.name && data.name !== current.name) {
      const [taken] = await client.listClientTags({ name: data.name }, { select: ["id"] })
      if (taken) {
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `A tag named "${data.name}" already exists (${taken.id})`
        )
      }
    }
    const keys = Object.keys(data)
    if (!keys.length) {
      return new StepResponse(current, undefined as Record<string, unknown> | undefined)
    }
    const before = {
      id,
      ...Object.fromEntries(keys.map((key) => [key, current[key as keyof typeof current]])),
    }
    const tag = await client.updateClientTags({ id, ...data })
    return new StepResponse(tag, before as Record<string, unknown> | undefined)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    await client.updateClientTags(before)
  }
)
