import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"

export type SetBranchLinksStepInput = {
  branch_id: string
  /** undefined leaves the link as it is; null removes it. */
  stock_location_id?: string | null
  sales_channel_id?: string | null
}

type BranchLinks = { stock_location_id: string | null; sales_channel_id: string | null }

const TARGETS = {
  stock_location_id: { module: Modules.STOCK_LOCATION, key: "stock_location_id" },
  sales_channel_id: { module: Modules.SALES_CHANNEL, key: "sales_channel_id" },
} as const

async function currentLinks(container: MedusaContainer, branchId: string): Promise<BranchLinks> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "branch",
    fields: ["id", "stock_location.id", "sales_channel.id"],
    filters: { id: branchId },
  })
  return {
    stock_location_id: data[0]?.stock_location?.id ?? null,
    sales_channel_id: data[0]?.sales_channel?.id ?? null,
  }
}

async function applyLinks(
  container: MedusaContainer,
  branchId: string,
  from: BranchLinks,
  to: Partial<BranchLinks>
) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  for (const field of Object.keys(TARGETS) as (keyof BranchLinks)[]) {
    if (to[field] === undefined || to[field] === from[field]) continue
    const target = TARGETS[field]
    if (from[field]) {
      await link.dismiss({
        [BOOKING_MODULE]: { branch_id: branchId },
        [target.module]: { [target.key]: from[field] },
      })
    }
    if (to[field]) {
      await link.create({
        [BOOKING_MODULE]: { branch_id: branchId },
        [target.module]: { [target.key]: to[field] },
      })
    }
  }
}

export const setBranchLinksStepId = "set-branch-links"
/**
 * This step links a branch to its stock location and sales channel (replacing earlier links).
 * Compensation restores the previous links.
 */
export const setBranchLinksStep = createStep(
  setBranchLinksStepId,
  async (input: SetBranchLinksStepInput, { container }) => {
    if (input.stock_location_id) {
      await container
        .resolve(Modules.STOCK_LOCATION)
        .retrieveStockLocation(input.stock_location_id, { select: ["id"] })
    }
    if (input.sales_channel_id) {
      await container
        .resolve(Modules.SALES_CHANNEL)
        .retrieveSalesChannel(input.sales_channel_id, { select: ["id"] })
    }
    const before = await currentLinks(container, input.branch_id)
    await applyLinks(container, input.branch_id, before, input)
    return new StepResponse(await currentLinks(container, input.branch_id), {
      branch_id: input.branch_id,
      before,
      input,
    })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const { branch_id, before, input } = compensation
    const after = {
      stock_location_id:
        input.stock_location_id === undefined ? before.stock_location_id : input.stock_location_id,
      sales_channel_id:
        input.sales_channel_id === undefined ? before.sales_channel_id : input.sales_channel_id,
    }
    await applyLinks(container, branch_id, after, before)
  }
)
