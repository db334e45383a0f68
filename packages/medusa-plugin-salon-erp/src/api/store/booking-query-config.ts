import { appointmentBaseFields } from "../admin/appointments/query-config"

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

const storeBranchFields = [
  "id",
  "name",
  "code",
  "timezone",
  "phone",
  "email",
  "address",
  "opening_hours.weekday",
  "opening_hours.opens_at",
  "opening_hours.closes_at",
  "closures.starts_on",
  "closures.ends_on",
  "closures.reason",
]

/** Public branch details; `allowed` lists exact paths, so nothing else can be requested. */
export const storeBranchQueryConfig = {
  defaults: storeBranchFields,
  allowed: storeBranchFields,
  isList: true,
}

const storeSalonServiceFields = [
  "id",
  "name",
  "description",
  "category",
  "variant_id",
  "duration_minutes",
  "processing_minutes",
  "revisit_interval_days",
  "room_type",
  "product_variant.id",
  "product_variant.product_id",
  "product_variant.prices.amount",
  "product_variant.prices.currency_code",
]

export const storeSalonServiceQueryConfig = {
  defaults: storeSalonServiceFields,
  allowed: [...storeSalonServiceFields, "buffer_after_minutes"],
  isList: true,
}

const storeStaffMemberFields = ["id", "name", "level", "color", "bio"]

export const storeStaffMemberQueryConfig = {
  defaults: storeStaffMemberFields,
  allowed: storeStaffMemberFields,
  isList: true,
}
