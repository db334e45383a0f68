import { defineOutboxEventModel } from "../../../lib/outbox/model"
import { OUTBOX_ID_PREFIX } from "../lib/constants"

export const STORED_VALUE_OUTBOX_TABLE = "stored_value_outbox_event"

/** Events of stored value operations, staged in each operation's own transaction. */
export const StoredValueOutboxEvent = defineOutboxEventModel(
  STORED_VALUE_OUTBOX_TABLE,
  OUTBOX_ID_PREFIX
)
