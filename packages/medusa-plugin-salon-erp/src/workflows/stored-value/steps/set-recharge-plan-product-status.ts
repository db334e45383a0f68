import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

export type SetRechargePlanProductStatusStepInput = {
  plan_id: string
  /** On sale (published) or not (draft); null: leave the product as it is. */
  on_sale: boolean | null
}

export const setRechargePlanProductStatusStepId = "set-recharge-plan-product-status"
/**
 * This step takes a plan's own product off sale (draft) when the plan is deactivated or deleted,
 * and back on sale when it is activated, so the shop never sells a plan the salon withdrew. A
 * product the plan borrowed (an existing variant) is left alone. Compensation restores the status.
 */
export const setRechargePlanProductStatusStep = createStep(
  setRechargePlanProductStatusStepId,
  async (input: SetRechargePlanProductStatusStepInput, { container }) => {
    if (input.on_sale === null) {
      return new StepResponse(undefined, null)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [plan],
    } = await query.graph({
      entity: "recharge_plan",
      fields: [
        "id",
        "product_variant.product.id",
        "product_variant.product.status",
        "product_variant.product.metadata",
      ],
      filters: { id: input.plan_id },
      withDeleted: true,
    })
    const product = plan?.product_variant?.product
    if (!product || product.metadata?.salon_kind !== "recharge_plan") {
      return new StepResponse(undefined, null)
    }
    const status = input.on_sale ? ProductStatus.PUBLISHED : ProductStatus.DRAFT
    if (product.status === status) {
      return new StepResponse(undefined, null)
    }
    const products = container.resolve(Modules.PRODUCT)
    await products.updateProducts(product.id, { status })
    return new StepResponse(undefined, { id: product.id, status: product.status as ProductStatus })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const products = container.resolve(Modules.PRODUCT)
    await products.updateProducts(previous.id, { status: previous.status })
  }
)
