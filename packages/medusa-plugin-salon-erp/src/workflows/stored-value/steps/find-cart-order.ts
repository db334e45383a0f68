import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { STORED_VALUE_CREDIT_LINE } from "./prepare-cart-stored-value"

export type CartStoredValue = {
  cart_id: string
  customer_id: string | null
  currency_code: string | null
  completed_at: Date | string | null
  /** The order the cart became (Medusa's order-cart link), once it completed. */
  order_id: string | null
  /** What the cart's stored value credit lines use. */
  amount: number
  credit_line_ids: string[]
}

export const findCartStoredValueStepId = "find-cart-stored-value"
/**
 * This step reads what a cart pays with stored value (its credit lines with the stored_value
 * reference), whether it completed, and the order it became.
 */
export const findCartStoredValueStep = createStep(
  findCartStoredValueStepId,
  async (input: { cart_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: carts }, { data: links }] = await Promise.all([
      query.graph({
        entity: "cart",
        fields: [
          "id",
          "customer_id",
          "currency_code",
          "completed_at",
          "credit_lines.id",
          "credit_lines.amount",
          "credit_lines.reference",
          "credit_lines.reference_id",
        ],
        filters: { id: input.cart_id },
      }),
      query.graph({
        entity: "order_cart",
        fields: ["order_id"],
        filters: { cart_id: input.cart_id },
      }),
    ])
    const cart = carts[0]
    const lines = (cart?.credit_lines ?? []).filter(
      (line: { reference?: string | null } | null) => line?.reference === STORED_VALUE_CREDIT_LINE
    ) as { id: string; amount: number | string }[]
    const amount = lines.reduce((sum, line) => sum + Number(line.amount), 0)
    return new StepResponse<CartStoredValue>({
      cart_id: input.cart_id,
      customer_id: cart?.customer_id ?? null,
      currency_code: cart?.currency_code ?? null,
      completed_at: (cart?.completed_at as Date | string | null | undefined) ?? null,
      order_id: (links[0]?.order_id as string | undefined) ?? null,
      amount,
      credit_line_ids: lines.map((line) => line.id),
    })
  }
)
