// The module stages these events in its outbox (in the transaction of each change), so their
// names and payloads live with it; re-exported here for the workflows and subscribers.
export {
  ServicePackageWorkflowEvents,
  type PackageEventData,
  type PackageMovementEventData,
  type ReservationEventData,
} from "../../modules/service-package/events"
