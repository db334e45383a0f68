import type {
  ClientSource,
  CustomFieldType,
  Gender,
  HealthAccessAction,
  HealthAccessActorType,
  SkinType,
  TagKind,
} from "../../modules/client/lib/constants"
import type { TagRuleType } from "../../modules/client/lib/tag-rules"

/** Profile fields a write may set (each optional; null clears a nullable one). */
export type ClientProfileFields = {
  gender?: Gender | null
  birthday?: string | null
  skin_type?: SkinType | null
  skin_concerns?: string[]
  allergies?: string[]
  contraindications?: string[]
  health_notes?: string | null
  preferred_staff_member_ids?: string[]
  preferences_text?: string | null
  preferences?: Record<string, string>
  source?: ClientSource | null
  home_branch_id?: string | null
  consent_version?: string | null
  consent_given_at?: string | Date | null
  custom_fields?: Record<string, unknown>
}

export type UpsertClientProfileInput = ClientProfileFields & { customer_id: string }

export type CustomFieldDefinitionInput = {
  key: string
  label: string
  type: CustomFieldType
  required?: boolean
  options?: string[]
  is_active?: boolean
  rank?: number
}

export type UpdateCustomFieldDefinitionInput = { id: string } & Partial<
  Omit<CustomFieldDefinitionInput, "key">
>

export type ClientTagInput = {
  name: string
  color?: string | null
  description?: string | null
  /** `manual` when absent; an automatic tag carries its `rule`. */
  kind?: TagKind
  rule?: TagRuleType
}

export type UpdateClientTagInput = { id: string } & Partial<Omit<ClientTagInput, "kind">>

export type CustomerTagInput = { customer_id: string; tag_id: string; assigned_by?: string | null }

export type CreateTreatmentNoteInput = {
  customer_id: string
  appointment_id?: string | null
  staff_member_id?: string | null
  branch_id?: string | null
  services?: string[]
  products_used?: string[]
  notes: string
  photo_urls?: string[]
  created_by?: string | null
}

export type RecordHealthDataAccessInput = {
  customer_id: string
  actor_id: string
  actor_type: HealthAccessActorType
  action: HealthAccessAction
}

export type EraseCustomerInput = {
  customer_id: string
  /** The customer's email or id, typed by the admin to confirm. */
  confirm: string
  reason: string
  /** The admin user erasing. */
  actor_id: string
}
