import { model } from "@medusajs/framework/utils"
import { STAFF_BRANCH_ID_PREFIX } from "../lib/constants"
import { Branch } from "./branch"
import { StaffMember } from "./staff-member"

/** A branch a staff member works at. */
export const StaffBranch = model
  .define("staff_branch", {
    id: model.id({ prefix: STAFF_BRANCH_ID_PREFIX }).primaryKey(),
    staff_member: model.belongsTo(() => StaffMember, { mappedBy: "staff_branches" }),
    branch: model.belongsTo(() => Branch, { mappedBy: "staff_branches" }),
  })
  .indexes([{ on: ["staff_member_id", "branch_id"], unique: true }])
