export const adminCounterShiftFields = [
  "id",
  "register_id",
  "branch_id",
  "currency_code",
  "status",
  "opened_by",
  "opened_at",
  "opening_float",
  "closed_by",
  "closed_at",
  "counted_cash",
  "expected_cash",
  "cash_difference",
  "counted_tenders",
  "closing_note",
  "created_at",
  "updated_at",
]

export const adminCounterCashEntryFields = [
  "id",
  "shift_id",
  "kind",
  "amount",
  "reason",
  "created_by",
  "created_at",
]

export const adminCounterShiftQueryConfig = {
  list: { defaults: adminCounterShiftFields, isList: true },
}
