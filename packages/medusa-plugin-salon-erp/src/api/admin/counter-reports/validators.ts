import { z } from "@medusajs/framework/zod"
import { Id, LocalDate, namingFields } from "../../utils/validators"

/** `?format=csv` answers a CSV file (one row per figure) instead of JSON. */
const Format = z.enum(["json", "csv"], { message: "format must be json or csv" }).default("json")

/** Absent: every branch (the chain). */
const BranchId = Id("brch", "a branch").optional()

/** "YYYY-MM", a calendar month. */
const Month = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month as "YYYY-MM", e.g. "2026-12"')

export const AdminGetShiftSettlementParams = namingFields(z.object({ format: Format }).strict())
export type AdminGetShiftSettlementParamsType = z.infer<typeof AdminGetShiftSettlementParams>

export const AdminGetDailySettlementParams = namingFields(
  z.object({ date: LocalDate, branch_id: BranchId, format: Format }).strict()
)
export type AdminGetDailySettlementParamsType = z.infer<typeof AdminGetDailySettlementParams>

export const AdminGetMonthlySettlementParams = namingFields(
  z.object({ month: Month, branch_id: BranchId, format: Format }).strict()
)
export type AdminGetMonthlySettlementParamsType = z.infer<typeof AdminGetMonthlySettlementParams>
