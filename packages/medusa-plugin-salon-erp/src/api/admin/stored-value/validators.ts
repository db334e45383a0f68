import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import {
  DateTime,
  IdList,
  IdempotencyKeyText,
  Id,
  LocalDate,
  MEDUSA_ID_PREFIXES,
  MONEY_LIMIT,
  MoneyAmount,
  Quantity,
  Text,
} from "../../utils/validators"
import { RECHARGE_PLAN_ID_PREFIX } from "../../../modules/stored-value/lib/constants"

/**
 * A money amount: a number, or a decimal string ("1200.50"), at most MONEY_LIMIT. Up to three
 * decimals pass here; the module then refuses more than the currency allows (CNY: two), naming it.
 */
export const Money = MoneyAmount({ allowZero: true, decimals: 3 })
const positiveMoney = () => MoneyAmount({ decimals: 3 })

/** A signed correction: a number or a decimal string, between -MONEY_LIMIT and MONEY_LIMIT. */
export const SignedMoney = z
  .union([z.number(), z.string()], {
    message: 'must be an amount: a number or a decimal string, e.g. -20 or "12.50"',
  })
  .superRefine((value, ctx) => {
    const text = typeof value === "number" ? String(value) : value.trim()
    if (!/^-?\d+(\.\d+)?$/.test(text)) {
      ctx.addIssue({ code: "custom", message: 'must be a decimal amount, e.g. -20 or "12.50"' })
      return
    }
    if ((text.split(".")[1]?.length ?? 0) > 3) {
      ctx.addIssue({ code: "custom", message: "must have at most 3 decimal places" })
    }
    if (Math.abs(Number(text)) > MONEY_LIMIT) {
      ctx.addIssue({
        code: "custom",
        message: `must be at most ${MONEY_LIMIT} (and at least -${MONEY_LIMIT})`,
      })
    }
  })

/** Days a bonus stays valid: 1 to 3650. */
export const BonusValidityDays = Quantity({ min: 1, max: 3650 })

export const PaymentMethod = z.enum(["cash", "card", "wechat_pay", "alipay", "bank_transfer"])
export const CurrencyCode = z
  .string()
  .regex(/^[A-Za-z]{3}$/, "currency_code is a 3-letter ISO code, e.g. cny")
  .transform((value) => value.toLowerCase())

export const IdempotencyKey = IdempotencyKeyText

export const AdminTopUp = z
  .object({
    customer_id: Id(MEDUSA_ID_PREFIXES.customer, "a customer"),
    currency_code: CurrencyCode,
    plan_id: Id(RECHARGE_PLAN_ID_PREFIX, "a recharge plan").optional(),
    principal_amount: positiveMoney().optional(),
    bonus_amount: Money.optional(),
    bonus_validity_days: BonusValidityDays.nullish(),
    payment_method: PaymentMethod,
    branch_id: Id("brch", "a branch").nullish(),
    staff_member_id: Id("stf", "a staff member").nullish(),
    note: Text("note", { min: 0 }).nullish(),
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
    customer_id: Id(MEDUSA_ID_PREFIXES.customer, "a customer"),
    currency_code: CurrencyCode,
    amount: positiveMoney(),
    branch_id: Id("brch", "a branch").nullish(),
    staff_member_id: Id("stf", "a staff member").nullish(),
    reference_type: z
      .enum(["appointment", "sale", "service_package", "order", "other"])
      .default("sale"),
    reference_id: Text("key").nullish(),
    note: Text("note", { min: 0 }).nullish(),
    idempotency_key: IdempotencyKey.optional(),
  })
  .strict()
export type AdminSpendType = z.infer<typeof AdminSpend>

export const AdminRefundOperation = z
  .object({
    amount: positiveMoney().optional(),
    reason: Text("reason"),
    idempotency_key: IdempotencyKey.optional(),
  })
  .strict()
export type AdminRefundOperationType = z.infer<typeof AdminRefundOperation>

export const AdminReverseOperation = z
  .object({
    reason: Text("reason"),
    idempotency_key: IdempotencyKey.optional(),
  })
  .strict()
export type AdminReverseOperationType = z.infer<typeof AdminReverseOperation>

export const AdminAdjustAccount = z
  .object({
    principal_amount: SignedMoney.default(0),
    bonus_amount: SignedMoney.default(0),
    reason: Text("reason"),
    bonus_validity_days: BonusValidityDays.nullish(),
    idempotency_key: IdempotencyKey.optional(),
  })
  .strict()
export type AdminAdjustAccountType = z.infer<typeof AdminAdjustAccount>

export const AdminCloseAccount = z
  .object({
    reason: Text("reason"),
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
  customer_id: Text("key").optional(),
  currency_code: CurrencyCode.optional(),
  status: z.enum(["active", "closed"]).optional(),
})

const EntryFilters = {
  account_id: Text("key").optional(),
  customer_id: Text("key").optional(),
  branch_id: Text("key").optional(),
  staff_member_id: Text("key").optional(),
  type: IdList.optional(),
  currency_code: CurrencyCode.optional(),
  reference_type: Text("code").optional(),
  reference_id: Text("key").optional(),
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
    amount: positiveMoney().optional(),
    reason: Text("reason", { min: 0 }).nullish(),
    idempotency_key: IdempotencyKey.optional(),
  })
  .strict()
export type AdminRefundOrderStoredValueType = z.infer<typeof AdminRefundOrderStoredValue>
