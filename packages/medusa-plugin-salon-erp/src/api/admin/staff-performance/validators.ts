import { z } from "@medusajs/framework/zod"
import { BranchId, LocalDate } from "../../utils/validators"

export const AdminGetStaffPerformanceParams = z
  .object({
    from: LocalDate,
    to: LocalDate,
    branch_id: BranchId.optional(),
    rank_by: z
      .enum(["commission", "sales", "services_performed", "customers_served"])
      .default("commission"),
  })
  .strict()
  .superRefine((query, ctx) => {
    if (query.to < query.from) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: `to (${query.to}) must not be before from (${query.from})`,
      })
    } else if (Date.parse(query.to) - Date.parse(query.from) > 366 * 86_400_000) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: "a performance report covers at most one year",
      })
    }
  })
export type AdminGetStaffPerformanceParamsType = z.infer<typeof AdminGetStaffPerformanceParams>
