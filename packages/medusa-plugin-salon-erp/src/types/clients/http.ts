/** Types of the client profile API (`/admin/client-*`, `/admin/customers/:id/…`). */

export type Gender = "female" | "male" | "other" | "undisclosed"
export type SkinType = "dry" | "oily" | "combination" | "normal" | "sensitive"
export type ClientSource =
  "walk_in" | "referral" | "social_media" | "online" | "advertising" | "other"
export type CustomFieldType = "text" | "number" | "date" | "select" | "multi_select" | "boolean"
export type CustomFieldValue = string | number | boolean | string[] | null

type ListResponse = { count: number; offset?: number; limit?: number }

export type DeleteResponse = { id: string; object: string; deleted: true }

// ----------------------------------------------------------------- custom fields

export type CustomFieldDefinition = {
  id: string
  key: string
  label: string
  type: CustomFieldType
  required: boolean
  /** Choices of a select or multi-select field. */
  options: string[] | null
  is_active: boolean
  rank: number
}

export type CustomFieldDefinitionListParams = {
  is_active?: boolean
  limit?: number
  offset?: number
}
export type CustomFieldDefinitionListResponse = ListResponse & {
  client_field_definitions: CustomFieldDefinition[]
}
export type CustomFieldDefinitionResponse = { client_field_definition: CustomFieldDefinition }

export type CreateCustomFieldDefinitionPayload = {
  key: string
  label: string
  type: CustomFieldType
  required?: boolean
  options?: string[]
  is_active?: boolean
  rank?: number
}
/** The key is fixed; changing `type` is refused (409) once values are stored. */
export type UpdateCustomFieldDefinitionPayload = Partial<
  Omit<CreateCustomFieldDefinitionPayload, "key">
>

/** `deleted: false` when customers hold values: the definition was deactivated instead. */
export type DeleteCustomFieldDefinitionResponse = {
  id: string
  object: "client_field_definition"
  deleted: boolean
}

// ------------------------------------------------------------------------ tags

export type ClientTagKind = "manual" | "automatic"

export type ClientTag = {
  id: string
  name: string
  color: string | null
  description: string | null
  kind: ClientTagKind
  customer_count: number
}

export type ClientTagListParams = { q?: string; limit?: number; offset?: number }
export type ClientTagListResponse = ListResponse & { client_tags: ClientTag[] }
export type ClientTagResponse = { client_tag: ClientTag }
export type ClientTagPayload = {
  name?: string
  color?: string | null
  description?: string | null
}

/** A tag on one customer: assigned by hand or by a rule. */
export type CustomerTag = {
  id: string
  name: string
  color: string | null
  source: "manual" | "rule"
}
export type CustomerTagsResponse = { tags: CustomerTag[] }

// --------------------------------------------------------------------- profile

export type ClientProfile = {
  /** Null until the profile is first saved: every field then holds its empty value. */
  id: string | null
  customer_id: string
  gender: Gender | null
  /** "YYYY-MM-DD". */
  birthday: string | null
  skin_type: SkinType | null
  // Health data: every read is recorded in the access log.
  skin_concerns: string[]
  allergies: string[]
  contraindications: string[]
  health_notes: string | null
  preferred_staff_member_ids: string[]
  preferences_text: string | null
  preferences: Record<string, string> | null
  source: ClientSource | null
  home_branch_id: string | null
  consent_version: string | null
  consent_given_at: string | null
  custom_fields: Record<string, CustomFieldValue> | null
  /** When the customer was erased (absent on a profile not written yet). */
  erased_at?: string | null
  /** Null on a profile not written yet. */
  created_at: string | null
  updated_at: string | null
  tags: CustomerTag[]
  /** The active definitions, to render and edit `custom_fields`. */
  custom_field_definitions: CustomFieldDefinition[]
}

export type ClientProfileResponse = { client_profile: ClientProfile }

/** The stored fields of a profile, without its tags and the field definitions. */
export type ClientProfileFields = Omit<ClientProfile, "tags" | "custom_field_definitions">

/** Fields a customer never sees of her own profile (`STAFF_ONLY_FIELDS`). */
export type StaffOnlyProfileField = "health_notes" | "source" | "home_branch_id" | "custom_fields"
/** The profile as its customer reads it: no staff-only fields, tags or definitions. */
export type StoreClientProfile = Omit<ClientProfileFields, StaffOnlyProfileField>
export type StoreClientProfileResponse = { client_profile: StoreClientProfile }

export type ClientProfilePayload = Partial<
  Omit<ClientProfile, "id" | "customer_id" | "tags" | "custom_field_definitions">
>

// ------------------------------------------------------------- treatment notes

export type TreatmentNote = {
  id: string
  customer_id: string
  appointment_id: string | null
  staff_member_id: string | null
  branch_id: string | null
  services: string[]
  products_used: string[]
  notes: string
  photo_urls: string[]
  created_by: string | null
  created_at: string
  staff_member: { id: string; name: string } | null
  branch: { id: string; name: string } | null
}

export type TreatmentNoteListParams = { limit?: number; offset?: number }
export type TreatmentNoteListResponse = ListResponse & { treatment_notes: TreatmentNote[] }
export type TreatmentNoteResponse = { treatment_note: TreatmentNote }
export type CreateTreatmentNotePayload = {
  appointment_id?: string
  staff_member_id?: string
  branch_id?: string
  services?: string[]
  products_used?: string[]
  notes: string
  photo_urls?: string[]
}

// ------------------------------------------------------------------ access log

export type HealthDataAccessAction = "view_profile" | "view_notes" | "export"

export type HealthDataAccess = {
  id: string
  actor_id: string
  actor_type: "user" | "customer"
  actor: { email: string } | null
  action: HealthDataAccessAction
  created_at: string
}

export type HealthDataAccessListParams = { limit?: number; offset?: number }
export type HealthDataAccessListResponse = ListResponse & { health_data_access: HealthDataAccess[] }

// ---------------------------------------------------------------- client list

export type ClientProfileListParams = {
  q?: string
  tag_id?: string
  skin_type?: SkinType
  home_branch_id?: string
  gender?: Gender
  /** Values by custom field key (`custom_fields[key]=value`); a client must match all of them. */
  custom_fields?: Record<string, string>
  limit?: number
  offset?: number
}

/** A profile in a list: never any health field. */
export type ClientProfileSummary = {
  customer_id: string
  customer: {
    id: string
    first_name: string | null
    last_name: string | null
    email: string
    phone: string | null
  } | null
  gender: Gender | null
  birthday: string | null
  skin_type: SkinType | null
  source: ClientSource | null
  home_branch_id: string | null
  tags: CustomerTag[]
}

export type ClientProfileListResponse = ListResponse & { client_profiles: ClientProfileSummary[] }

// ------------------------------------------------------------------- privacy

export type EraseCustomerPayload = { confirm: string; reason: string }
export type EraseCustomerResponse = {
  id: string
  object: "customer"
  erased: true
  erased_at: string
}

// -------------------------------------------------------------- read model

/** What the rebuild found, per kind of fact: rows added, changed, deleted and already right. */
export type ClientFactsCounts = {
  inserted: number
  updated: number
  deleted: number
  unchanged: number
}
export type ClientFactsReport = {
  customers: ClientFactsCounts
  visits: ClientFactsCounts
  orders: ClientFactsCounts
  /** True when the read model already matched its sources (nothing added, changed or deleted). */
  matched: boolean
}
export type RebuildClientFactsResponse = { client_facts: ClientFactsReport }

/** What a recomputation changed per automatic tag. */
export type AutomaticTagCounts = { id: string; name: string; added: number; removed: number }
export type RecomputeClientTagsResponse = { tags: AutomaticTagCounts[]; rfm_updated: number }
