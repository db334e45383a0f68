/** Events of client imports; `{ id }` of the import. Documented in docs/client-profiles.md. */
export const CLIENT_IMPORT_EVENTS = {
  CREATED: "client_import.created",
  RUN_REQUESTED: "client_import.run_requested",
  VALIDATED: "client_import.validated",
  COMPLETED: "client_import.completed",
  FAILED: "client_import.failed",
} as const

/** A customer's personal data was erased; `{ customer_id }`. */
export const CLIENT_ERASED_EVENT = "client.erased"
