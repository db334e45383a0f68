import { defineLink } from "@medusajs/framework/utils"
import UserModule from "@medusajs/medusa/user"
import FeedbackModule from "../modules/feedback"

/** The admin user responsible for a complaint. */
export default defineLink(
  { linkable: FeedbackModule.linkable.complaint, field: "assignee_user_id" },
  UserModule.linkable.user,
  { readOnly: true }
)
