import { z } from "@medusajs/framework/zod"
import {
  CLIENT_SOURCES,
  CUSTOM_FIELD_KEY,
  GENDERS,
  SKIN_TYPES,
} from "../../../modules/client/lib/constants"
import { isCalendarDate } from "../../../modules/client/lib/custom-fields"
import {
  Id,
  Instant,
  OneOf,
  OptionalText,
  Pagination,
  ShortText,
  StorableJson,
  Text,
  TextList,
} from "../../utils/validators"

/** A list of ids of one kind, duplicates removed. */
const IdSet = (prefix: string, what: string, name: string, max: number) =>
  z
    .array(Id(prefix, what), { message: `${name} must be a list of ids` })
    .max(max, `${name} has at most ${max} entries`)
    .transform((list) => [...new Set(list)])

export const Birthday = z
  .string()
  .refine(isCalendarDate, { message: 'birthday must be a date as "YYYY-MM-DD", e.g. "1990-04-23"' })
  .refine(
    (value) => value <= new Date().toISOString().slice(0, 10),
    "birthday cannot be in the future"
  )

/** The profile fields a customer may edit about themselves (the store API accepts only these). */
export const CustomerEditableProfile = {
  gender: OneOf(GENDERS, "gender").nullish(),
  birthday: Birthday.nullish(),
  skin_type: OneOf(SKIN_TYPES, "skin_type").nullish(),
  skin_concerns: TextList("skin_concerns").optional(),
  allergies: TextList("allergies").optional(),
  contraindications: TextList("contraindications").optional(),
  preferred_staff_member_ids: IdSet(
    "stf",
    "a staff member",
    "preferred_staff_member_ids",
    10
  ).optional(),
  preferences_text: OptionalText("note", 2000),
  preferences: z
    .record(Text("name").max(60), Text("reason", { min: 0 }).max(500), {
      message: 'preferences must be an object of texts, e.g. { "music": "quiet" }',
    })
    .optional(),
  consent_version: OptionalText("code", 50),
}

export const AdminUpsertClientProfile = z
  .object({
    ...CustomerEditableProfile,
    health_notes: OptionalText("note", 5000),
    source: OneOf(CLIENT_SOURCES, "source").nullish(),
    home_branch_id: Id("brch", "a branch").nullish(),
    consent_given_at: Instant.nullish(),
    custom_fields: z
      .record(
        z
          .string()
          .regex(CUSTOM_FIELD_KEY, "custom field keys are lower snake_case, 2–40 characters"),
        StorableJson,
        { message: "custom_fields must be an object of values by field key" }
      )
      .optional(),
  })
  .strict()
export type AdminUpsertClientProfileType = z.infer<typeof AdminUpsertClientProfile>

export const AdminAssignCustomerTag = z
  .object({
    tag_id: Id("ctag", "a client tag"),
  })
  .strict()
export type AdminAssignCustomerTagType = z.infer<typeof AdminAssignCustomerTag>

export const AdminCreateTreatmentNote = z
  .object({
    appointment_id: Id("appt", "an appointment").nullish(),
    staff_member_id: Id("stf", "a staff member").nullish(),
    branch_id: Id("brch", "a branch").nullish(),
    services: TextList("services").optional(),
    products_used: TextList("products_used").optional(),
    notes: ShortText("note", 5000),
    photo_urls: z
      .array(
        z
          .url({ message: "photo_urls must be a list of URLs" })
          .max(2000, "a photo URL is at most 2000 characters")
      )
      .max(20, "photo_urls has at most 20 entries")
      .optional(),
  })
  .strict()
export type AdminCreateTreatmentNoteType = z.infer<typeof AdminCreateTreatmentNote>

/** Treatment notes and the health data access log, a page at a time. */
export const AdminGetPageParams = z.object(Pagination(200)).strict()

/** `GET /admin/customers/:id/data-export` takes no parameters. */
export const AdminGetCustomerDataExportParams = z.object({}).strict()

/** `POST /admin/customers/:id/erase`: the customer's email or id typed again, and why. */
export const AdminEraseCustomer = z
  .object({
    // The customer's email (up to 254 characters) or id, typed again.
    confirm: Text("name", { max: 254 }),
    reason: ShortText("reason", 500),
  })
  .strict()

export type AdminEraseCustomerType = z.infer<typeof AdminEraseCustomer>
