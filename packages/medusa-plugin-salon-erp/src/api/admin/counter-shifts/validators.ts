import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { Id, IdempotencyKeyText, MONEY_LIMIT, MoneyAmount, Text } from "../../utils/validators"
import {
  CASH_ENTRY_REASON_MAX,
  COUNTED_TENDER_KINDS,
  MANUAL_CASH_ENTRY_KINDS,
  SHIFT_STATUSES,
} from "../../../modules/counter/lib/constants"
import type {
  AdminCloseCounterShiftRequest,
  AdminRecordCounterCashEntryRequest,
  AdminRecordCounterShiftCorrectionRequest,
} from "../../../types/counter/http"

/** A reason for moving cash: 1 to 500 characters. */
const Reason = Text("reason", { max: CASH_ENTRY_REASON_MAX })

/** A signed, non-zero amount with at most two decimals (the module checks the currency's). */
export const SignedNonZeroMoney = z
  .union([z.number(), z.string()], {
    message: 'must be an amount: a number or a decimal string, e.g. -20 or "12.50"',
  })
  .superRefine((value, ctx) => {
    const text = typeof value === "number" ? String(value) : value.trim()
    if (!/^-?\d+(\.\d+)?$/.test(text)) {
      ctx.addIssue({ code: "custom", message: 'must be a decimal amount, e.g. -20 or "12.50"' })
      return
    }
    if ((text.split(".")[1]?.length ?? 0) > 2) {
      ctx.addIssue({ code: "custom", message: "must have at most 2 decimal places" })
    }
    const amount = Number(text)
    if (amount === 0) {
      ctx.addIssue({ code: "custom", message: "must not be zero" })
    }
    if (Math.abs(amount) > MONEY_LIMIT) {
      ctx.addIssue({
        code: "custom",
        message: `must be at most ${MONEY_LIMIT} (and at least -${MONEY_LIMIT})`,
      })
    }
  })

export const AdminGetCounterShiftsParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "-opened_at",
}).extend({
  register_id: Id("creg", "a counter register").optional(),
  branch_id: Id("brch", "a branch").optional(),
  status: z
    .enum(SHIFT_STATUSES, { message: `status must be one of ${SHIFT_STATUSES.join(", ")}` })
    .optional(),
})

export const AdminRecordCounterCashEntry = z
  .object({
    kind: z.enum(MANUAL_CASH_ENTRY_KINDS, {
      message: `kind must be one of ${MANUAL_CASH_ENTRY_KINDS.join(", ")}`,
    }),
    amount: MoneyAmount(),
    reason: Reason,
    idempotency_key: IdempotencyKeyText.optional(),
  })
  .strict()
export type AdminRecordCounterCashEntryType = z.infer<typeof AdminRecordCounterCashEntry> &
  AdminRecordCounterCashEntryRequest

/** Counted totals of non-cash tenders by kind; an unknown kind is refused, naming it. */
const CountedTenders = z
  .record(Text("code"), MoneyAmount({ allowZero: true }))
  .superRefine((tenders, ctx) => {
    for (const kind of Object.keys(tenders)) {
      if (!(COUNTED_TENDER_KINDS as readonly string[]).includes(kind)) {
        ctx.addIssue({
          code: "custom",
          path: [kind],
          message: `unknown tender kind "${kind}": counted tenders are ${COUNTED_TENDER_KINDS.join(", ")} (cash is counted_cash)`,
        })
      }
    }
  })

export const AdminCloseCounterShift = z
  .object({
    counted_cash: MoneyAmount({ allowZero: true }),
    counted_tenders: CountedTenders.nullish(),
    closing_note: Text("note").nullish(),
  })
  .strict()
export type AdminCloseCounterShiftType = z.infer<typeof AdminCloseCounterShift> &
  AdminCloseCounterShiftRequest

export const AdminRecordCounterShiftCorrection = z
  .object({
    amount: SignedNonZeroMoney,
    reason: Reason,
    idempotency_key: IdempotencyKeyText.optional(),
  })
  .strict()
export type AdminRecordCounterShiftCorrectionType = z.infer<
  typeof AdminRecordCounterShiftCorrection
> &
  AdminRecordCounterShiftCorrectionRequest
