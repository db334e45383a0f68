import { defineOutboxEventModel } from "../../../lib/outbox/model"
import { OUTBOX_ID_PREFIX } from "../lib/constants"

export const COUNTER_OUTBOX_TABLE = "counter_outbox_event"

/** Events of registers, shifts and cash entries, staged in each change's own transaction. */
export const CounterOutboxEvent = defineOutboxEventModel(COUNTER_OUTBOX_TABLE, OUTBOX_ID_PREFIX)
