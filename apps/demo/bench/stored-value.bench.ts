import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { STORED_VALUE_MODULE } from "medusa-plugin-salon-erp/modules/stored-value"
import type StoredValueModuleService from "medusa-plugin-salon-erp/src/modules/stored-value/service"
import { adminAuth, http } from "./lib/http"
import { figure, load, report, serverCpuDuring, summarize } from "./lib/measure"

/**
 * Stored value: debit latency on accounts with 1,000 and with 100,000 prior entries (the running
 * balance should make them equal), and debits per second on one hot account with 50 concurrent
 * clients over HTTP.
 */
export default async function storedValueBench({ container }: ExecArgs) {
  const service: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const customers = container.resolve(Modules.CUSTOMER)

  /** An account with `history` prior entries (alternating +1 / -1 lines), written in bulk. */
  async function accountWithHistory(history: number) {
    const customer = await customers.createCustomers({
      email: `sv-bench-${history}-${Date.now()}@salon.test`,
    })
    const seed = await service.topUp({
      idempotency_key: `bench-seed-${customer.id}`,
      customer_id: customer.id,
      currency_code: "cny",
      principal_amount: 100_000,
    })
    const startedAt = performance.now()
    await knex.raw(
      `INSERT INTO stored_value_operation (id, idempotency_key, kind, account_id, fingerprint)
       SELECT 'svop_bench_' || ? || '_' || g, 'bench-history-' || ? || '-' || g, 'adjustment', ?, '{}'::jsonb
       FROM generate_series(1, ?) g`,
      [history, customer.id, seed.account_id, history - 1]
    )
    await knex.raw(
      `INSERT INTO stored_value_entry (id, sequence, operation_id, account_id, type, principal_amount, raw_principal_amount,
         bonus_amount, raw_bonus_amount, principal_balance_after, raw_principal_balance_after, bonus_balance_after,
         raw_bonus_balance_after, currency_code, customer_id, created_at)
       SELECT 'sve_bench_' || ? || '_' || g, g + 1, 'svop_bench_' || ? || '_' || g, ?, 'adjustment',
         CASE WHEN g % 2 = 1 THEN -1 ELSE 1 END, jsonb_build_object('value', CASE WHEN g % 2 = 1 THEN '-1' ELSE '1' END, 'precision', 20),
         0, '{"value":"0","precision":20}'::jsonb,
         100000 - (g % 2), jsonb_build_object('value', (100000 - (g % 2))::text, 'precision', 20),
         0, '{"value":"0","precision":20}'::jsonb, 'cny', ?, now() - interval '1 day' + g * interval '1 millisecond'
       FROM generate_series(1, ?) g`,
      [history, history, seed.account_id, customer.id, history - 1]
    )
    // With an odd number of ±1 lines the balance ends one lower.
    const final = 100_000 - ((history - 1) % 2)
    await knex("stored_value_account")
      .update({
        principal_balance: final,
        raw_principal_balance: { value: String(final), precision: 20 },
      })
      .where({ id: seed.account_id })
    await knex.raw("ANALYZE stored_value_entry")
    figure(
      `wrote ${history} prior entries on one account`,
      (performance.now() - startedAt) / 1000,
      "s"
    )
    const { mismatches } = await service.reconcile({ account_id: seed.account_id })
    if (mismatches.length)
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `bench fixture does not reconcile: ${JSON.stringify(mismatches[0])}`
      )
    return customer.id
  }

  const small = await accountWithHistory(1_000)
  const large = await accountWithHistory(100_000)

  for (const [label, customerId] of [
    ["1,000", small],
    ["100,000", large],
  ] as const) {
    let i = 0
    await load(20, 1, () =>
      service.spend({
        idempotency_key: `warm-${customerId}-${i++}`,
        customer_id: customerId,
        currency_code: "cny",
        amount: 1,
      })
    )
    const debits = await load(300, 1, () =>
      service.spend({
        idempotency_key: `debit-${customerId}-${i++}`,
        customer_id: customerId,
        currency_code: "cny",
        amount: 1,
      })
    )
    report(
      `debit with ${label} prior entries (in-process, sequential)`,
      summarize(debits.latencies)
    )
  }

  const admin = await adminAuth(container)
  for (const [label, customerId] of [
    ["1,000", small],
    ["100,000", large],
  ] as const) {
    let i = 0
    const overHttp = await load(200, 1, () =>
      http("/admin/stored-value/spends", {
        method: "POST",
        headers: { ...admin, "idempotency-key": `http-${customerId}-${i++}` },
        json: { customer_id: customerId, currency_code: "cny", amount: 1 },
      })
    )
    report(
      `POST /admin/stored-value/spends, ${label} prior entries (HTTP)`,
      summarize(overHttp.latencies)
    )
  }

  // One hot account, 50 clients at once.
  const hot = await customers.createCustomers({ email: `sv-bench-hot-${Date.now()}@salon.test` })
  await service.topUp({
    idempotency_key: `hot-${hot.id}`,
    customer_id: hot.id,
    currency_code: "cny",
    principal_amount: 100_000,
  })
  let n = 0
  const { result: hotRun, cpuMs } = await serverCpuDuring(() =>
    load(1000, 50, () =>
      http("/admin/stored-value/spends", {
        method: "POST",
        headers: { ...admin, "idempotency-key": `hot-${hot.id}-${n++}` },
        json: { customer_id: hot.id, currency_code: "cny", amount: 1 },
      })
    )
  )
  report("1,000 debits on one account, 50 concurrent clients (HTTP)", summarize(hotRun.latencies), {
    "debits/s": hotRun.perSecond,
    errors: hotRun.errors.length,
  })
  // Server CPU per debit (the server process and its children, from /proc).
  figure("server CPU per debit, hot account, 50 concurrent clients", cpuMs / 1000, "ms")
  const [account] = await service.listStoredValueAccounts({ customer_id: hot.id })
  const { mismatches } = await service.reconcile({ account_id: account.id })
  figure(
    `hot account balance after 1,000 debits of 1 (expect 99000), ${mismatches.length} mismatches`,
    Number(account.principal_balance),
    "CNY"
  )

  // The outbox: how long an event waits between its commit and its publication. HTTP spends are
  // published by their own workflow; the in-process spends above (no workflow) wait for the relay.
  await new Promise((resolve) => setTimeout(resolve, 8_000))
  for (const [label, pattern] of [
    ["HTTP spends, published by their workflow", "http-%"],
    ["hot account spends, published by their workflow", "hot-%"],
    ["in-process spends, published by the relay job", "debit-%"],
  ] as const) {
    const { rows } = await knex.raw(
      `SELECT count(*)::int AS events,
              count(*) FILTER (WHERE e.status = 'pending')::int AS pending,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM e.published_at - e.created_at)) * 1000 AS p50,
              percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM e.published_at - e.created_at)) * 1000 AS p95
         FROM stored_value_outbox_event e
         JOIN stored_value_operation o ON o.id = e.data->>'operation_id'
        WHERE o.idempotency_key LIKE ?`,
      [pattern]
    )
    const lag = rows[0]
    figure(
      `outbox lag p50, ${label} (${lag.events} events, ${lag.pending} pending)`,
      Math.round(lag.p50 ?? NaN),
      "ms"
    )
    figure(`outbox lag p95, ${label}`, Math.round(lag.p95 ?? NaN), "ms")
  }
}
