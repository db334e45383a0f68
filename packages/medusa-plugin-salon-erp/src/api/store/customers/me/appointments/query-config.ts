import { appointmentBaseFields } from "../../../../admin/appointments/query-config"

/** What a customer may see of their own appointments: no staff notes, no audit fields. */
const storeAppointmentDisallowed = [
  "internal_note",
  "created_by",
  "idempotency_key",
  "metadata",
  "customer",
  "order",
  "email",
  "phone",
  "user_id",
]

export const storeAppointmentQueryConfig = {
  list: { defaults: appointmentBaseFields, isList: true, disallowed: storeAppointmentDisallowed },
  retrieve: {
    defaults: appointmentBaseFields,
    isList: false,
    disallowed: storeAppointmentDisallowed,
  },
}
