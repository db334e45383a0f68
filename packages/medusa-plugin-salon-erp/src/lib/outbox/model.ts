import { model } from "@medusajs/framework/utils"

export const OUTBOX_EVENT_STATUSES = ["pending", "published"] as const

/**
 * The outbox table of one module: each event the module's change causes is written here in the
 * same database transaction as the change, and published to the event bus afterwards (by the
 * workflow that made the change, or by the relay job if that process died first). Each module
 * owns its own outbox, so the event commits or rolls back with the module's own rows.
 */
export function defineOutboxEventModel(tableName: string, idPrefix: string) {
  return model
    .define(tableName, {
      id: model.id({ prefix: idPrefix }).primaryKey(),
      /** Commit order; events of one aggregate are published in this order. */
      sequence: model.autoincrement(),
      event_name: model.text(),
      /** What the event is about (an account, an appointment …); publication is ordered per aggregate. */
      aggregate_id: model.text(),
      data: model.json(),
      status: model.enum([...OUTBOX_EVENT_STATUSES]).default("pending"),
      published_at: model.dateTime().nullable(),
      /** Publications tried (more than one only after a process died or the bus failed). */
      attempts: model.number().default(0),
      last_error: model.text().nullable(),
    })
    .indexes([
      { on: ["status", "sequence"], where: "status = 'pending'", name: `IDX_${tableName}_pending` },
      { on: ["aggregate_id", "sequence"] },
      { on: ["published_at"], where: "status = 'published'" },
    ])
}
