export const complaintCategoryFields = [
  "id",
  "code",
  "name",
  "description",
  "default_severity",
  "rank",
  "is_active",
  "created_at",
  "updated_at",
]

export const adminComplaintCategoryQueryConfig = {
  list: { defaults: complaintCategoryFields, isList: true },
  retrieve: { defaults: complaintCategoryFields, isList: false },
}
