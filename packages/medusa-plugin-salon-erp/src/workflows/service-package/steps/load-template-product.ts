import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

export const loadTemplateProductStepId = "load-template-product"
/**
 * This step finds the product a template is sold as, and whether it was created for the
 * template (then its status follows the template's and it goes when the template goes).
 */
export const loadTemplateProductStep = createStep(
  loadTemplateProductStepId,
  async (input: { template_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [template],
    } = await query.graph({
      entity: "package_template",
      fields: ["id", "product_variant.product.id", "product_variant.product.metadata"],
      filters: { id: input.template_id },
    })
    const product = template?.product_variant?.product as
      { id: string; metadata?: Record<string, unknown> | null } | undefined
    return new StepResponse({
      product_id: product?.id ?? null,
      owned: product?.metadata?.salon_kind === "service_package",
    })
  }
)
