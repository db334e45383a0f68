import { queryKeysFactory } from "../../lib/query-key-factory"
import type {
  RechargePlanListParams,
  StoredValueAccountListParams,
  StoredValueEntryListParams,
} from "../../../types/stored-value/http"

// Stored value keys, in their own module so other capabilities (packages, commissions) can
// invalidate balances and the ledger when they move value.
export const storedValueAccountQueryKeys = queryKeysFactory<
  "stored_value_account",
  StoredValueAccountListParams
>("stored_value_account")
export const storedValueEntryQueryKeys = queryKeysFactory<
  "stored_value_entry",
  StoredValueEntryListParams
>("stored_value_entry")
export const storedValueReconciliationQueryKeys = queryKeysFactory("stored_value_reconciliation")
export const rechargePlanQueryKeys = queryKeysFactory<"recharge_plan", RechargePlanListParams>(
  "recharge_plan"
)

/** Everything a value-moving call changes: balances, bonus lots, the ledger and its proof. */
export const storedValueMovementKeys = [
  storedValueAccountQueryKeys.all,
  storedValueEntryQueryKeys.all,
  storedValueReconciliationQueryKeys.all,
] as const
