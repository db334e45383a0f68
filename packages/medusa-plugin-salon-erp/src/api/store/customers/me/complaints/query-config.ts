/** What a customer may see of their own complaints: no severity, assignee, SLA or staff notes. */
const storeComplaintFields = [
  "id",
  "display_id",
  "status",
  "channel",
  "subject",
  "description",
  "branch_id",
  "category_id",
  "appointment_id",
  "order_id",
  "staff_member_id",
  "first_responded_at",
  "resolved_at",
  "resolution_summary",
  "closed_at",
  "reopen_count",
  "resolution_rating",
  "resolution_comment",
  "rated_at",
  "created_at",
  "updated_at",
  "category.id",
  "category.code",
  "category.name",
  "branch.id",
  "branch.name",
  "remedies.id",
  "remedies.kind",
  "remedies.status",
  "remedies.description",
  "remedies.amount",
  "remedies.currency_code",
  "remedies.created_at",
]

/** `allowed` lists exact paths: internal fields and the timeline cannot be asked for. */
export const storeComplaintQueryConfig = {
  list: { defaults: storeComplaintFields, allowed: storeComplaintFields, isList: true },
  retrieve: { defaults: storeComplaintFields, allowed: storeComplaintFields, isList: false },
}

/** Timeline entries and attachments a customer sees (always filtered to `customer` visibility). */
export const storeTimelineFields = ["id", "type", "author_type", "body", "data", "created_at"]
export const storeAttachmentFields = [
  "id",
  "filename",
  "mime_type",
  "size_bytes",
  "url",
  "created_at",
]

const storeCategoryFields = ["id", "code", "name", "description"]
export const storeComplaintCategoryQueryConfig = {
  defaults: storeCategoryFields,
  allowed: [...storeCategoryFields, "rank"],
  isList: true,
}
