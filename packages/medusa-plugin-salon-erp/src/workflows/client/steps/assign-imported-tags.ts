import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CLIENT_MODULE } from "../../../modules/client"
import type ClientModuleService from "../../../modules/client/service"

type TagAssignment = { customer_id: string; tags: string[] }

export const assignImportedTagsStepId = "assign-imported-tags"
/**
 * This step gives imported customers the manual tags their rows name, creating tags that do not
 * exist yet (names compared case-insensitively) and skipping assignments that exist.
 * Compensation removes the assignments and tags it created.
 */
export const assignImportedTagsStep = createStep(
  assignImportedTagsStepId,
  async (
    { assignments, user_id }: { assignments: TagAssignment[]; user_id: string | null },
    { container }
  ) => {
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    const wanted = assignments.filter((assignment) => assignment.tags.length)
    if (!wanted.length) {
      return new StepResponse(0, { tag_ids: [] as string[], customer_tag_ids: [] as string[] })
    }
    const tags = await client.listClientTags({}, { select: ["id", "name"] })
    const byName = new Map(tags.map((tag) => [tag.name.toLowerCase(), tag.id]))
    const missing = [
      ...new Map(
        wanted
          .flatMap((assignment) => assignment.tags)
          .filter((name) => !byName.has(name.toLowerCase()))
          .map((name) => [name.toLowerCase(), name])
      ).values(),
    ]
    const createdTags = missing.length
      ? await client.createClientTags(missing.map((name) => ({ name, kind: "manual" as const })))
      : []
    for (const tag of createdTags) byName.set(tag.name.toLowerCase(), tag.id)

    const existing = await client.listCustomerTags(
      { customer_id: wanted.map((assignment) => assignment.customer_id) },
      { select: ["customer_id", "tag_id"] }
    )
    const has = new Set(existing.map((row) => `${row.customer_id}:${row.tag_id}`))
    const rows = wanted.flatMap(({ customer_id, tags: names }) =>
      [...new Set(names.map((name) => byName.get(name.toLowerCase())!))]
        .filter((tagId) => !has.has(`${customer_id}:${tagId}`))
        .map((tagId) => ({
          customer_id,
          tag_id: tagId,
          source: "manual" as const,
          assigned_by: user_id,
        }))
    )
    const created = rows.length ? await client.createCustomerTags(rows) : []
    return new StepResponse(created.length, {
      tag_ids: createdTags.map((tag) => tag.id),
      customer_tag_ids: created.map((row) => row.id),
    })
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    if (snapshot.customer_tag_ids.length) await client.deleteCustomerTags(snapshot.customer_tag_ids)
    if (snapshot.tag_ids.length) await client.deleteClientTags(snapshot.tag_ids)
  }
)
