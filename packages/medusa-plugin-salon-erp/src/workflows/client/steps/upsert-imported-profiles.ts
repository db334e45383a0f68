import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CLIENT_MODULE } from "../../../modules/client"
import type ClientModuleService from "../../../modules/client/service"
import { EMPTY_PROFILE } from "./upsert-client-profile"
import type { PlannedClientRow } from "../../../lib/client/import/plan-rows"

type ProfileWrite = { customer_id: string; data: Record<string, unknown> }
type Snapshot = { created: string[]; updated: Record<string, unknown>[] }

/** The profile values a row sets: its filled profile cells and merged custom fields. */
export function profileWrite(row: PlannedClientRow, customerId: string): ProfileWrite {
  const data: Record<string, unknown> = { ...row.profile }
  if (row.custom_fields_after) data.custom_fields = row.custom_fields_after
  return { customer_id: customerId, data }
}

const same = (a: unknown, b: unknown) =>
  JSON.stringify(a instanceof Date ? a.toISOString() : a) ===
  JSON.stringify(b instanceof Date ? b.toISOString() : b)

export const upsertImportedProfilesStepId = "upsert-imported-profiles"
/**
 * This step creates the profiles of imported customers that have none and writes the given
 * fields of the others, in batches; a profile the file would not change is not written (a
 * second run of a file writes nothing). Compensation deletes created profiles and restores the
 * previous values of updated ones.
 */
export const upsertImportedProfilesStep = createStep(
  upsertImportedProfilesStepId,
  async (writes: ProfileWrite[], { container }) => {
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    const existing = writes.length
      ? await client.listClientProfiles({ customer_id: writes.map((write) => write.customer_id) })
      : []
    const byCustomer = new Map(existing.map((profile) => [profile.customer_id, profile]))
    const creates: Record<string, unknown>[] = []
    const updates: Record<string, unknown>[] = []
    const before: Record<string, unknown>[] = []
    for (const { customer_id, data } of writes) {
      const profile = byCustomer.get(customer_id) as Record<string, unknown> | undefined
      if (!profile) {
        creates.push({ ...EMPTY_PROFILE, ...data, customer_id })
        continue
      }
      const keys = Object.keys(data).filter((key) => !same(profile[key], data[key]))
      if (!keys.length) continue
      updates.push({ id: profile.id, ...Object.fromEntries(keys.map((key) => [key, data[key]])) })
      before.push({ id: profile.id, ...Object.fromEntries(keys.map((key) => [key, profile[key]])) })
    }
    const created = creates.length ? await client.createClientProfiles(creates as never[]) : []
    if (updates.length) {
      await client.updateClientProfiles(updates as never[])
      // Updates merge json objects; the merged custom field values are written exactly.
      for (const update of updates.filter((candidate) => candidate.custom_fields)) {
        await client.replaceProfileObjects(update.id as string, {
          custom_fields: update.custom_fields as Record<string, unknown>,
        })
      }
    }
    return new StepResponse({ created: created.length, updated: updates.length }, {
      created: created.map((profile) => profile.id),
      updated: before,
    } as Snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    if (snapshot.created.length) await client.deleteClientProfiles(snapshot.created)
    for (const before of snapshot.updated) {
      await client.updateClientProfiles(before as never)
      if (before.custom_fields) {
        await client.replaceProfileObjects(before.id as string, {
          custom_fields: before.custom_fields as Record<string, unknown>,
        })
      }
    }
  }
)
