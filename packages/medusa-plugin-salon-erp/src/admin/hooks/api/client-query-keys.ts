import type {
  ClientProfileListParams,
  ClientTagListParams,
  CustomFieldDefinitionListParams,
  HealthDataAccessListParams,
  TreatmentNoteListParams,
} from "../../../types/clients/http"
import { queryKeysFactory } from "../../lib/query-key-factory"

// Client profile keys, in their own module so other capabilities can invalidate them.
/** One customer's profile: `detail(customerId)`. */
export const clientProfileQueryKeys = queryKeysFactory<"client_profile", ClientProfileListParams>(
  "client_profile"
)
export const clientFieldDefinitionQueryKeys = queryKeysFactory<
  "client_field_definition",
  CustomFieldDefinitionListParams
>("client_field_definition")
export const clientTagQueryKeys = queryKeysFactory<"client_tag", ClientTagListParams>("client_tag")
/** A customer's notes: `detail(customerId, query)`. */
export const treatmentNoteQueryKeys = queryKeysFactory<
  "treatment_note",
  never,
  TreatmentNoteListParams
>("treatment_note")
/** A customer's health data access log: `detail(customerId, query)`. */
export const healthDataAccessQueryKeys = queryKeysFactory<
  "health_data_access",
  never,
  HealthDataAccessListParams
>("health_data_access")
