export { CommissionRule, COMMISSION_KINDS, RULE_TARGET_TYPES } from "./commission-rule"
export { CommissionAttribution } from "./commission-attribution"
export { CommissionEntry } from "./commission-entry"
export { CommissionPeriod } from "./commission-period"
