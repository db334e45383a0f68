import { z } from "@medusajs/framework/zod"
import { BranchId, StaffMemberId } from "../../utils/validators"
import { Period } from "../commission-entries/validators"

export const AdminGetCommissionStatementsParams = z
  .object({
    period: Period,
    staff_member_id: StaffMemberId.optional(),
    branch_id: BranchId.optional(),
  })
  .strict()
export type AdminGetCommissionStatementsParamsType = z.infer<
  typeof AdminGetCommissionStatementsParams
>
