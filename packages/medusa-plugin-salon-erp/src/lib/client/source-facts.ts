import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { UNCATEGORIZED_SERVICE } from "../../modules/client/lib/constants"
import { emailKey, phoneKey } from "../../modules/client/lib/contact-keys"
import { CLIENT_MODULE } from "../../modules/client"
import type ClientModuleService from "../../modules/client/service"
import type { FactKind, FactRows } from "../../modules/client/service"

/** A row read through Query: these entities have no generated types here. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>
type Query = { graph: (config: Record<string, unknown>) => Promise<{ data: Row[] }> }

/** Facts read from their source, and the source ids that no longer count (their facts go). */
export type SourceFacts<K extends FactKind> = { facts: FactRows[K][]; gone: string[] }

type Source<K extends FactKind> = {
  entity: string
  fields: string[]
  /** Filters of a full read (the rebuild). */
  all: Record<string, unknown>
  withDeleted?: boolean
  /** The fact of a source row; null when it does not count. */
  toFact: (row: Row) => FactRows[K] | null
}

/** An amount Query returns: a number, a string or a BigNumber-like `{ value }`. */
const amountOf = (value: unknown) =>
  value !== null && typeof value === "object" && "value" in value
    ? String((value as { value: unknown }).value)
    : String(value ?? 0)

/**
 * The sources, read only through Query (never their tables):
 * - customers, deleted ones included (`is_deleted`), with their contact keys;
 * - appointments in status completed, with their services' categories;
 * - placed orders with a customer: spend is `summary.current_order_total`, the current version's
 *   total after edits, returns, claims and exchanges (`total` is recomputed from the items and
 *   does not follow returns). Drafts do not count; canceled orders count as no spend.
 */
const SOURCES: { [K in FactKind]: Source<K> } = {
  customer: {
    entity: "customer",
    fields: ["id", "created_at", "deleted_at", "email", "phone", "has_account"],
    all: {},
    withDeleted: true,
    toFact: (row) => ({
      customer_id: row.id,
      customer_created_at: new Date(row.created_at),
      is_deleted: !!row.deleted_at,
      email_key: emailKey(row.email),
      phone_key: phoneKey(row.phone),
      has_account: !!row.has_account,
    }),
  },
  visit: {
    entity: "appointment",
    fields: [
      "id",
      "customer_id",
      "status",
      "completed_at",
      "starts_at",
      "items.salon_service.category",
    ],
    all: { status: "completed" },
    toFact: (row) =>
      row.status !== "completed"
        ? null
        : {
            appointment_id: row.id,
            customer_id: row.customer_id,
            visited_at: new Date(row.completed_at ?? row.starts_at),
            categories: [
              ...new Set<string>(
                (row.items ?? []).map(
                  (item: Row) => item?.salon_service?.category ?? UNCATEGORIZED_SERVICE
                )
              ),
            ].sort(),
          },
  },
  order: {
    entity: "order",
    fields: [
      "id",
      "customer_id",
      "currency_code",
      "created_at",
      "status",
      "canceled_at",
      "is_draft_order",
      "summary",
    ],
    all: {},
    toFact: (row) =>
      !row.customer_id || row.is_draft_order || row.status === "draft" || !row.summary
        ? null
        : {
            order_id: row.id,
            customer_id: row.customer_id,
            currency_code: row.currency_code,
            placed_at: new Date(row.created_at),
            spend: amountOf(row.summary.current_order_total),
            is_canceled: row.status === "canceled" || !!row.canceled_at,
          },
  },
}

function split<K extends FactKind>(kind: K, ids: string[], rows: Row[]): SourceFacts<K> {
  const facts: FactRows[K][] = []
  const counted = new Set<string>()
  for (const row of rows) {
    const fact = SOURCES[kind].toFact(row)
    if (fact) {
      facts.push(fact)
      counted.add(row.id)
    }
  }
  return { facts, gone: ids.filter((id) => !counted.has(id)) }
}

/** The facts of these source ids (customer, appointment or order ids), read through Query. */
export async function loadSourceFacts<K extends FactKind>(
  container: MedusaContainer,
  kind: K,
  ids: string[]
): Promise<SourceFacts<K>> {
  if (!ids.length) return { facts: [], gone: [] }
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
  const source = SOURCES[kind]
  const { data } = await query.graph({
    entity: source.entity,
    fields: source.fields,
    filters: { id: ids },
    ...(source.withDeleted ? { withDeleted: true } : {}),
  })
  return split(kind, ids, data)
}

/**
 * Every counting source row's fact, page by page (keyset on the id, so each page costs the
 * same however far the read is).
 */
export async function* allSourceFacts<K extends FactKind>(
  container: MedusaContainer,
  kind: K,
  pageSize: number
): AsyncGenerator<FactRows[K][]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
  const source = SOURCES[kind]
  let after: string | null = null
  for (;;) {
    const { data } = await query.graph({
      entity: source.entity,
      fields: source.fields,
      filters: after ? { ...source.all, id: { $gt: after } } : source.all,
      pagination: { take: pageSize, skip: 0, order: { id: "ASC" } },
      ...(source.withDeleted ? { withDeleted: true } : {}),
    })
    if (!data.length) return
    yield split(kind, [], data).facts
    if (data.length < pageSize) return
    after = data[data.length - 1].id
  }
}

/**
 * Writes every customer's fact afresh from the customer module (no prune: facts whose customer
 * is gone stay until the rebuild), so what an import matches by is current even where an event
 * was missed or the facts predate their contact keys. Returns the customers read.
 */
export async function refreshCustomerFacts(
  container: MedusaContainer,
  pageSize = 5000
): Promise<number> {
  const client: ClientModuleService = container.resolve(CLIENT_MODULE)
  let read = 0
  for await (const facts of allSourceFacts(container, "customer", pageSize)) {
    await client.upsertClientFacts("customer", facts)
    read += facts.length
  }
  return read
}
