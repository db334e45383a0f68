/** Id prefixes, shared by the models and the repositories' raw inserts. */
export const PACKAGE_TEMPLATE_ID_PREFIX = "pkgt"
export const PACKAGE_TEMPLATE_ITEM_ID_PREFIX = "pkti"
export const CUSTOMER_PACKAGE_ID_PREFIX = "cpkg"
export const CUSTOMER_PACKAGE_ITEM_ID_PREFIX = "cpki"
export const LEDGER_ENTRY_ID_PREFIX = "pkle"
export const OPERATION_ID_PREFIX = "pkop"
export const RESERVATION_ID_PREFIX = "pkrs"
export const SERVICE_PACKAGE_OUTBOX_ID_PREFIX = "spob"
