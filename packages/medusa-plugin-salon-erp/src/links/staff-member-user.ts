import { defineLink } from "@medusajs/framework/utils"
import UserModule from "@medusajs/medusa/user"
import BookingModule from "../modules/booking"

/** The admin login of a staff member, if they have one. */
export default defineLink(
  { linkable: BookingModule.linkable.staffMember, field: "user_id" },
  UserModule.linkable.user,
  { readOnly: true }
)
