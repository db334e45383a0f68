import { defineOutboxEventModel } from "../../../lib/outbox"

export const BookingOutboxEvent = defineOutboxEventModel("booking_outbox_event", "bkob")
