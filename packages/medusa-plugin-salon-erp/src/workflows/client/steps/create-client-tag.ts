import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CLIENT_MODULE } from "../../../modules/client"
import type ClientModuleService from "../../../modules/client/service"
import type { ClientTagInput } from "../../../lib/client/types"

export const createClientTagStepId = "create-client-tag"
/**
 * This step creates a manual tag, or an automatic one with its rule (its name must be new: 422 otherwise). Compensation deletes it.
 */
export const createClientTagStep = createStep(
  createClientTagStepId,
  async (input: ClientTagInput, { container }) => {
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    const [taken] = await client.listClientTags({ name: input.name }, { select: ["id"] })
    if (taken) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `A tag named "${input.name}" already exists (${taken.id})`
      )
    }
    const kind = input.kind ?? "manual"
    const tag = await client.createClientTags({
      ...input,
      kind,
      rule: kind === "automatic" ? (input.rule ?? null) : null,
    })
    return new StepResponse(tag, tag.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    await client.deleteClientTags(id)
  }
)
