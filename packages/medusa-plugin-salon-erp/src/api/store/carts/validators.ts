import { z } from "@medusajs/framework/zod"
import { Money } from "../../admin/stored-value/validators"

export const StoreApplyStoredValue = z
  .object({
    /** Omit to use as much as the balance covers; 0 removes it. */
    amount: Money.refine((value) => Number(value) >= 0, "amount must be zero or more").optional(),
  })
  .strict()
export type StoreApplyStoredValueType = z.infer<typeof StoreApplyStoredValue>
