import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import {
  Id,
  IdempotencyKeyText,
  Metadata,
  MoneyAmount,
  QueryBoolean,
  Text,
} from "../../utils/validators"
import type {
  AdminCreateCounterRegisterRequest,
  AdminOpenCounterShiftRequest,
  AdminUpdateCounterRegisterRequest,
} from "../../../types/counter/http"

export const CurrencyCode = z
  .string()
  .regex(/^[A-Za-z]{3}$/, "currency_code is a 3-letter ISO code, e.g. cny")
  .transform((value) => value.toLowerCase())

/** A register's code: letters, digits, dot, dash or underscore, e.g. "T1", "SH-JA-01". */
export const RegisterCode = Text("code").pipe(
  z
    .string()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
      'code is letters, digits, ".", "-" or "_", e.g. "T1" or "SH-JA-01"'
    )
)

export const AdminCreateCounterRegister = z
  .object({
    branch_id: Id("brch", "a branch"),
    name: Text("name"),
    code: RegisterCode,
    currency_code: CurrencyCode,
    is_active: z.boolean().optional(),
    metadata: Metadata,
  })
  .strict()
export type AdminCreateCounterRegisterType = z.infer<typeof AdminCreateCounterRegister> &
  AdminCreateCounterRegisterRequest

export const AdminUpdateCounterRegister = z
  .object({
    name: Text("name"),
    code: RegisterCode,
    is_active: z.boolean(),
    metadata: Metadata,
  })
  .partial()
  .strict()
export type AdminUpdateCounterRegisterType = z.infer<typeof AdminUpdateCounterRegister> &
  AdminUpdateCounterRegisterRequest

export const AdminGetCounterRegisterParams = createSelectParams()
export const AdminGetCounterRegistersParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "code",
}).extend({
  branch_id: Id("brch", "a branch").optional(),
  is_active: QueryBoolean.optional(),
})

/** Opening a shift: the float counted into the drawer (zero or more). */
export const AdminOpenCounterShift = z
  .object({
    opening_float: MoneyAmount({ allowZero: true }),
    idempotency_key: IdempotencyKeyText.optional(),
  })
  .strict()
export type AdminOpenCounterShiftType = z.infer<typeof AdminOpenCounterShift> &
  AdminOpenCounterShiftRequest
