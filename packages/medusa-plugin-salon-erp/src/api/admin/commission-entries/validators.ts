import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { PERIOD_PATTERN } from "../../../modules/commission/lib/periods"
import { COMMISSION_SOURCE_TYPES } from "../../../lib/commission/earning-lines"
import { BranchId, Id, IdList, Instant, StaffMemberId, Text } from "../../utils/validators"

/** A commission period: a month. */
export const Period = z.string().regex(PERIOD_PATTERN, 'Use a month as "YYYY-MM", e.g. "2026-11"')

const EntryFilters = {
  period: Period.optional(),
  staff_member_id: IdList.pipe(z.array(StaffMemberId)).optional(),
  branch_id: IdList.pipe(z.array(BranchId)).optional(),
  kind: IdList.optional(),
  source_type: z.enum(COMMISSION_SOURCE_TYPES).optional(),
  source_id: Text("key").optional(),
  customer_id: Id("cus", "a customer").optional(),
  occurred_from: Instant.optional(),
  occurred_to: Instant.optional(),
}

export const AdminGetCommissionEntriesParams = createFindParams({ limit: 50, offset: 0 }).merge(
  z.object(EntryFilters)
)
export type AdminGetCommissionEntriesParamsType = z.infer<typeof AdminGetCommissionEntriesParams>

export const AdminExportCommissionEntriesParams = z.object(EntryFilters).strict()
export type AdminExportCommissionEntriesParamsType = z.infer<
  typeof AdminExportCommissionEntriesParams
>
