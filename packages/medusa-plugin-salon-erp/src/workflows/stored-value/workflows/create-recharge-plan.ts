import { createEntitiesStep, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ProductStatus } from "@medusajs/framework/utils"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import { STORED_VALUE_MODULE } from "../../../modules/stored-value"
import { validateRechargePlanTermsStep } from "../steps/validate-recharge-plan-terms"
import { validateServiceVariantStep } from "../../booking/steps/validate-service-variant"

export type CreateRechargePlanWorkflowInput = {
  name: string
  description?: string | null
  currency_code: string
  pay_amount: number
  bonus_type?: "fixed" | "percent"
  bonus_value?: number
  bonus_validity_days?: number | null
  starts_at?: string | null
  ends_at?: string | null
  is_active?: boolean
  metadata?: Record<string, unknown> | null
  /** Sell it as this existing variant, or (default) as a new product priced at pay_amount. */
  variant_id?: string
  sales_channel_ids?: string[]
}

export const createRechargePlanWorkflowId = "create-recharge-plan"
/**
 * This workflow creates a recharge plan (pay X, get X + bonus) and the product variant members
 * buy it as online.
 */
export const createRechargePlanWorkflow = createWorkflow(
  createRechargePlanWorkflowId,
  (input: CreateRechargePlanWorkflowInput) => {
    validateRechargePlanTermsStep({
      pay_amount: input.pay_amount,
      bonus_type: input.bonus_type,
      bonus_value: input.bonus_value,
    })
    when({ input }, ({ input }) => !!input.variant_id).then(() => {
      validateServiceVariantStep({ variant_id: input.variant_id as string })
    })
    const product = when({ input }, ({ input }) => !input.variant_id).then(() => {
      const products = transform({ input }, ({ input }) => [
        {
          title: input.name,
          description: input.description ?? undefined,
          status: ProductStatus.PUBLISHED,
          options: [{ title: "Top-up", values: ["Standard"] }],
          variants: [
            {
              title: "Standard",
              options: { "Top-up": "Standard" },
              manage_inventory: false,
              prices: [
                { currency_code: input.currency_code.toLowerCase(), amount: input.pay_amount },
              ],
            },
          ],
          sales_channels: (input.sales_channel_ids ?? []).map((id) => ({ id })),
          metadata: { salon_kind: "recharge_plan" },
        },
      ])
      return createProductsWorkflow.runAsStep({ input: { products } })
    })
    const data = transform({ input, product }, ({ input, product }) => {
      const { sales_channel_ids: _channels, ...fields } = input
      return [
        {
          ...fields,
          currency_code: input.currency_code.toLowerCase(),
          variant_id: input.variant_id ?? product![0].variants[0].id,
        },
      ]
    })
    const created = createEntitiesStep({
      moduleRegistrationName: STORED_VALUE_MODULE,
      invokeMethod: "createRechargePlans",
      compensateMethod: "deleteRechargePlans",
      data,
    })
    const plan = transform({ created }, ({ created }) => created[0])
    return new WorkflowResponse(plan)
  }
)
