import {
  type MiddlewareRoute,
  authenticate,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { CurrencyCode, Money } from "../admin/stored-value/validators"
import { validateBody } from "../utils/validate-body"

const customer = authenticate("customer", ["session", "bearer"])

export const StoreApplyStoredValue = z
  .object({
    /** Omit to use as much as the balance covers; 0 removes it. */
    amount: Money.refine((value) => Number(value) >= 0, "amount must be zero or more").optional(),
  })
  .strict()
export type StoreApplyStoredValueType = z.infer<typeof StoreApplyStoredValue>

export const StoreGetStoredValueEntriesParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({
  currency_code: CurrencyCode.optional(),
})

/** What a member sees of their own ledger: no staff notes, who keyed it in or how the desk was paid. */
export const storeStoredValueEntryFields = [
  "id",
  "type",
  "principal_amount",
  "bonus_amount",
  "principal_balance_after",
  "bonus_balance_after",
  "currency_code",
  "branch_id",
  "reference_type",
  "reference_id",
  "created_at",
]

const storeRechargePlanFields = [
  "id",
  "name",
  "description",
  "currency_code",
  "pay_amount",
  "bonus_type",
  "bonus_value",
  "bonus_validity_days",
  "ends_at",
  "variant_id",
  "product_variant.id",
  "product_variant.product_id",
]

export const storeStoredValueMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/customers/me/stored-value", middlewares: [customer] },
  {
    methods: ["GET"],
    matcher: "/store/customers/me/stored-value/entries",
    middlewares: [
      customer,
      validateAndTransformQuery(StoreGetStoredValueEntriesParams, {
        defaults: storeStoredValueEntryFields,
        allowed: storeStoredValueEntryFields,
        isList: true,
      }),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/store/recharge-plans",
    middlewares: [
      validateAndTransformQuery(
        createFindParams({ limit: 50, offset: 0, order: "pay_amount" }).extend({
          currency_code: CurrencyCode.optional(),
        }),
        {
          defaults: storeRechargePlanFields,
          allowed: storeRechargePlanFields,
          isList: true,
        }
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/store/carts/:id/stored-value",
    middlewares: [customer, validateBody(StoreApplyStoredValue)],
  },
  { methods: ["DELETE"], matcher: "/store/carts/:id/stored-value", middlewares: [customer] },
]
