export const storedValueAccountFields = [
  "id",
  "customer_id",
  "currency_code",
  "principal_balance",
  "bonus_balance",
  "status",
  "closed_at",
  "closed_reason",
  "closed_by",
  "created_at",
  "updated_at",
]

export const adminStoredValueAccountFields = [
  ...storedValueAccountFields,
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  "bonus_lots.id",
  "bonus_lots.amount",
  "bonus_lots.expires_at",
  "bonus_lots.expired_at",
  "bonus_lots.expired_amount",
  "bonus_lots.created_at",
]

export const storedValueEntryFields = [
  "id",
  "sequence",
  "type",
  "principal_amount",
  "bonus_amount",
  "principal_balance_after",
  "bonus_balance_after",
  "currency_code",
  "customer_id",
  "branch_id",
  "staff_member_id",
  "reference_type",
  "reference_id",
  "payment_method",
  "reason",
  "created_by",
  "reverses_entry_id",
  "operation_id",
  "account_id",
  "created_at",
]

export const adminStoredValueQueryConfig = {
  accounts: { defaults: adminStoredValueAccountFields, isList: true },
  account: { defaults: adminStoredValueAccountFields, isList: false },
  // The money has moved before the answer is read: fields outside this list are dropped, so a
  // bad `fields` can never turn a committed movement into an error.
  movement: {
    defaults: storedValueAccountFields,
    allowed: [
      ...adminStoredValueAccountFields,
      "customer",
      "customer.*",
      "bonus_lots",
      "bonus_lots.*",
    ],
    isList: false,
  },
  entries: { defaults: storedValueEntryFields, isList: true },
}
