/** What a member sees of their own ledger: no staff notes, who keyed it in or how the desk was paid. */
export const storeStoredValueEntryFields = [
  "id",
  "type",
  "principal_amount",
  "bonus_amount",
  "principal_balance_after",
  "bonus_balance_after",
  "currency_code",
  "branch_id",
  "reference_type",
  "reference_id",
  "created_at",
]

export const storeStoredValueEntryQueryConfig = {
  defaults: storeStoredValueEntryFields,
  allowed: storeStoredValueEntryFields,
  isList: true,
}
