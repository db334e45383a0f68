import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CLIENT_MODULE } from "../../../modules/client"
import { TagRule } from "../../../modules/client/lib/tag-rules"
import type ClientModuleService from "../../../modules/client/service"
import type { TagRuleChanges } from "../../../modules/client/service"

export type ApplyAutomaticTagsInput = { now: string; customer_ids?: string[] }
import type { AutomaticTagCounts } from "../../../types/clients/http"

export type { AutomaticTagCounts }

export const applyAutomaticTagsStepId = "apply-automatic-tags"
/**
 * This step makes every automatic tag's assignments match its rule (all customers, or the given
 * ones). Compensation deletes the assignments it added and restores those it removed.
 */
export const applyAutomaticTagsStep = createStep(
  applyAutomaticTagsStepId,
  async (input: ApplyAutomaticTagsInput, { container }) => {
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    const scope = { now: new Date(input.now), customer_ids: input.customer_ids }
    const tags = await client.listClientTags(
      { kind: "automatic" },
      { select: ["id", "name", "rule"], order: { name: "ASC" } }
    )
    const counts: AutomaticTagCounts[] = []
    const changes: TagRuleChanges = { added: [], removed: [] }
    if (scope.customer_ids && !scope.customer_ids.length) {
      return new StepResponse(counts, changes)
    }
    try {
      for (const tag of tags) {
        const rule = TagRule.safeParse(tag.rule)
        if (!rule.success) continue
        const applied = await client.applyTagRule(tag.id, rule.data, scope)
        changes.added.push(...applied.added)
        changes.removed.push(...applied.removed)
        counts.push({
          id: tag.id,
          name: tag.name,
          added: applied.added.length,
          removed: applied.removed.length,
        })
      }
    } catch (error) {
      await client.revertTagRuleChanges(changes)
      throw error
    }
    return new StepResponse(counts, changes)
  },
  async (changes, { container }) => {
    if (!changes) {
      return
    }
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    await client.revertTagRuleChanges(changes)
  }
)
