import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CLIENT_MODULE } from "../../../modules/client"
import type ClientModuleService from "../../../modules/client/service"
import type { ClientRfmRow } from "../../../modules/client/service"

export type RecomputeClientRfmInput = { now: string; customer_ids?: string[] }
type PreviousRfm = { customer_ids?: string[]; previous: ClientRfmRow[] } | undefined

export const recomputeClientRfmStepId = "recompute-client-rfm"
/**
 * This step upserts the RFM rows (all customers with history, or the given ones). Compensation
 * puts back the rows as they were.
 */
export const recomputeClientRfmStep = createStep(
  recomputeClientRfmStepId,
  async (input: RecomputeClientRfmInput, { container }) => {
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    if (input.customer_ids && !input.customer_ids.length) {
      return new StepResponse(0, undefined as PreviousRfm)
    }
    const { updated, previous } = await client.recomputeRfm({
      now: new Date(input.now),
      customer_ids: input.customer_ids,
    })
    return new StepResponse(updated, { customer_ids: input.customer_ids, previous } as PreviousRfm)
  },
  async (revert, { container }) => {
    if (!revert) {
      return
    }
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    await client.restoreRfm({ customer_ids: revert.customer_ids }, revert.previous)
  }
)
