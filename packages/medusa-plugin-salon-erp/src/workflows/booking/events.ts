// The booking module stages these events itself (in its outbox), so they live with the module.
export {
  BookingWorkflowEvents,
  type AppointmentEventItem,
  type AppointmentEventData,
} from "../../modules/booking/events"
