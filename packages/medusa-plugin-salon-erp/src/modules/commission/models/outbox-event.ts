import { defineOutboxEventModel } from "../../../lib/outbox/model"
import { COMMISSION_OUTBOX_TABLE } from "../events"
import { COMMISSION_OUTBOX_ID_PREFIX } from "../lib/constants"

/** The module's outbox: commission events written in the transaction of the change they report. */
export const CommissionOutboxEvent = defineOutboxEventModel(
  COMMISSION_OUTBOX_TABLE,
  COMMISSION_OUTBOX_ID_PREFIX
)
