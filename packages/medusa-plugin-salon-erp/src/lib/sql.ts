import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"

type Knex = ReturnType<EntityManager["getKnex"]>
type Statement = { toSQL: () => { sql: string; bindings: readonly unknown[] } }

/**
 * Runs several writes as one statement (`WITH w1 AS (…), w2 AS (…) <last>`): one round trip
 * instead of one each, which matters inside a transaction that holds a hot row's lock. The
 * writes see the same snapshot, so none may read what another writes. Returns the last
 * statement's rows (its RETURNING).
 */
export async function writeInOneStatement<Row>(
  trx: Knex,
  writes: Statement[],
  last: Statement
): Promise<Row[]> {
  const compiled = writes.map((write) => write.toSQL())
  const main = last.toSQL()
  const sql = [
    compiled.length ? `WITH ${compiled.map((w, i) => `w${i} AS (${w.sql})`).join(", ")} ` : "",
    main.sql,
  ].join("")
  const bindings = [...compiled.flatMap((w) => w.bindings), ...main.bindings]
  const { rows } = (await trx.raw(sql, bindings as never)) as { rows: Row[] }
  return rows
}
