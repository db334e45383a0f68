import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CLIENT_MODULE } from "../../../modules/client"
import type ClientModuleService from "../../../modules/client/service"

export const unassignCustomerTagStepId = "unassign-customer-tag"
/**
 * This step takes a tag off a customer (404 when the customer does not carry it). Compensation
 * puts the same assignment back.
 */
export const unassignCustomerTagStep = createStep(
  unassignCustomerTagStepId,
  async (input: { customer_id: string; tag_id: string }, { container }) => {
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    const [assignment] = await client.listCustomerTags({
      customer_id: input.customer_id,
      tag_id: input.tag_id,
    })
    if (!assignment) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Customer ${input.customer_id} does not carry the tag ${input.tag_id}`
      )
    }
    await client.softDeleteCustomerTags(assignment.id)
    return new StepResponse(assignment.id, assignment.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    await client.restoreCustomerTags(id)
  }
)
