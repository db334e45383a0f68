import { z } from "@medusajs/framework/zod"
import { StaffMemberId, Text } from "../../utils/validators"
import { CommissionSource } from "../commission-sources/validators"

export const AdminGetCommissionAttributionParams = z.object(CommissionSource)
export type AdminGetCommissionAttributionParamsType = z.infer<
  typeof AdminGetCommissionAttributionParams
>

export const AdminSetCommissionAttribution = z
  .object({
    ...CommissionSource,
    source_line_id: Text("key"),
    role: z.enum(["labour", "sales"]),
    shares: z
      .array(
        z
          .object({
            staff_member_id: StaffMemberId,
            share: z
              .number()
              .positive("a share is a percent above zero")
              .max(100, "a share is at most 100"),
          })
          .strict()
      )
      .max(10, "at most 10 staff members share one line"),
  })
  .strict()
  .superRefine((body, ctx) => {
    const total = body.shares.reduce((sum, share) => sum + share.share, 0)
    if (body.shares.length && Math.abs(total - 100) > 1e-9) {
      ctx.addIssue({
        code: "custom",
        path: ["shares"],
        message: `shares must add up to 100; they add up to ${total}`,
      })
    }
  })
export type AdminSetCommissionAttributionType = z.infer<typeof AdminSetCommissionAttribution>
