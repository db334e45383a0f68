import { defineOutboxEventModel } from "../../../lib/outbox"

export const ClientOutboxEvent = defineOutboxEventModel("client_outbox_event", "clob")
