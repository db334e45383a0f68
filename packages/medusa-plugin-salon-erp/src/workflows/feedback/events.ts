// The module writes these events to its outbox, so it owns their names and payloads.
export * from "../../modules/feedback/events"
