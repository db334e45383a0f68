import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CLIENT_MODULE } from "../../../modules/client"
import type ClientModuleService from "../../../modules/client/service"
import type { CustomerTagInput } from "../../../lib/client/types"

export const assignCustomerTagStepId = "assign-customer-tag"
/**
 * This step puts a manual tag on a customer; assigning a tag the customer already carries
 * changes nothing. Automatic tags are assigned by their rules only (400). Compensation removes
 * the assignment it made.
 */
export const assignCustomerTagStep = createStep(
  assignCustomerTagStepId,
  async (input: CustomerTagInput, { container }) => {
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    const [tag] = await client.listClientTags(
      { id: input.tag_id },
      { select: ["id", "name", "kind"] }
    )
    if (!tag) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Client tag with id: ${input.tag_id} was not found`
      )
    }
    if (tag.kind !== "manual") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `"${tag.name}" is an automatic tag: its rule assigns it, staff cannot`
      )
    }
    const [existing] = await client.listCustomerTags(
      { customer_id: input.customer_id, tag_id: input.tag_id },
      { select: ["id"] }
    )
    if (existing) {
      return new StepResponse(existing, undefined as string | undefined)
    }
    const assignment = await client.createCustomerTags({
      customer_id: input.customer_id,
      tag_id: input.tag_id,
      source: "manual",
      assigned_by: input.assigned_by ?? null,
    })
    return new StepResponse(assignment, assignment.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    await client.deleteCustomerTags(id)
  }
)
