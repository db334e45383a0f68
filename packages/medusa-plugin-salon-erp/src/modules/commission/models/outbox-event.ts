import { defineOutboxEventModel } from "../../../lib/outbox/model"
import { COMMISSION_OUTBOX_ID_PREFIX, COMMISSION_OUTBOX_TABLE } from "../events"

/** The module's outbox: commission events written in the transaction of the change they report. */
export const CommissionOutboxEvent = defineOutboxEventModel(
  COMMISSION_OUTBOX_TABLE,
  COMMISSION_OUTBOX_ID_PREFIX
)
