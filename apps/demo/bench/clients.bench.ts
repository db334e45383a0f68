import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CLIENT_MODULE } from "medusa-plugin-salon-erp/modules/client"
import type ClientModuleService from "medusa-plugin-salon-erp/src/modules/client/service"
import { createClientTagWorkflow } from "medusa-plugin-salon-erp/src/workflows/client/workflows/create-client-tag"
import { recomputeClientTagsWorkflow } from "medusa-plugin-salon-erp/src/workflows/client/workflows/recompute-client-tags"
import { rebuildClientFactsWorkflow } from "medusa-plugin-salon-erp/src/workflows/client/workflows/rebuild-client-facts"
import { adminAuth, http } from "./lib/http"
import { figure, load, report, summarize } from "./lib/measure"

const CUSTOMERS = 100_000

/**
 * Clients: the nightly recomputation of every automatic tag (high value, new, dormant, birthday
 * month, churn warning) and the RFM scores over 100,000 customers with visit and order
 * histories; then a second run (nothing to change), the per-customer run a visit or an order
 * triggers, and the client list filtered by RFM segment.
 */
export default async function clientsBench({ container }: ExecArgs) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const client: ClientModuleService = container.resolve(CLIENT_MODULE)
  const seconds = (since: number) => (performance.now() - since) / 1000

  // One branch, a facial and a nail service, one technician: the visits' references.
  let startedAt = performance.now()
  await knex.raw(
    `INSERT INTO branch (id, name, code) VALUES ('brch_clbench', 'Clients bench', 'CLBENCH')
       ON CONFLICT DO NOTHING;
     INSERT INTO salon_service (id, name, category, variant_id, duration_minutes) VALUES
       ('sserv_clbench_facial', 'Bench facial', 'facial', 'variant_clbench_facial', 60),
       ('sserv_clbench_nails', 'Bench manicure', 'nails', 'variant_clbench_nails', 45)
       ON CONFLICT DO NOTHING;
     INSERT INTO staff_member (id, name) VALUES ('stf_clbench', 'Bench technician') ON CONFLICT DO NOTHING`
  )
  // 100,000 customers who joined over the last 900 days; half have a profile with a birthday.
  await knex.raw(
    `INSERT INTO customer (id, email, first_name, last_name, has_account, created_at, updated_at)
     SELECT 'cus_clbench_' || g, 'clbench' || g || '@bench.test', 'Bench', 'Client ' || g, true,
       now() - (g % 900) * interval '1 day', now()
     FROM generate_series(1, ?) g`,
    [CUSTOMERS]
  )
  await knex.raw(
    `INSERT INTO client_profile (id, customer_id, birthday, skin_concerns, allergies, contraindications,
       preferred_staff_member_ids, preferences, custom_fields)
     SELECT 'cprof_clbench_' || g, 'cus_clbench_' || g,
       to_char(date '1970-01-01' + (g * 37 % 12000), 'YYYY-MM-DD'),
       '[]', '[]', '[]', '[]', '{}', '{}'
     FROM generate_series(1, ?, 2) g`,
    [CUSTOMERS]
  )
  // 0–7 completed visits per customer at her own rhythm (15–54 days), facial and nails
  // alternating, the last one 0–399 days ago.
  await knex.raw(
    `INSERT INTO appointment (id, customer_id, status, starts_at, ends_at, completed_at, branch_id)
     SELECT 'appt_clbench_' || g || '_' || k, 'cus_clbench_' || g, 'completed', v.at,
       v.at + interval '1 hour', v.at + interval '1 hour', 'brch_clbench'
     FROM generate_series(1, ?) g
     CROSS JOIN LATERAL generate_series(1, g % 8) k
     CROSS JOIN LATERAL (SELECT now() - ((g * 7 % 400) + (k - 1) * (15 + g % 40)) * interval '1 day' AS at) v`,
    [CUSTOMERS]
  )
  await knex.raw(
    `INSERT INTO appointment_item (id, appointment_id, position, starts_at, ends_at, service_name, variant_id,
       duration_minutes, salon_service_id, staff_member_id)
     SELECT 'apit' || substr(a.id, 5), a.id, 0, a.starts_at, a.ends_at, 'Bench service', 'variant_clbench',
       60, CASE WHEN right(a.id, 1)::int % 2 = 0 THEN 'sserv_clbench_facial' ELSE 'sserv_clbench_nails' END,
       'stf_clbench'
     FROM appointment a WHERE a.id LIKE 'appt_clbench_%'`
  )
  // One order in three customers over the last 400 days (spend 100–2,099 CNY).
  await knex.raw(
    `INSERT INTO "order" (id, customer_id, email, currency_code, status, created_at, updated_at)
     SELECT 'order_clbench_' || g, 'cus_clbench_' || g, 'clbench' || g || '@bench.test', 'cny',
       'completed', now() - (g % 400) * interval '1 day', now()
     FROM generate_series(1, ?, 3) g`,
    [CUSTOMERS]
  )
  await knex.raw(
    `INSERT INTO order_summary (id, order_id, version, totals)
     SELECT 'ordsum_clbench_' || substr(o.id, 15), o.id, 1,
       jsonb_build_object('current_order_total', 100 + (substr(o.id, 15)::int * 13 % 2000),
         'paid_total', 100 + (substr(o.id, 15)::int * 13 % 2000))
     FROM "order" o WHERE o.id LIKE 'order_clbench_%'`
  )
  await knex.raw(
    'ANALYZE customer; ANALYZE appointment; ANALYZE appointment_item; ANALYZE client_profile; ANALYZE "order"; ANALYZE order_summary'
  )
  const {
    rows: [volume],
  } = await knex.raw(
    `SELECT (SELECT count(*) FROM appointment WHERE id LIKE 'appt_clbench_%')::int AS visits,
       (SELECT count(*) FROM "order" WHERE id LIKE 'order_clbench_%')::int AS orders`
  )
  figure(
    `seeded ${CUSTOMERS.toLocaleString("en")} customers, ${volume.visits.toLocaleString("en")} visits, ${volume.orders.toLocaleString("en")} orders`,
    seconds(startedAt),
    "s"
  )

  const rules = [
    {
      name: "Bench high value",
      rule: { type: "high_value", window_days: 365, min_spend: 1500, currency_code: "cny" },
    },
    { name: "Bench new client", rule: { type: "new_client", days: 30 } },
    { name: "Bench dormant 60 days", rule: { type: "dormant", days: 60 } },
    { name: "Bench birthday month", rule: { type: "birthday_month" } },
    { name: "Bench churn warning", rule: { type: "churn_warning", factor: 1.5, min_visits: 3 } },
  ] as const
  for (const { name, rule } of rules) {
    const [existing] = await client.listClientTags({ name }, { select: ["id"] })
    if (!existing) {
      await createClientTagWorkflow(container).run({
        input: { name, kind: "automatic", rule: rule as never },
      })
    }
  }

  // The seed wrote the sources by SQL (no events): the weekly rebuild fills the read model.
  startedAt = performance.now()
  await rebuildClientFactsWorkflow(container).run({ input: {} })
  figure(`rebuild the client read model from its sources (weekly)`, seconds(startedAt), "s")

  // The nightly run, on the read model the events keep: everything is new the first time.
  startedAt = performance.now()
  const { result: first } = await recomputeClientTagsWorkflow(container).run({
    input: { rebuild_facts: false },
  })
  const added = first.tags.reduce((sum, tag) => sum + tag.added, 0)
  figure(
    `nightly recompute, ${CUSTOMERS / 1000}k customers: ${first.tags.length} tags (+${added.toLocaleString("en")}), ${first.rfm_updated.toLocaleString("en")} RFM rows`,
    seconds(startedAt),
    "s"
  )
  for (const tag of first.tags) {
    figure(`  ${tag.name}: customers tagged`, tag.added, "")
  }
  if (first.rfm_updated < CUSTOMERS / 2) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `expected RFM rows for most of the ${CUSTOMERS} customers, got ${first.rfm_updated}`
    )
  }

  // The next night: nothing changed, nothing is written but the RFM rows.
  startedAt = performance.now()
  const { result: second } = await recomputeClientTagsWorkflow(container).run({
    input: { rebuild_facts: false },
  })
  const changed = second.tags.reduce((sum, tag) => sum + tag.added + tag.removed, 0)
  figure(
    `nightly recompute again (${changed} tag changes), ${CUSTOMERS / 1000}k customers`,
    seconds(startedAt),
    "s"
  )

  // After a visit or an order: one customer's tags and RFM row.
  let next = 0
  const perCustomer = await load(50, 1, () =>
    recomputeClientTagsWorkflow(container).run({
      input: { customer_ids: [`cus_clbench_${(next++ * 1999) % CUSTOMERS}`] },
    })
  )
  report("recompute one customer (event subscriber)", summarize(perCustomer.latencies))

  const admin = await adminAuth(container)
  const {
    rows: [segment],
  } = await knex.raw(
    "SELECT segment, count(*)::int AS count FROM client_rfm GROUP BY segment ORDER BY count LIMIT 1"
  )
  const list = await load(10, 1, () =>
    http(`/admin/client-profiles?rfm_segment=${segment.segment}&limit=50`, { headers: admin })
  )
  report(
    `GET /admin/client-profiles?rfm_segment=${segment.segment} (${segment.count.toLocaleString("en")} customers)`,
    summarize(list.latencies)
  )
}
