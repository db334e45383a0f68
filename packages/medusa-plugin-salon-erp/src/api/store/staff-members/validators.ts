import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { BranchId, SalonServiceId } from "../../admin/appointments/validators"

export const StoreGetStaffMembersParams = createFindParams({
  limit: 100,
  offset: 0,
  order: "name",
}).extend({
  branch_id: BranchId.optional(),
  salon_service_id: SalonServiceId.optional(),
})
