/** The module's key in the container. */
export const COUNTER_MODULE_KEY = "counter"

export const SHIFT_STATUSES = ["open", "closed"] as const

/** Kinds of drawer movements; `sale` (cash kept, after change) and `refund` come from sales. */
export const CASH_ENTRY_KINDS = [
  "opening_float",
  "paid_in",
  "paid_out",
  "correction",
  "sale",
  "refund",
] as const

/** Movements an admin records on an open shift. */
export const MANUAL_CASH_ENTRY_KINDS = ["paid_in", "paid_out"] as const

/** Non-cash tenders whose totals are counted at close (cash is `counted_cash`). */
export const COUNTED_TENDER_KINDS = ["card", "wechat_pay", "alipay", "bank_transfer"] as const

/** Longest reason of a cash entry or correction, in characters. */
export const CASH_ENTRY_REASON_MAX = 500

/** Id prefixes, shared by the models and the repositories' raw inserts. */
export const REGISTER_ID_PREFIX = "creg"
export const SHIFT_ID_PREFIX = "cshf"
export const CASH_ENTRY_ID_PREFIX = "ccsh"
export const OUTBOX_ID_PREFIX = "cnob"

/** The partial unique index that allows one open shift per register. */
export const OPEN_SHIFT_INDEX = "IDX_counter_shift_one_open_per_register"

export const SALE_ID_PREFIX = "csal"
export const SALE_LINE_ID_PREFIX = "csln"
export const TENDER_ID_PREFIX = "ctnd"
export const REFUND_ID_PREFIX = "crfn"

/** A claimed sale or refund is `submitting` until its workflow finishes. */
export const SALE_STATUSES = ["submitting", "completed", "failed"] as const

/** Where the sale happened: at a register, or an online order recorded for the reports. */
export const SALE_CHANNELS = ["counter", "online"] as const

export const SALE_LINE_TYPES = ["service", "product", "package", "top_up", "tip"] as const

/** Money tenders. Package sessions are not money: a service line covered by one costs zero. */
export const TENDER_KINDS = [
  "cash",
  "card",
  "wechat_pay",
  "alipay",
  "bank_transfer",
  "stored_value",
] as const

export const REFUND_KINDS = ["refund", "void"] as const
