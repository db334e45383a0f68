import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

export const validateServiceVariantStepId = "validate-service-variant"
/**
 * This step checks that the product variant a salon service is sold as exists (404 otherwise).
 */
export const validateServiceVariantStep = createStep(
  validateServiceVariantStepId,
  async (input: { variant_id: string }, { container }) => {
    const products = container.resolve(Modules.PRODUCT)
    const variant = await products.retrieveProductVariant(input.variant_id, {
      select: ["id", "title", "product_id"],
    })
    return new StepResponse(variant)
  }
)
