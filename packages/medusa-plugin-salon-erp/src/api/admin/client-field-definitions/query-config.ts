export const CUSTOM_FIELD_DEFINITION_FIELDS = [
  "id",
  "key",
  "label",
  "type",
  "required",
  "options",
  "is_active",
  "rank",
  "created_at",
  "updated_at",
]
