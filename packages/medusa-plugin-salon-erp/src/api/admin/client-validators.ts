import { z } from "@medusajs/framework/zod"
import {
  CLIENT_SOURCES,
  CUSTOM_FIELD_KEY,
  CUSTOM_FIELD_TYPES,
  GENDERS,
  RFM_SEGMENTS,
  SKIN_TYPES,
  TAG_KINDS,
} from "../../modules/client/lib/constants"
import { TagRule } from "../../modules/client/lib/tag-rules"
import { isCalendarDate } from "../../modules/client/lib/custom-fields"
import {
  Id,
  IdList,
  Instant,
  StorableJson,
  Text as TextOf,
  type TextKind,
} from "../utils/validators"

const oneOf = <T extends readonly [string, ...string[]]>(values: T, name: string) =>
  z.enum(values, { message: `${name} must be one of: ${values.join(", ")}` })

/**
 * Non-blank text of a kind (no control characters, one line unless a note), at most `max`
 * characters; `validateBody` names the field in each 400.
 */
export const Text = (kind: TextKind, max: number) =>
  TextOf(kind).max(max, `must be at most ${max} characters`)

/** Optional free text of a kind: blank becomes null. */
const OptionalText = (kind: TextKind, max: number) =>
  TextOf(kind, { min: 0 })
    .max(max, `must be at most ${max} characters`)
    .transform((value) => value || null)
    .nullish()

/** A list of short texts (allergies, services…): trimmed, blanks dropped, duplicates removed. */
export const TextList = (name: string, max = 50) =>
  z
    .array(TextOf("name", { min: 0 }), { message: `${name} must be a list of texts` })
    .max(max, `${name} has at most ${max} entries`)
    .transform((list) => [...new Set(list.filter(Boolean))])

/** A list of ids of one kind, duplicates removed. */
const IdSet = (prefix: string, what: string, name: string, max: number) =>
  z
    .array(Id(prefix, what), { message: `${name} must be a list of ids` })
    .max(max, `${name} has at most ${max} entries`)
    .transform((list) => [...new Set(list)])

const Pagination = {
  limit: z.coerce.number().int().min(1).max(200, "limit is at most 200").default(50),
  offset: z.coerce.number().int().min(0).default(0),
}

export const Birthday = z
  .string()
  .refine(isCalendarDate, { message: 'birthday must be a date as "YYYY-MM-DD", e.g. "1990-04-23"' })
  .refine(
    (value) => value <= new Date().toISOString().slice(0, 10),
    "birthday cannot be in the future"
  )

/** The profile fields a customer may edit about themselves (the store API accepts only these). */
export const CustomerEditableProfile = {
  gender: oneOf(GENDERS, "gender").nullish(),
  birthday: Birthday.nullish(),
  skin_type: oneOf(SKIN_TYPES, "skin_type").nullish(),
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
    .record(TextOf("name").max(60), TextOf("reason", { min: 0 }).max(500), {
      message: 'preferences must be an object of texts, e.g. { "music": "quiet" }',
    })
    .optional(),
  consent_version: OptionalText("code", 50),
}

export const AdminUpsertClientProfile = z
  .object({
    ...CustomerEditableProfile,
    health_notes: OptionalText("note", 5000),
    source: oneOf(CLIENT_SOURCES, "source").nullish(),
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

export const AdminCreateCustomFieldDefinition = z
  .object({
    key: z.string().regex(CUSTOM_FIELD_KEY, {
      message:
        'key must be lower snake_case, 2–40 characters, starting with a letter, e.g. "preferred_pressure"',
    }),
    label: Text("name", 100),
    type: oneOf(CUSTOM_FIELD_TYPES, "type"),
    required: z.boolean().optional(),
    options: TextList("options", 100).optional(),
    is_active: z.boolean().optional(),
    rank: z.number().int().min(0).optional(),
  })
  .strict()
export type AdminCreateCustomFieldDefinitionType = z.infer<typeof AdminCreateCustomFieldDefinition>

export const AdminUpdateCustomFieldDefinition = AdminCreateCustomFieldDefinition.omit({ key: true })
  .partial()
  .strict()
export type AdminUpdateCustomFieldDefinitionType = z.infer<typeof AdminUpdateCustomFieldDefinition>

export const AdminGetCustomFieldDefinitionsParams = z
  .object({
    is_active: z.enum(["true", "false"]).optional(),
    ...Pagination,
  })
  .strict()

const Color = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'color must be a hex colour as "#RRGGBB", e.g. "#E11D48"')
  .nullish()

const ClientTagFields = z
  .object({
    name: Text("name", 60),
    color: Color,
    description: OptionalText("reason", 500),
    kind: oneOf(TAG_KINDS, "kind").optional(),
    rule: TagRule.optional(),
  })
  .strict()

/** A manual tag, or an automatic one with its `rule` (`rule.type` and its settings). */
export const AdminCreateClientTag = ClientTagFields.superRefine((tag, ctx) => {
  if (tag.kind === "automatic" && !tag.rule) {
    ctx.addIssue({ code: "custom", path: ["rule"], message: "an automatic tag needs a rule" })
  }
  if (tag.kind !== "automatic" && tag.rule) {
    ctx.addIssue({
      code: "custom",
      path: ["rule"],
      message: 'only automatic tags have a rule (send kind: "automatic")',
    })
  }
})
export type AdminCreateClientTagType = z.infer<typeof AdminCreateClientTag>

/** A tag's kind never changes; `rule` is for automatic tags only. */
export const AdminUpdateClientTag = ClientTagFields.omit({ kind: true }).partial().strict()
export type AdminUpdateClientTagType = z.infer<typeof AdminUpdateClientTag>

/** Recomputation takes no body. */
export const AdminRecomputeClientTags = z.object({}).strict()

export const AdminGetClientTagsParams = z
  .object({ q: TextOf("name", { min: 0 }).optional(), ...Pagination })
  .strict()

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
    notes: Text("note", 5000),
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

export const AdminGetPageParams = z.object(Pagination).strict()

/**
 * Custom field filters from the query string, `custom_fields[vip_level]=gold` (or
 * `custom_fields.vip_level=gold`): text values by definition key (a repeated parameter gives a
 * list), checked against the definitions by the route (`modules/client/lib/custom-field-filter.ts`).
 * Medusa words the 400 for a wrong shape itself, naming `custom_fields` and the key.
 */
const CustomFieldFilters = z.record(z.string(), z.union([z.string(), z.array(z.string())]))

export const AdminGetClientProfilesParams = z
  .object({
    q: TextOf("name", { min: 0 }).optional(),
    tag_id: IdList.pipe(z.array(Id("ctag", "a client tag"))).optional(),
    skin_type: IdList.optional(),
    gender: IdList.optional(),
    home_branch_id: IdList.pipe(z.array(Id("brch", "a branch"))).optional(),
    rfm_segment: IdList.refine(
      (segments) =>
        segments.every((segment) => (RFM_SEGMENTS as readonly string[]).includes(segment)),
      `rfm_segment must be one or several of: ${RFM_SEGMENTS.join(", ")}`
    ).optional(),
    custom_fields: CustomFieldFilters.optional(),
    ...Pagination,
  })
  .strict()
export type AdminGetClientProfilesParamsType = z.infer<typeof AdminGetClientProfilesParams>
