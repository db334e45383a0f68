import { defineOutboxEventModel } from "../../../lib/outbox"
import { FEEDBACK_OUTBOX_TABLE } from "../events"
import { FEEDBACK_OUTBOX_ID_PREFIX } from "../lib/constants"

/** The feedback module's outbox: its events commit with the change they report. */
export const FeedbackOutboxEvent = defineOutboxEventModel(
  FEEDBACK_OUTBOX_TABLE,
  FEEDBACK_OUTBOX_ID_PREFIX
)
