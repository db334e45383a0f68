import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { BranchId } from "../../admin/appointments/validators"
import { Text } from "../../utils/validators"

export const StoreGetSalonServicesParams = createFindParams({
  limit: 100,
  offset: 0,
  order: "name",
}).extend({
  q: Text("name", { min: 0 }).optional(),
  category: Text("name").optional(),
  /** Only services someone performs at this branch. */
  branch_id: BranchId.optional(),
})
