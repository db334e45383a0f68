import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  ClientProfile,
  ClientTag,
  CustomFieldDefinition,
  CustomerTag,
  HealthDataAccess,
  TreatmentNote,
} from "./models"

type SharedContext = Context<EntityManager>

/**
 * Client profiles, custom field definitions, tags, treatment notes and the health data access
 * log, with the generated CRUD plus the counts the rules and lists need.
 */
class ClientModuleService extends MedusaService({
  ClientProfile,
  CustomFieldDefinition,
  ClientTag,
  CustomerTag,
  TreatmentNote,
  HealthDataAccess,
}) {
  /**
   * How many profiles store a value for a custom field; with `option`, how many use that option
   * (a select equal to it, a multi-select containing it).
   */
  @InjectManager()
  async countCustomFieldUsage(
    key: string,
    option?: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<number> {
    const knex = sharedContext.manager!.getKnex()
    const builder = knex("client_profile")
      .whereNull("deleted_at")
      .whereRaw("custom_fields \\? ?", [key])
      .whereRaw("custom_fields -> ? <> 'null'::jsonb", [key])
    if (option !== undefined) {
      builder.where((where) =>
        where
          .whereRaw("custom_fields ->> ? = ?", [key, option])
          .orWhereRaw("(jsonb_typeof(custom_fields -> ?) = 'array' AND custom_fields -> ? \\? ?)", [
            key,
            key,
            option,
          ])
      )
    }
    const row = await builder.count<{ count: string }[]>("id as count").first()
    return Number(row?.count ?? 0)
  }

  /** Number of customers carrying each tag, by tag id (tags no one carries are absent). */
  @InjectManager()
  async countCustomersByTag(
    tagIds: string[],
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<Record<string, number>> {
    if (!tagIds.length) return {}
    const knex = sharedContext.manager!.getKnex()
    const rows: { tag_id: string; count: string }[] = await knex("customer_tag")
      .select("tag_id")
      .count("id as count")
      .whereIn("tag_id", tagIds)
      .whereNull("deleted_at")
      .groupBy("tag_id")
    return Object.fromEntries(rows.map((row) => [row.tag_id, Number(row.count)]))
  }
}

export default ClientModuleService
