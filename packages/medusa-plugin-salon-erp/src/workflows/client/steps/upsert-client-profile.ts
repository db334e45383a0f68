import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CLIENT_MODULE } from "../../../modules/client"
import {
  type FieldDefinition,
  applyCustomFields,
  describeIssues,
} from "../../../modules/client/lib/custom-fields"
import { asJson } from "../../../modules/client/lib/json"
import type ClientModuleService from "../../../modules/client/service"
import type { UpsertClientProfileInput } from "../../../lib/client/types"

/** Values of a profile not written yet. */
export const EMPTY_PROFILE = {
  gender: null,
  birthday: null,
  skin_type: null,
  skin_concerns: asJson([]),
  allergies: asJson([]),
  contraindications: asJson([]),
  health_notes: null,
  preferred_staff_member_ids: asJson([]),
  preferences_text: null,
  preferences: {},
  source: null,
  home_branch_id: null,
  consent_version: null,
  consent_given_at: null,
  custom_fields: {},
}

type Snapshot = { created: true; id: string } | { created: false; before: Record<string, unknown> }

export const upsertClientProfileStepId = "upsert-client-profile"
/**
 * This step creates the customer's profile or updates the given fields of it. Custom field
 * values are validated against the definitions (400 naming each bad field, nothing written);
 * a new `consent_version` stamps `consent_given_at` unless one is given. Compensation deletes
 * the created profile or restores the changed fields.
 */
export const upsertClientProfileStep = createStep(
  upsertClientProfileStepId,
  async ({ customer_id, ...fields }: UpsertClientProfileInput, { container }) => {
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    const [existing] = await client.listClientProfiles({ customer_id })
    const data: Record<string, unknown> = { ...fields }

    if (fields.custom_fields !== undefined) {
      const definitions = (await client.listCustomFieldDefinitions(
        {},
        { select: ["key", "label", "type", "required", "options", "is_active"] }
      )) as unknown as FieldDefinition[]
      const { values, issues } = applyCustomFields(
        definitions,
        (existing?.custom_fields as Record<string, unknown>) ?? {},
        fields.custom_fields
      )
      if (issues.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, describeIssues(definitions, issues))
      }
      data.custom_fields = values
    }
    if (
      fields.consent_version &&
      fields.consent_given_at === undefined &&
      fields.consent_version !== existing?.consent_version
    ) {
      data.consent_given_at = new Date()
    }
    if (fields.consent_version === null && fields.consent_given_at === undefined) {
      data.consent_given_at = null
    }

    if (!existing) {
      const profile = await client.createClientProfiles({ ...EMPTY_PROFILE, ...data, customer_id })
      return new StepResponse(profile, { created: true, id: profile.id } as Snapshot | undefined)
    }
    const keys = Object.keys(data)
    if (!keys.length) {
      return new StepResponse(existing, undefined as Snapshot | undefined)
    }
    const before = {
      id: existing.id,
      ...Object.fromEntries(keys.map((key) => [key, existing[key as keyof typeof existing]])),
    }
    await client.updateClientProfiles({ id: existing.id, ...data })
    await client.replaceProfileObjects(existing.id, {
      custom_fields: data.custom_fields as Record<string, unknown> | undefined,
      preferences: data.preferences as Record<string, unknown> | undefined,
    })
    const profile = await client.retrieveClientProfile(existing.id)
    return new StepResponse(profile, { created: false, before } as Snapshot | undefined)
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    if (snapshot.created) {
      await client.deleteClientProfiles(snapshot.id)
    } else {
      await client.updateClientProfiles(snapshot.before)
      await client.replaceProfileObjects(snapshot.before.id as string, {
        custom_fields: snapshot.before.custom_fields as Record<string, unknown> | undefined,
        preferences: snapshot.before.preferences as Record<string, unknown> | undefined,
      })
    }
  }
)
