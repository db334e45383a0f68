import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { DateTime, IdList, LocalDate } from "../../utils/validators"

/** A money amount: a number, or a decimal string ("1200.50"). */
export const Money = z.union([
  z.number().finite(),
  z.string().regex(/^-?\d+(\.\d+)?$/, 'Use a decimal amount, e.g. 1200 or "1200.50"'),
])
const positiveMoney = (name: string) =>
  Money.refine((value) => Number(value) > 0, `${name} must be more than zero`)

export const PaymentMethod = z.enum(["cash", "card", "wechat_pay", "alipay", "bank_transfer"])
export const CurrencyCode = z
  .string()
  .length(3, "currency_code is a 3-letter ISO code, e.g. cny")
  .transform((value) => value.toLowerCase())

export const IdempotencyKey = z.string().trim().min(1).max(200)

export const AdminTopUp = z
  .object({
    customer_id: z.string().min(1),
    currency_code: CurrencyCode,
    plan_id: z.string().optional(),
    principal_amount: positiveMoney("principal_amount").optional(),
    bonus_amount: Money.refine(
      (value) => Number(value) >= 0,
      "bonus_amount must be zero or more"
    ).optional(),
    bonus_validity_days: z.number().int().min(1).max(3650).nullish(),
    payment_method: PaymentMethod,
    branch_id: z.string().nullish(),
    staff_member_id: z.string().nullish(),
    note: z.string().max(500).nullish(),
    idempotency_key: IdempotencyKey.optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (!body.plan_id === (body.principal_amount === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["plan_id"],
        message:
          "give either plan_id (a recharge plan) or principal_amount (and bonus_amount) for a counter top-up",
      })
    }
  })
export type AdminTopUpType = z.infer<typeof AdminTopUp>

export const AdminSpend = z
  .object({
    customer_id: z.string().min(1),
    currency_code: CurrencyCode,
    amount: positiveMoney("amount"),
    branch_id: z.string().nullish(),
    staff_member_id: z.string().nullish(),
    reference_type: z
      .enum(["appointment", "sale", "service_package", "order", "other"])
      .default("sale"),
    reference_id: z.string().nullish(),
    note: z.string().max(500).nullish(),
    idempotency_key: IdempotencyKey.optional(),
  })
  .strict()
export type AdminSpendType = z.infer<typeof AdminSpend>

export const AdminRefundOperation = z
  .object({
    amount: positiveMoney("amount").optional(),
    reason: z.string().trim().min(1).max(500),
    idempotency_key: IdempotencyKey.optional(),
  })
  .strict()
export type AdminRefundOperationType = z.infer<typeof AdminRefundOperation>

export const AdminReverseOperation = z
  .object({
    reason: z.string().trim().min(1, "a reversal needs a reason").max(500),
    idempotency_key: IdempotencyKey.optional(),
  })
  .strict()
export type AdminReverseOperationType = z.infer<typeof AdminReverseOperation>

export const AdminAdjustAccount = z
  .object({
    principal_amount: Money.default(0),
    bonus_amount: Money.default(0),
    reason: z.string().trim().min(1, "an adjustment needs a reason").max(500),
    bonus_validity_days: z.number().int().min(1).max(3650).nullish(),
    idempotency_key: IdempotencyKey.optional(),
  })
  .strict()
export type AdminAdjustAccountType = z.infer<typeof AdminAdjustAccount>

export const AdminCloseAccount = z
  .object({
    reason: z.string().trim().min(1, "closing a card needs a reason").max(500),
    refund_method: PaymentMethod.optional(),
    idempotency_key: IdempotencyKey.optional(),
  })
  .strict()
export type AdminCloseAccountType = z.infer<typeof AdminCloseAccount>

export const AdminGetAccountParams = createSelectParams()
export const AdminGetAccountsParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "-updated_at",
}).extend({
  customer_id: z.string().optional(),
  currency_code: CurrencyCode.optional(),
  status: z.enum(["active", "closed"]).optional(),
})

const EntryFilters = {
  account_id: z.string().optional(),
  customer_id: z.string().optional(),
  branch_id: z.string().optional(),
  staff_member_id: z.string().optional(),
  type: IdList.optional(),
  currency_code: CurrencyCode.optional(),
  reference_type: z.string().optional(),
  reference_id: z.string().optional(),
  from: z.union([DateTime, LocalDate]).optional(),
  to: z.union([DateTime, LocalDate]).optional(),
}

export const AdminGetEntriesParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "-created_at",
})
  .extend(EntryFilters)
  .superRefine((query, ctx) => {
    if (query.from && query.to && Date.parse(query.to) < Date.parse(query.from)) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: `to (${query.to}) is before from (${query.from})`,
      })
    }
  })
export const AdminExportEntriesParams = z.object(EntryFilters).strict()
export type EntryFiltersType = z.infer<typeof AdminExportEntriesParams>

export const AdminRefundOrderStoredValue = z
  .object({
    amount: positiveMoney("amount").optional(),
    reason: z.string().max(500).nullish(),
    idempotency_key: IdempotencyKey.optional(),
  })
  .strict()
export type AdminRefundOrderStoredValueType = z.infer<typeof AdminRefundOrderStoredValue>
