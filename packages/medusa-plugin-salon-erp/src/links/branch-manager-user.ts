import { defineLink } from "@medusajs/framework/utils"
import UserModule from "@medusajs/medusa/user"
import BookingModule from "../modules/booking"

/** The admin user who manages a branch: alerts and escalations go to them. */
export default defineLink(
  { linkable: BookingModule.linkable.branch, field: "manager_user_id" },
  UserModule.linkable.user,
  { readOnly: true }
)
