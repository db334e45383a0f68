export { storedValueEventData } from "../../modules/stored-value/events"
