import { defineLink } from "@medusajs/framework/utils"
import UserModule from "@medusajs/medusa/user"
import FeedbackModule from "../modules/feedback"

/** The admin user who makes the follow-up call. */
export default defineLink(
  { linkable: FeedbackModule.linkable.followUpVisit, field: "assignee_user_id" },
  UserModule.linkable.user,
  { readOnly: true }
)
