/** Id prefixes, shared by the models and the repositories' raw inserts. */
export const ACCOUNT_ID_PREFIX = "sva"
export const OPERATION_ID_PREFIX = "svop"
export const ENTRY_ID_PREFIX = "sve"
export const BONUS_LOT_ID_PREFIX = "svbl"
export const HOLD_ID_PREFIX = "svh"
export const RECHARGE_PLAN_ID_PREFIX = "svrp"
export const OUTBOX_ID_PREFIX = "svob"

/** Operation kinds a reversal may undo. */
export const REVERSIBLE_KINDS = ["top_up", "spend", "refund", "adjustment", "migration"] as const
