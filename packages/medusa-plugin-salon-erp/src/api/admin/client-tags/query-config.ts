export const CLIENT_TAG_FIELDS = [
  "id",
  "name",
  "color",
  "description",
  "kind",
  "rule",
  "created_at",
  "updated_at",
]
