// The payload builder lives in the module, which stages complaint events in its outbox.
export { complaintEventData } from "../../modules/feedback/events"
