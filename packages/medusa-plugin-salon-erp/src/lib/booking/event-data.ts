export { type WorkflowActor, appointmentEventData } from "../../modules/booking/events"
