import { generateEntityId } from "@medusajs/framework/utils"
import { PACKAGE_TEMPLATE_ITEM_ID_PREFIX } from "../lib/constants"
import type { Knex } from "../lib/db"
import { clearedMoneyColumns, moneyColumns, toCents } from "../lib/money"
import type { TemplateItemInput } from "../types"

type TemplateItemRow = { salon_service_id: string; sessions: number; session_value: string | null }

/**
 * Replaces a template's items in position order; returns the previous ones (for compensation).
 * The previous rows are deleted outright, soft-deleted ones included.
 */
export async function replaceTemplateItems(
  trx: Knex,
  templateId: string,
  items: TemplateItemInput[]
): Promise<TemplateItemInput[]> {
  const previous: TemplateItemRow[] = await trx("package_template_item")
    .select("salon_service_id", "sessions", "session_value")
    .where({ template_id: templateId })
    .whereNull("deleted_at")
    .orderBy("position")
  await trx("package_template_item").where({ template_id: templateId }).delete()
  if (items.length) {
    await trx("package_template_item").insert(
      items.map((item, position) => ({
        id: generateEntityId(undefined, PACKAGE_TEMPLATE_ITEM_ID_PREFIX),
        template_id: templateId,
        position,
        salon_service_id: item.salon_service_id,
        sessions: item.sessions,
        ...(item.session_value === null || item.session_value === undefined
          ? clearedMoneyColumns("session_value")
          : moneyColumns("session_value", toCents(item.session_value))),
      }))
    )
  }
  return previous.map((row) => ({
    salon_service_id: row.salon_service_id,
    sessions: row.sessions,
    session_value: row.session_value === null ? null : Number(row.session_value),
  }))
}

/** How many packages were sold from a template (a template that sold cannot be deleted). */
export async function countPackagesOfTemplate(knex: Knex, templateId: string): Promise<number> {
  const [{ count }] = await knex("customer_package")
    .count("id as count")
    .where({ template_id: templateId })
    .whereNull("deleted_at")
  return Number(count)
}
