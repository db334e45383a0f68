import { defineLink } from "@medusajs/framework/utils"
import UserModule from "@medusajs/medusa/user"
import ClientModule from "../modules/client"

/** The admin user who read a customer's health data (none when the customer read their own). */
export default defineLink(
  { linkable: ClientModule.linkable.healthDataAccess, field: "actor_id" },
  UserModule.linkable.user,
  { readOnly: true }
)
