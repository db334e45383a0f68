import { sqlId, type Knex } from "../lib/db"
import { type RuleScope, type TagRuleType, customerFilter, ruleMembersSql } from "../lib/tag-rules"

/** What applying one automatic tag's rule changed: customer tag ids inserted and soft-deleted. */
export type TagRuleChanges = { added: string[]; removed: string[] }

/**
 * Tags every customer (of the scope) the rule selects who does not carry the tag yet
 * (`source: rule`), and soft-deletes the rule's assignments of customers it no longer selects.
 * Manual assignments are never touched.
 */
export async function applyTagRule(
  knex: Knex,
  tagId: string,
  rule: TagRuleType,
  scope: RuleScope
): Promise<TagRuleChanges> {
  const members = ruleMembersSql(rule, scope)
  const t = customerFilter("t.customer_id", scope)
  const { rows } = await knex.raw(
    `WITH members AS MATERIALIZED (${members.sql}),
    added AS (
      INSERT INTO customer_tag (id, customer_id, tag_id, source, created_at, updated_at)
      SELECT ${sqlId("custag")}, m.customer_id, ?, 'rule', now(), now() FROM members m
      WHERE NOT EXISTS (SELECT 1 FROM customer_tag t WHERE t.tag_id = ? AND t.customer_id = m.customer_id
        AND t.deleted_at IS NULL)
      ON CONFLICT DO NOTHING
      RETURNING id),
    removed AS (
      UPDATE customer_tag t SET deleted_at = now(), updated_at = now()
      WHERE t.tag_id = ? AND t.source = 'rule' AND t.deleted_at IS NULL${t.sql}
        AND NOT EXISTS (SELECT 1 FROM members m WHERE m.customer_id = t.customer_id)
      RETURNING t.id)
    SELECT (SELECT coalesce(json_agg(id), '[]'::json) FROM added) AS added,
      (SELECT coalesce(json_agg(id), '[]'::json) FROM removed) AS removed`,
    [...members.bindings, tagId, tagId, tagId, ...t.bindings]
  )
  return { added: rows[0].added, removed: rows[0].removed }
}

/** Undoes `applyTagRule`: deletes the inserted assignments and restores the removed ones. */
export async function revertTagRuleChanges(knex: Knex, changes: TagRuleChanges): Promise<void> {
  if (changes.added.length) {
    await knex.raw("DELETE FROM customer_tag WHERE id = ANY(?::text[])", [
      `{${changes.added.join(",")}}`,
    ])
  }
  if (changes.removed.length) {
    await knex.raw(
      "UPDATE customer_tag SET deleted_at = NULL, updated_at = now() WHERE id = ANY(?::text[])",
      [`{${changes.removed.join(",")}}`]
    )
  }
}
