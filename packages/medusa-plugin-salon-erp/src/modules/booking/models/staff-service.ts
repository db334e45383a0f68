import { model } from "@medusajs/framework/utils"
import { STAFF_SERVICE_ID_PREFIX } from "../lib/constants"
import { SalonService } from "./salon-service"
import { StaffMember } from "./staff-member"

/** A service a staff member is qualified to perform. */
export const StaffService = model
  .define("staff_service", {
    id: model.id({ prefix: STAFF_SERVICE_ID_PREFIX }).primaryKey(),
    staff_member: model.belongsTo(() => StaffMember, { mappedBy: "staff_services" }),
    salon_service: model.belongsTo(() => SalonService, { mappedBy: "staff_services" }),
  })
  .indexes([{ on: ["staff_member_id", "salon_service_id"], unique: true }])
