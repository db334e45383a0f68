/** Enum values of the service package models (kept apart so models can import them without cycles). */
export const BRANCH_SCOPES = ["all_branches", "selling_branch"] as const
export const ALLOCATION_METHODS = ["list_price", "equal", "fixed"] as const
export const PACKAGE_STATUSES = ["active", "frozen", "expired", "refunded", "canceled"] as const
export const PACKAGE_SOURCES = ["online", "counter", "transfer", "migration"] as const
export const LEDGER_ENTRY_TYPES = [
  "issue",
  "redeem",
  "forfeit",
  "reverse",
  "expire",
  "refund",
  "adjust",
  "transfer_out",
  "transfer_in",
  /** Sessions carried over from the salon's previous system (client import). */
  "migration",
] as const
export const AUTHOR_TYPES = ["user", "customer", "system"] as const
export const OPERATION_TYPES = [
  "sell",
  "redeem",
  "forfeit",
  "reverse",
  "adjust",
  "expire",
  "refund",
  "transfer",
  "void",
  "freeze",
  "unfreeze",
  "extend",
  "migrate",
] as const
export const RESERVATION_STATUSES = ["reserved", "redeemed", "released", "forfeited"] as const
