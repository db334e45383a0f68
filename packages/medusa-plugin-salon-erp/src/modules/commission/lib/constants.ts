/** Id prefixes, shared by the models and the repositories' raw inserts. */
export const COMMISSION_RULE_ID_PREFIX = "crul"
export const COMMISSION_ATTRIBUTION_ID_PREFIX = "catt"
export const COMMISSION_ENTRY_ID_PREFIX = "cent"
export const COMMISSION_PERIOD_ID_PREFIX = "cper"
export const COMMISSION_OUTBOX_ID_PREFIX = "cmob"
