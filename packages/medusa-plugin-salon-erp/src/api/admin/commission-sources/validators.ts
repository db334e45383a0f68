import { z } from "@medusajs/framework/zod"
import { COMMISSION_SOURCE_TYPES } from "../../../lib/commission/earning-lines"
import { Text } from "../../utils/validators"

/** A source of commissions: an order, an appointment … by its type and id. */
export const CommissionSource = {
  source_type: z.enum(COMMISSION_SOURCE_TYPES),
  source_id: Text("key"),
}

export const AdminSyncCommissionSource = z.object(CommissionSource).strict()
export type AdminSyncCommissionSourceType = z.infer<typeof AdminSyncCommissionSource>
