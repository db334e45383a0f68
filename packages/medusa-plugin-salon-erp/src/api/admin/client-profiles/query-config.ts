/** Profile fields a list may carry: never a health field. */
export const CLIENT_PROFILE_LIST_FIELDS = [
  "id",
  "customer_id",
  "gender",
  "birthday",
  "skin_type",
  "source",
  "home_branch_id",
  "customer.id",
  "customer.first_name",
  "customer.last_name",
  "customer.email",
  "customer.phone",
]
