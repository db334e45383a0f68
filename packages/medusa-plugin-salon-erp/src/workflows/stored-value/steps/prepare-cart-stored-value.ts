import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { STORED_VALUE_MODULE } from "../../../modules/stored-value"
import {
  formatAmount,
  insufficientStoredValueMessage,
} from "../../../modules/stored-value/lib/money"
import type StoredValueModuleService from "../../../modules/stored-value/service"

/** The reference cart credit lines carry when they are paid from stored value. */
export const STORED_VALUE_CREDIT_LINE = "stored_value"

type CartForStoredValue = {
  id: string
  customer_id: string | null
  currency_code: string
  total: number | string
  completed_at?: string | Date | null
  credit_lines?: ({ id: string; amount: number | string; reference: string | null } | null)[]
  items?: ({ variant_id: string | null } | null)[]
}

export type PrepareCartStoredValueStepInput = {
  cart: CartForStoredValue | undefined
  cart_id: string
  customer_id: string
  /** Omitted: as much as the balance covers. 0 (or remove): none. */
  amount?: string | number | null
}

export const prepareCartStoredValueStepId = "prepare-cart-stored-value"
/**
 * This step decides the stored value credit line of a cart: the logged-in member's own cart, in
 * the account's currency, no more than the available balance (the balance less what other carts
 * hold) or the amount due, and never on a cart that buys stored value. The next step holds that
 * amount; nothing is debited until the order is placed.
 */
export const prepareCartStoredValueStep = createStep(
  prepareCartStoredValueStepId,
  async (input: PrepareCartStoredValueStepInput, { container }) => {
    const { cart } = input
    if (!cart || cart.customer_id !== input.customer_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Cart with id: ${input.cart_id} was not found`
      )
    }
    if (cart.completed_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${cart.id} is already completed`)
    }
    const ours = (cart.credit_lines ?? []).filter(
      (line) => line?.reference === STORED_VALUE_CREDIT_LINE
    )
    const toDelete = ours.map((line) => line!.id)
    const currency = cart.currency_code.toLowerCase()
    if (input.amount !== undefined && input.amount !== null && MathBN.eq(input.amount, 0)) {
      return new StepResponse({
        to_delete: toDelete,
        to_create: [],
        amount: "0",
        currency_code: currency,
      })
    }

    const service: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    const variantIds = (cart.items ?? [])
      .map((item) => item?.variant_id)
      .filter(Boolean) as string[]
    if (variantIds.length) {
      const plans = await service.listRechargePlans(
        { variant_id: variantIds },
        { select: ["id", "name"] }
      )
      if (plans.length) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Stored value cannot pay for a top-up (${plans.map((plan) => plan.name).join(", ")}); pay it by card`
        )
      }
    }
    // This cart's own hold is replaced, so it does not count against it.
    const account = await service.availableBalance({
      customer_id: input.customer_id,
      currency_code: currency,
      except_cart_id: cart.id,
    })
    if (!account) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `You have no stored value in ${currency.toUpperCase()}`
      )
    }
    const available = MathBN.max(account.available, 0)
    const due = MathBN.add(cart.total, ...ours.map((line) => line!.amount))
    if (input.amount !== undefined && input.amount !== null) {
      if (MathBN.lt(input.amount, 0)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `amount must be zero or more; got ${input.amount}`
        )
      }
      if (MathBN.gt(input.amount, available)) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          insufficientStoredValueMessage(
            account.balance,
            account.held,
            currency,
            `${formatAmount(input.amount, currency)} was asked`
          )
        )
      }
      if (MathBN.gt(input.amount, due)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `The cart only needs ${formatAmount(due, currency)}; ${formatAmount(input.amount, currency)} was asked`
        )
      }
    }
    const amount =
      input.amount !== undefined && input.amount !== null
        ? MathBN.convert(input.amount)
        : MathBN.min(available, due)
    const toCreate = MathBN.gt(amount, 0)
      ? [
          {
            cart_id: cart.id,
            amount: amount.toNumber(),
            reference: STORED_VALUE_CREDIT_LINE,
            reference_id: account.account_id,
            metadata: {},
          },
        ]
      : []
    return new StepResponse({
      to_delete: toDelete,
      to_create: toCreate,
      amount: amount.toFixed(),
      currency_code: currency,
    })
  }
)
