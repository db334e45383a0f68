// The module stages its events in its outbox, so their names and payloads live with it.
export * from "../../modules/counter/events"
