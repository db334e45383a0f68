/** Values the client profile's enumerated fields accept. */
export const GENDERS = ["female", "male", "other", "undisclosed"] as const
export const SKIN_TYPES = ["dry", "oily", "combination", "normal", "sensitive"] as const
export const CLIENT_SOURCES = [
  "walk_in",
  "referral",
  "social_media",
  "online",
  "advertising",
  "other",
] as const
export const CUSTOM_FIELD_TYPES = [
  "text",
  "number",
  "date",
  "select",
  "multi_select",
  "boolean",
] as const
export const TAG_KINDS = ["manual", "automatic"] as const
export const CUSTOMER_TAG_SOURCES = ["manual", "rule"] as const
export const HEALTH_ACCESS_ACTOR_TYPES = ["user", "customer"] as const
export const HEALTH_ACCESS_ACTIONS = ["view_profile", "view_notes", "export"] as const

/** A custom field key: lower snake_case, 2–40 characters, starting with a letter. */
export const CUSTOM_FIELD_KEY = /^[a-z][a-z0-9_]{1,39}$/

/**
 * Profile fields that hold health data: returned only on a single customer's profile (never by
 * list endpoints), and every staff read of them is recorded in `health_data_access`.
 */
export const HEALTH_FIELDS = [
  "skin_concerns",
  "allergies",
  "contraindications",
  "health_notes",
] as const

/** Profile fields only staff see and edit (the store API omits and refuses them). */
export const STAFF_ONLY_FIELDS = [
  "health_notes",
  "source",
  "home_branch_id",
  "custom_fields",
] as const

export type Gender = (typeof GENDERS)[number]
export type SkinType = (typeof SKIN_TYPES)[number]
export type ClientSource = (typeof CLIENT_SOURCES)[number]
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number]
export type TagKind = (typeof TAG_KINDS)[number]
export type CustomerTagSource = (typeof CUSTOMER_TAG_SOURCES)[number]
export type HealthAccessActorType = (typeof HEALTH_ACCESS_ACTOR_TYPES)[number]
export type HealthAccessAction = (typeof HEALTH_ACCESS_ACTIONS)[number]

/** Rule types of automatic tags (`client_tag.rule.type`). */
export const TAG_RULE_TYPES = [
  "high_value",
  "new_client",
  "dormant",
  "birthday_month",
  "churn_warning",
] as const
/** RFM segments, from the recency, frequency and monetary scores (1–5). */
export const RFM_SEGMENTS = [
  "champions",
  "loyal",
  "potential",
  "at_risk",
  "hibernating",
  "new",
] as const
export type TagRuleType = (typeof TAG_RULE_TYPES)[number]
export type RfmSegment = (typeof RFM_SEGMENTS)[number]

/**
 * Every profile field (health fields included): for single-profile reads and the customer data
 * export only, never for lists.
 */
export const CLIENT_PROFILE_FIELDS = [
  "id",
  "customer_id",
  "gender",
  "birthday",
  "skin_type",
  "skin_concerns",
  "allergies",
  "contraindications",
  "health_notes",
  "preferred_staff_member_ids",
  "preferences_text",
  "preferences",
  "source",
  "home_branch_id",
  "consent_version",
  "consent_given_at",
  "custom_fields",
  "erased_at",
  "created_at",
  "updated_at",
]
export const CLIENT_IMPORT_STATUSES = [
  "queued",
  "validating",
  "validated",
  "importing",
  "completed",
  "failed",
] as const
export const CLIENT_IMPORT_PHASES = ["check", "import"] as const
export const CLIENT_IMPORT_SEVERITIES = ["error", "warning"] as const

export const CLIENT_RFM_ID_PREFIX = "crfm"

/** Id prefixes of the read model the tag rules and RFM scores read (see docs/clients.md). */
export const CLIENT_CUSTOMER_FACT_ID_PREFIX = "ccusf"
export const CLIENT_VISIT_FACT_ID_PREFIX = "cvisf"
export const CLIENT_ORDER_FACT_ID_PREFIX = "cordf"

/** The service category a visit's service counts under when it has none. */
export const UNCATEGORIZED_SERVICE = "other"
