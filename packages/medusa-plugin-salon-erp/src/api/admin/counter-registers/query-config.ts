export const adminCounterRegisterFields = [
  "id",
  "branch_id",
  "name",
  "code",
  "currency_code",
  "is_active",
  "metadata",
  "created_at",
  "updated_at",
]

export const adminCounterRegisterQueryConfig = {
  list: { defaults: adminCounterRegisterFields, isList: true },
  retrieve: { defaults: adminCounterRegisterFields, isList: false },
}
