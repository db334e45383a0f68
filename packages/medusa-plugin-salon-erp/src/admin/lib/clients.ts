import type {
  ClientSource,
  CustomFieldDefinition,
  CustomFieldType,
  CustomFieldValue,
  Gender,
  HealthDataAccessAction,
  SkinType,
} from "../../types/clients/http"

export const GENDER_LABELS: Record<Gender, string> = {
  female: "Female",
  male: "Male",
  other: "Other",
  undisclosed: "Prefers not to say",
}

export const SKIN_TYPE_LABELS: Record<SkinType, string> = {
  dry: "Dry",
  oily: "Oily",
  combination: "Combination",
  normal: "Normal",
  sensitive: "Sensitive",
}

export const SOURCE_LABELS: Record<ClientSource, string> = {
  walk_in: "Walk-in",
  referral: "Referral",
  social_media: "Social media",
  online: "Online",
  advertising: "Advertising",
  other: "Other",
}

export const FIELD_TYPE_LABELS: Record<CustomFieldType, string> = {
  text: "Text",
  number: "Number",
  date: "Date",
  select: "Select",
  multi_select: "Multi-select",
  boolean: "Yes / no",
}

export const ACCESS_ACTION_LABELS: Record<HealthDataAccessAction, string> = {
  view_profile: "Viewed the profile",
  view_notes: "Viewed treatment notes",
  export: "Exported the data",
}

/** Whether a field type offers a fixed list of options. */
export const hasOptions = (type: CustomFieldType) => type === "select" || type === "multi_select"

/** Full years since a "YYYY-MM-DD" birthday, on the browser's today. */
export const ageOn = (birthday: string, today = new Date()) => {
  const [year, month, day] = birthday.split("-").map(Number)
  if (!year || !month || !day) return null
  let age = today.getFullYear() - year
  if (today.getMonth() + 1 < month || (today.getMonth() + 1 === month && today.getDate() < day)) {
    age -= 1
  }
  return age >= 0 ? age : null
}

const localDateFormatter = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
})
const instantFormatter = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
})

/** "14 Mar 1990" for a local date ("YYYY-MM-DD"), with no time zone shift. */
export const formatLocalDate = (date: string) => {
  const parsed = new Date(`${date}T00:00:00Z`)
  return Number.isNaN(parsed.getTime()) ? date : localDateFormatter.format(parsed)
}

/** "23 Nov 2026, 14:05" in the browser's zone. */
export const formatWhen = (iso: string) => instantFormatter.format(new Date(iso))

/** A stored custom field value as text, by its definition's type. */
export const formatCustomValue = (definition: CustomFieldDefinition, value: CustomFieldValue) => {
  if (value === null || value === undefined || value === "") return null
  if (Array.isArray(value)) return value.length ? value.join(", ") : null
  if (definition.type === "boolean") return value ? "Yes" : "No"
  if (definition.type === "date" && typeof value === "string") return formatLocalDate(value)
  return String(value)
}

/** Whether a form value counts as filled in (a required field needs one). */
export const isFilled = (value: CustomFieldValue | undefined) =>
  value !== null &&
  value !== undefined &&
  value !== "" &&
  !(Array.isArray(value) && value.length === 0)

/**
 * The definition a validation message is about: the API names the field by key or label.
 * The longest match wins, so "skin" does not capture a message about "skin_goal".
 */
export const definitionNamedIn = (message: string, definitions: CustomFieldDefinition[]) => {
  const text = message.toLowerCase()
  return (
    [...definitions]
      .sort((a, b) => b.key.length - a.key.length)
      .find(
        (definition) =>
          text.includes(definition.key.toLowerCase()) ||
          text.includes(definition.label.toLowerCase())
      ) ?? null
  )
}
