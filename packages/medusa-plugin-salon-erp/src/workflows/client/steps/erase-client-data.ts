import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CLIENT_MODULE } from "../../../modules/client"
import { asJson } from "../../../modules/client/lib/json"
import type ClientModuleService from "../../../modules/client/service"
import { EMPTY_PROFILE } from "./upsert-client-profile"

/** Profile fields erasure clears (everything personal; `home_branch_id` stays for statistics). */
export const ERASED_PROFILE_FIELDS = [
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
  "consent_version",
  "consent_given_at",
  "custom_fields",
] as const

type Row = Record<string, unknown>
type Snapshot = {
  profile: { created: true; id: string } | { created: false; before: Row }
  notes: { id: string; notes: string; photo_urls: unknown }[]
  tag_ids: string[]
}

export const eraseClientDataStepId = "erase-client-data"
/**
 * This step erases what the client module holds about a customer: the profile's personal and
 * health fields are cleared and `erased_at` set (a profile is created to carry it if there was
 * none), treatment notes lose their text and photos (date, staff, branch and services stay for
 * statistics), and manual tags come off. The health data access log stays: it names only ids.
 * Compensation restores the profile, the notes and the tags.
 */
export const eraseClientDataStep = createStep(
  eraseClientDataStepId,
  async (input: { customer_id: string }, { container }) => {
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    const erasedAt = new Date()
    const cleared = Object.fromEntries(
      ERASED_PROFILE_FIELDS.map((field) => [field, EMPTY_PROFILE[field]])
    )
    const [[existing], notes, tags] = await Promise.all([
      client.listClientProfiles({ customer_id: input.customer_id }),
      client.listTreatmentNotes(
        { customer_id: input.customer_id },
        { select: ["id", "notes", "photo_urls"] }
      ),
      client.listCustomerTags(
        { customer_id: input.customer_id, source: "manual" },
        { select: ["id"] }
      ),
    ])

    let profile: Snapshot["profile"]
    if (existing) {
      const before: Row = { id: existing.id, erased_at: null }
      for (const field of ERASED_PROFILE_FIELDS) before[field] = existing[field]
      await client.updateClientProfiles({ id: existing.id, ...cleared, erased_at: erasedAt })
      // Module updates merge object-valued json columns, so an empty object would keep every key.
      await client.replaceProfileObjects(existing.id, { custom_fields: {}, preferences: {} })
      profile = { created: false, before }
    } else {
      const created = await client.createClientProfiles({
        ...EMPTY_PROFILE,
        customer_id: input.customer_id,
        erased_at: erasedAt,
      })
      profile = { created: true, id: created.id }
    }
    if (notes.length) {
      await client.updateTreatmentNotes(
        notes.map((note) => ({ id: note.id, notes: "", photo_urls: asJson([]) }))
      )
    }
    const tagIds = tags.map((tag) => tag.id)
    if (tagIds.length) {
      await client.softDeleteCustomerTags(tagIds)
    }
    const snapshot: Snapshot = {
      profile,
      notes: notes.map((note) => ({ id: note.id, notes: note.notes, photo_urls: note.photo_urls })),
      tag_ids: tagIds,
    }
    return new StepResponse(
      { erased_at: erasedAt, notes: notes.length, tags: tagIds.length },
      snapshot
    )
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    if (snapshot.tag_ids.length) {
      await client.restoreCustomerTags(snapshot.tag_ids)
    }
    if (snapshot.notes.length) {
      await client.updateTreatmentNotes(
        snapshot.notes.map((note) => ({ ...note, photo_urls: asJson(note.photo_urls) }))
      )
    }
    if (snapshot.profile.created) {
      await client.deleteClientProfiles(snapshot.profile.id)
    } else {
      await client.updateClientProfiles(snapshot.profile.before)
    }
  }
)
