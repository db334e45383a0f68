// The module stages its events in its outbox, so their names and payloads live with it.
export {
  CommissionWorkflowEvents,
  type CommissionAttributionChangedData,
  type CommissionEntriesRecordedData,
  type CommissionPeriodClosedData,
} from "../../modules/commission/events"
