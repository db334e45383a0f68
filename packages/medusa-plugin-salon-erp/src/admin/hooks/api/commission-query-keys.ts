import type {
  CommissionEntryListParams,
  CommissionRuleListParams,
  CommissionStatementParams,
  StaffPerformanceParams,
} from "../../../types/commissions/http"
import { queryKeysFactory } from "../../lib/query-key-factory"

// Commission keys, in their own module so other capabilities can refresh commissions when
// they record what earns them (a completed appointment, a sale, a refund).
export const commissionRuleQueryKeys = queryKeysFactory<
  "commission_rule",
  CommissionRuleListParams
>("commission_rule")
export const commissionEntryQueryKeys = queryKeysFactory<
  "commission_entry",
  CommissionEntryListParams
>("commission_entry")
export const commissionStatementQueryKeys = queryKeysFactory<
  "commission_statement",
  CommissionStatementParams
>("commission_statement")
export const commissionPeriodQueryKeys = queryKeysFactory("commission_period")
/** Per source: `detail("order:order_123")`. */
export const commissionAttributionQueryKeys = queryKeysFactory("commission_attribution")
export const staffPerformanceQueryKeys = queryKeysFactory<
  "staff_performance",
  StaffPerformanceParams
>("staff_performance")

/** Everything that changes when commissions are recorded again or a month closes. */
export const commissionEarningKeys = [
  commissionEntryQueryKeys.all,
  commissionStatementQueryKeys.all,
  commissionPeriodQueryKeys.all,
  commissionAttributionQueryKeys.all,
  staffPerformanceQueryKeys.all,
] as const
