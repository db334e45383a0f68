import { defineOutboxEventModel } from "../../../lib/outbox"
import { OUTBOX_ID_PREFIX } from "../lib/constants"

export const BOOKING_OUTBOX_TABLE = "booking_outbox_event"

export const BookingOutboxEvent = defineOutboxEventModel(BOOKING_OUTBOX_TABLE, OUTBOX_ID_PREFIX)
