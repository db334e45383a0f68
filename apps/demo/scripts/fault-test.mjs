#!/usr/bin/env node
// `npm run check:faults`: crashes the salon app on purpose and checks that nothing is lost or done
// twice. From the production build it starts two server processes and a worker on a fresh
// database and a Redis of its own, then:
//   a. 50 concurrent keyless top-ups across both servers: all 50 land;
//   b. kill -9 of a server in a burst of keyed spends and top-ups: after a restart and retries,
//      every operation exists once, every top-up has exactly one commission entry, the ledger
//      reconciles;
//   c. kill -9 of the worker while completed appointments are processed: after a restart, every
//      appointment has exactly one survey, sent once, and one service commission;
//   d. Redis killed and started empty: the workflow engine's scheduled jobs are registered again
//      without restarting the worker;
//   e. GET /health/ready answers 503 while Redis is down and 200 once it is back.
// It prints a table and exits 1 naming every failed check. Loopback only; every wait is bounded
// and the run (after the build, which CI makes before) stops at FAULT_TEST_DEADLINE_SECONDS
// (default 340).
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { ensureAppBuilt } from "./lib/app-build.mjs"
import {
  freePort,
  killAllNow,
  medusaProcess,
  redisCli,
  redisProcess,
  runMedusa,
  stopAll,
  waitUntil,
} from "./lib/fault-processes.mjs"
import {
  HttpError,
  bookAndCheckIn,
  createCustomer,
  createSalon,
  loginAdmin,
  pool,
  shanghaiDate,
} from "./lib/fault-salon.mjs"
import { ensurePluginBuilt } from "./lib/plugin-build.mjs"
import {
  databaseUrl,
  ensureDatabase,
  findPostgres,
  projectRoot,
  stopEmbedded,
} from "./lib/postgres.mjs"

const startedAt = Date.now()
const elapsed = () => ((Date.now() - startedAt) / 1000).toFixed(1)
const say = (message) => console.log(`[fault-test ${elapsed()}s] ${message}`)
const seconds = (name, fallback) => Number(process.env[name] || fallback) * 1000

const DEADLINE_MS = seconds("FAULT_TEST_DEADLINE_SECONDS", 340)
/**
 * How long the system gets to recover after each fault. An event a killed worker held comes back
 * when BullMQ's second stalled-job check finds its lock gone: up to about 65 s after the kill.
 */
const RECOVERY_MS = seconds("FAULT_TEST_RECOVERY_SECONDS", 120)
const BURST_SIZE = Number(process.env.FAULT_TEST_BURST || 300)
const APPOINTMENTS = Number(process.env.FAULT_TEST_APPOINTMENTS || 30)
const ADMIN = { email: "fault-admin@salon.test", password: "fault-test-password-1" }
/** BullMQ's set of repeatable jobs of the workflow engine's scheduled-job queue. */
const SCHEDULED_JOBS_KEY = "bull:medusa-workflows-jobs:repeat"

const logDir = fs.mkdtempSync(path.join(os.tmpdir(), "salon-fault-test-"))
let pgServer = null
let db = null
let testDatabaseUrl = null
const results = []
let finishing = false

/** Records one check: `figures` say what was measured, whatever the outcome. */
function check(scenario, name, ok, figures) {
  // After the deadline stopped the run, a scenario still unwinding has nothing to add.
  if (finishing) return
  results.push({ scenario, name, ok: !!ok, figures })
  say(`${ok ? "PASS" : "FAIL"} ${scenario} ${name}: ${figures}`)
}

const sql = async (text, params = []) => (await db.query(text, params)).rows

/** A network failure or a 5xx: the request may or may not have been carried out. */
const isUncertain = (error) => !(error instanceof HttpError) || error.status >= 500

async function setUp() {
  const redisPort = await freePort(Number(process.env.FAULT_TEST_REDIS_PORT || 6391))
  const redis = redisProcess({ port: redisPort, logDir })
  await redis.start()
  say(`own Redis on 127.0.0.1:${redisPort} (nothing saved to disk)`)

  pgServer = await findPostgres({ embeddedName: "postgres-test", embeddedPort: 5434 })
  testDatabaseUrl = databaseUrl({ ...pgServer, database: `salon_fault_${process.pid}` })
  await ensureDatabase(testDatabaseUrl)
  say(`fresh database ${new URL(testDatabaseUrl).pathname.slice(1)} on ${pgServer.source}`)

  const env = { ...process.env }
  delete env.PORT
  Object.assign(env, {
    NODE_ENV: "production",
    LOG_LEVEL: process.env.LOG_LEVEL || "info",
    DATABASE_URL: testDatabaseUrl,
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    DISABLE_MEDUSA_ADMIN: "true",
  })
  const migrateStartedAt = Date.now()
  await runMedusa(["db:migrate"], { cwd: projectRoot, env, logDir, name: "migrate" })
  say(`migrated in ${((Date.now() - migrateStartedAt) / 1000).toFixed(1)}s`)

  const { default: pg } = await import("pg")
  db = new pg.Client({ connectionString: testDatabaseUrl })
  await db.connect()

  const taken = []
  const port = async (from) => {
    const free = await freePort(from, taken)
    taken.push(free)
    return free
  }
  const serverA = medusaProcess({
    name: "server-a",
    mode: "server",
    port: await port(9301),
    env,
    logDir,
  })
  const serverB = medusaProcess({
    name: "server-b",
    mode: "server",
    port: await port(9302),
    env,
    logDir,
  })
  const worker = medusaProcess({
    name: "worker",
    mode: "worker",
    port: await port(9303),
    env,
    logDir,
  })
  const bootStartedAt = Date.now()
  await Promise.all([
    serverA.start(),
    serverB.start(),
    worker.start(),
    runMedusa(["user", "-e", ADMIN.email, "-p", ADMIN.password], {
      cwd: projectRoot,
      env,
      logDir,
      name: "create-admin",
    }),
  ])
  say(
    `servers on :${serverA.env.PORT} and :${serverB.env.PORT}, worker on :${worker.env.PORT}, ` +
      `admin created, in ${((Date.now() - bootStartedAt) / 1000).toFixed(1)}s`
  )
  const baseOf = (managed) => `http://127.0.0.1:${managed.env.PORT}`
  const a = await loginAdmin(baseOf(serverA), ADMIN)
  const b = await loginAdmin(baseOf(serverB), ADMIN)
  const salon = await createSalon(a)
  return { redis, redisPort, serverA, serverB, worker, a, b, salon, baseOf }
}

/** The customer's CNY account, read through the admin API. */
async function accountOf(admin, customerId) {
  const { data } = await admin.get(
    `/admin/stored-value/accounts?customer_id=${customerId}&currency_code=cny`
  )
  return data.stored_value_accounts[0]
}

async function keylessTopUps({ a, b }) {
  const customer = await createCustomer(a, "keyless")
  const responses = await pool(Array.from({ length: 50 }), 50, (_, i) =>
    (i % 2 ? b : a).post(
      "/admin/stored-value/top-ups",
      {
        customer_id: customer.id,
        currency_code: "cny",
        principal_amount: 10,
        payment_method: "cash",
      },
      { timeoutMs: 60000 }
    )
  )
  const created = responses.filter((r) => r.ok && r.value.status === 201).length
  const account = await accountOf(a, customer.id)
  const [{ operations }] = await sql(
    `SELECT count(*)::int AS operations FROM stored_value_operation
     WHERE account_id = $1 AND kind = 'top_up' AND deleted_at IS NULL`,
    [account?.id ?? ""]
  )
  const balance = Number(account?.principal_balance ?? 0) + Number(account?.bonus_balance ?? 0)
  const firstError = responses.find((r) => !r.ok)?.error?.message
  check(
    "a",
    "50 keyless concurrent top-ups of 10 → balance 500, 50 operations",
    created === 50 && balance === 500 && operations === 50,
    `201s ${created}/50, balance ${balance}, top-up operations ${operations}` +
      (firstError ? `; first error: ${firstError}` : "")
  )
}

async function serverCrashInBurst({ a, b, serverA, salon }) {
  const customer = await createCustomer(a, "burst")
  const runId = `${process.pid}-${Date.now()}`
  await a.post("/admin/stored-value/top-ups", {
    customer_id: customer.id,
    currency_code: "cny",
    principal_amount: 5000,
    payment_method: "cash",
    staff_member_id: salon.staff.id,
    idempotency_key: `fault-b-${runId}-fund`,
  })
  // Spends of 1 and top-ups of 10 (sold by the stylist, so each top-up earns a commission entry:
  // the per-operation effect to count), alternating; half of them go to the server that dies.
  const requests = Array.from({ length: BURST_SIZE }, (_, i) => {
    const spend = i % 2 === 0
    const body = spend
      ? { customer_id: customer.id, currency_code: "cny", amount: 1, reference_type: "sale" }
      : {
          customer_id: customer.id,
          currency_code: "cny",
          principal_amount: 10,
          payment_method: "card",
          staff_member_id: salon.staff.id,
        }
    return {
      path: spend ? "/admin/stored-value/spends" : "/admin/stored-value/top-ups",
      body: { ...body, idempotency_key: `fault-b-${runId}-${i}` },
      toA: Math.floor(i / 2) % 2 === 0,
    }
  })
  const killAfter = Math.floor(BURST_SIZE / 3)
  let finished = 0
  let kill = null
  const outcomes = await pool(requests, 12, async (request) => {
    try {
      return await (request.toA ? a : b).post(request.path, request.body)
    } finally {
      if (++finished === killAfter) {
        say(`kill -9 server A after ${finished} of ${BURST_SIZE} requests`)
        kill = serverA.kill9()
      }
    }
  })
  await kill
  const uncertain = outcomes
    .map((outcome, i) => ({ outcome, request: requests[i] }))
    .filter(({ outcome }) => !outcome.ok && isUncertain(outcome.error))
  const refused = outcomes.filter((o) => !o.ok && !isUncertain(o.error))
  const restartAt = Date.now()
  await serverA.start()
  const restartSeconds = ((Date.now() - restartAt) / 1000).toFixed(1)
  // A client that did not get an answer sends the same request again, with the same key.
  let replayed = 0
  let createdOnRetry = 0
  const retries = await pool(uncertain, 8, async ({ request }) => {
    for (let attempt = 1; ; attempt++) {
      try {
        const response = await (request.toA ? a : b).post(request.path, request.body)
        if (response.data.operation?.replayed) replayed++
        else createdOnRetry++
        return response
      } catch (error) {
        if (attempt >= 3 || !isUncertain(error)) throw error
        await new Promise((resolve) => setTimeout(resolve, 1000))
      }
    }
  })
  const retryFailures = retries.filter((r) => !r.ok)
  check(
    "b",
    "burst: every request answered (after retries with the same key)",
    refused.length === 0 && retryFailures.length === 0,
    `${BURST_SIZE} requests, ${uncertain.length} unanswered when server A died, restarted in ` +
      `${restartSeconds}s; retries: ${replayed} replayed, ${createdOnRetry} created, ` +
      `${retryFailures.length} failed; refused ${refused.length}` +
      (refused[0] ? ` (first: ${refused[0].error.message})` : "") +
      (retryFailures[0] ? ` (first retry failure: ${retryFailures[0].error.message})` : "")
  )

  const account = await accountOf(a, customer.id)
  const kinds = Object.fromEntries(
    (
      await sql(
        `SELECT kind, count(*)::int AS n FROM stored_value_operation
         WHERE account_id = $1 AND deleted_at IS NULL GROUP BY kind`,
        [account.id]
      )
    ).map((row) => [row.kind, row.n])
  )
  const expectedSpends = Math.ceil(BURST_SIZE / 2)
  const expectedTopUps = Math.floor(BURST_SIZE / 2) + 1
  check(
    "b",
    "burst: each keyed operation exists exactly once",
    kinds.spend === expectedSpends &&
      kinds.top_up === expectedTopUps &&
      Object.keys(kinds).length === 2,
    `operations by kind ${JSON.stringify(kinds)}; expected spend ${expectedSpends}, ` +
      `top_up ${expectedTopUps} (with the opening one), nothing else`
  )

  // Every top-up's `stored_value.topped_up` must have been handled exactly once: one commission
  // entry per top-up, none missing (an event lost in the crash) and none doubled.
  const effects = () =>
    sql(
      `SELECT o.id,
              count(e.id) FILTER (WHERE e.reverses_entry_id IS NULL)::int AS entries,
              count(e.id) FILTER (WHERE e.reverses_entry_id IS NOT NULL)::int AS reversals
       FROM stored_value_operation o
       LEFT JOIN commission_entry e
         ON e.source_type = 'stored_value_top_up' AND e.source_id = o.id AND e.deleted_at IS NULL
       WHERE o.account_id = $1 AND o.kind = 'top_up' AND o.deleted_at IS NULL
       GROUP BY o.id`,
      [account.id]
    )
  const waitStartedAt = Date.now()
  let rows = await effects()
  await waitUntil(
    async () => {
      rows = await effects()
      return rows.every((row) => row.entries >= 1)
    },
    RECOVERY_MS,
    "a commission entry for every top-up",
    1000
  ).catch(() => {})
  const missing = rows.filter((row) => row.entries === 0).length
  const doubled = rows.filter((row) => row.entries > 1 || row.reversals > 0).length
  check(
    "b",
    "burst: every top-up has exactly one commission entry (its event handled once)",
    rows.length > 0 && missing === 0 && doubled === 0,
    `${rows.length} top-ups: ${rows.length - missing - doubled} with one entry, ${missing} ` +
      `missing, ${doubled} doubled or reversed (waited ${((Date.now() - waitStartedAt) / 1000).toFixed(0)}s)`
  )
  await spentEffects(account.id, expectedSpends)

  const [ledger] = await sql(
    `SELECT a.principal_balance::text AS principal, a.bonus_balance::text AS bonus,
            (SELECT coalesce(sum(principal_amount), 0)::text FROM stored_value_entry
              WHERE account_id = a.id AND deleted_at IS NULL) AS principal_sum,
            (SELECT coalesce(sum(bonus_amount), 0)::text FROM stored_value_entry
              WHERE account_id = a.id AND deleted_at IS NULL) AS bonus_sum
     FROM stored_value_account a WHERE a.id = $1`,
    [account.id]
  )
  const { data: reconciliation } = await b.get("/admin/stored-value/reconciliation")
  const expectedBalance = 5000 + 10 * (kinds.top_up - 1) - (kinds.spend ?? 0)
  const balance = Number(ledger.principal) + Number(ledger.bonus)
  check(
    "b",
    "burst: the ledger reconciles (balance = sum of entries = what the operations moved)",
    Number(ledger.principal) === Number(ledger.principal_sum) &&
      Number(ledger.bonus) === Number(ledger.bonus_sum) &&
      balance === expectedBalance &&
      reconciliation.reconciliation?.balanced === true,
    `balance ${balance} (principal ${ledger.principal}, entries ${ledger.principal_sum}; bonus ` +
      `${ledger.bonus}, entries ${ledger.bonus_sum}); expected ${expectedBalance}; ` +
      `reconciliation balanced: ${reconciliation.reconciliation?.balanced}`
  )
}

/**
 * A spend's event has no per-spend effect in the app (commissions follow appointments, not
 * spends), so it is counted in the stored value module's transactional outbox once there is one
 * (`stored_value_outbox_event`: event_name, data, status): exactly one `stored_value.spent` per
 * spend, and it is published.
 */
async function spentEffects(accountId, expectedSpends) {
  const name = "burst: every spend has exactly one stored_value.spent in the outbox, published"
  const [outbox] = await sql(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_name ILIKE 'stored_value%outbox%' ORDER BY table_name`
  )
  if (!outbox) {
    check(
      "b",
      name,
      false,
      "no stored value outbox table (the transactional outbox has not landed)"
    )
    return
  }
  const table = outbox.table_name
  const columns = (
    await sql(
      `SELECT column_name FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name = $1`,
      [table]
    )
  ).map((row) => row.column_name)
  if (!["event_name", "data", "status"].every((column) => columns.includes(column))) {
    check("b", name, false, `${table} lacks event_name, data or status (${columns.join(", ")})`)
    return
  }
  const state = () =>
    sql(
      `SELECT o.id, count(x.id)::int AS events,
              count(x.id) FILTER (WHERE x.status = 'published')::int AS published
       FROM stored_value_operation o
       LEFT JOIN "${table}" x
         ON x.event_name = 'stored_value.spent' AND x.data->>'operation_id' = o.id
       WHERE o.account_id = $1 AND o.kind = 'spend' AND o.deleted_at IS NULL
       GROUP BY o.id`,
      [accountId]
    )
  let rows = await state()
  await waitUntil(
    async () => {
      rows = await state()
      return rows.every((row) => row.published >= 1)
    },
    RECOVERY_MS,
    "every spend's event to be published",
    1000
  ).catch(() => {})
  const missing = rows.filter((row) => row.events === 0).length
  const doubled = rows.filter((row) => row.events > 1).length
  const unpublished = rows.filter((row) => row.events === 1 && row.published === 0).length
  check(
    "b",
    name,
    rows.length === expectedSpends && missing === 0 && doubled === 0 && unpublished === 0,
    `${rows.length} spends in ${table}: ${rows.length - missing - doubled - unpublished} with ` +
      `one published event, ${unpublished} still pending, ${missing} without, ${doubled} with several`
  )
}

async function workerCrashInBatch({ a, b, worker, salon }) {
  const customer = await createCustomer(a, "visits")
  // Ten slots a day, an hour apart, from three days ahead: nothing overlaps.
  const slots = Array.from({ length: APPOINTMENTS }, (_, i) => ({
    date: shanghaiDate(3 + Math.floor(i / 10)),
    time: `${String(9 + (i % 10)).padStart(2, "0")}:00`,
  }))
  const booked = await pool(slots, 4, (slot, i) =>
    bookAndCheckIn(i % 2 ? b : a, salon, customer.id, slot.date, slot.time)
  )
  const bookingFailure = booked.find((r) => !r.ok)
  if (bookingFailure) throw new Error(`booking failed: ${bookingFailure.error.message}`)
  const ids = booked.map((r) => r.value)
  say(`${ids.length} appointments booked and checked in; completing them`)

  const surveyCount = async () =>
    (
      await sql(
        `SELECT count(*)::int AS n FROM satisfaction_survey
         WHERE appointment_id = ANY($1) AND deleted_at IS NULL`,
        [ids]
      )
    )[0].n
  let completionsDone = false
  let killedWith = null
  // Kill the worker once it has visibly started on the batch (the first survey exists).
  const killer = (async () => {
    const watchStartedAt = Date.now()
    for (;;) {
      const surveys = await surveyCount()
      if (surveys > 0 || (completionsDone && Date.now() - watchStartedAt > 20000)) {
        await worker.kill9()
        killedWith = surveys
        return
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  })()
  const completed = await pool(ids, 6, (id, i) =>
    (i % 2 ? b : a).post(`/admin/appointments/${id}/complete`, {}, { timeoutMs: 60000 })
  )
  completionsDone = true
  await killer
  const completedIds = ids.filter((_, i) => completed[i].ok)
  say(
    `kill -9 worker with ${killedWith}/${ids.length} surveys written; ` +
      `${completedIds.length} completions answered 200`
  )
  const restartAt = Date.now()
  await worker.start()
  const restartSeconds = ((Date.now() - restartAt) / 1000).toFixed(1)

  const state = () =>
    sql(
      `SELECT a.id,
              count(s.id)::int AS surveys,
              count(s.id) FILTER (WHERE s.sent_at IS NOT NULL)::int AS sent
       FROM unnest($1::text[]) AS a(id)
       LEFT JOIN satisfaction_survey s ON s.appointment_id = a.id AND s.deleted_at IS NULL
       GROUP BY a.id`,
      [completedIds]
    )
  const commissionState = () =>
    sql(
      `SELECT a.id,
              count(e.id) FILTER (WHERE e.reverses_entry_id IS NULL)::int AS entries,
              count(e.id) FILTER (WHERE e.reverses_entry_id IS NOT NULL)::int AS reversals
       FROM unnest($1::text[]) AS a(id)
       LEFT JOIN commission_entry e
         ON e.source_type = 'appointment' AND e.source_id = a.id AND e.deleted_at IS NULL
       GROUP BY a.id`,
      [completedIds]
    )
  // An event the killed worker was handling is redelivered by BullMQ once its lock lapses and a
  // stalled-job check runs (about 30-60 s): wait for every effect, not only the surveys.
  const waitStartedAt = Date.now()
  let rows = await state()
  let commissions = await commissionState()
  await waitUntil(
    async () => {
      rows = await state()
      commissions = await commissionState()
      return rows.every((row) => row.sent >= 1) && commissions.every((row) => row.entries >= 1)
    },
    RECOVERY_MS,
    "every completed appointment's survey to be sent and its commission recorded",
    1000
  ).catch(() => {})
  const waited = ((Date.now() - waitStartedAt) / 1000).toFixed(0)
  const none = rows.filter((row) => row.surveys === 0).length
  const unsent = rows.filter((row) => row.surveys === 1 && row.sent === 0).length
  const several = rows.filter((row) => row.surveys > 1).length
  check(
    "c",
    "worker crash: every completed appointment has exactly one survey, and it is sent",
    completedIds.length === ids.length && none === 0 && unsent === 0 && several === 0,
    `${completedIds.length}/${ids.length} completed; worker killed with ${killedWith} surveys ` +
      `written, restarted in ${restartSeconds}s; after ${waited}s: ` +
      `${rows.length - none - unsent - several} sent once, ${unsent} created but never sent, ` +
      `${none} without a survey, ${several} with several`
  )

  // The invitation itself: one notification per survey (a redelivered event must not send twice).
  const invitations = await sql(
    `SELECT s.id, count(n.id)::int AS sent
     FROM satisfaction_survey s
     LEFT JOIN notification n ON n.resource_id = s.id AND n.template = 'satisfaction-survey'
     WHERE s.appointment_id = ANY($1) AND s.deleted_at IS NULL
     GROUP BY s.id`,
    [completedIds]
  )
  const invitedTwice = invitations.filter((row) => row.sent > 1).length
  const notInvited = invitations.filter((row) => row.sent === 0).length
  check(
    "c",
    "worker crash: one survey invitation per survey (none sent twice)",
    invitations.length === completedIds.length && invitedTwice === 0 && notInvited === 0,
    `${invitations.length} surveys: ${invitedTwice} invited more than once, ${notInvited} not invited`
  )

  const missing = commissions.filter((row) => row.entries === 0).length
  const doubled = commissions.filter((row) => row.entries > 1 || row.reversals > 0).length
  check(
    "c",
    "worker crash: every completed appointment has exactly one service commission",
    missing === 0 && doubled === 0,
    `${commissions.length} appointments: ${missing} without a commission entry, ` +
      `${doubled} with more than one or reversed`
  )
}

/** GET /health/ready's status on a server, or the reason there was none. */
async function readiness(base) {
  try {
    const response = await fetch(`${base}/health/ready`, { signal: AbortSignal.timeout(3000) })
    return response.status
  } catch (error) {
    return `no answer (${error.name === "TimeoutError" ? "3 s timeout" : error.message})`
  }
}

async function scheduledJobs(redisPort) {
  const output = await redisCli(redisPort, ["ZRANGE", SCHEDULED_JOBS_KEY, "0", "-1"])
  return output.split("\n").filter(Boolean).sort()
}

async function redisRestartedEmpty({ redis, redisPort, serverA, serverB, worker, baseOf }) {
  const bases = [baseOf(serverA), baseOf(serverB)]
  const workerStarts = worker.starts
  // Ready first (an outbox backlog left by the crashes above may hold it at 503 for a moment).
  let before = []
  await waitUntil(
    async () => {
      before = await Promise.all(bases.map(readiness))
      return before.every((status) => status === 200) || before.includes(404)
    },
    20000,
    "/health/ready to answer 200 before the outage",
    1000
  ).catch(() => {})
  const jobsBefore = await scheduledJobs(redisPort)
  say(
    `before: /health/ready ${before.join(", ")}; ${jobsBefore.length} scheduled jobs in ` +
      `${SCHEDULED_JOBS_KEY}`
  )

  await redis.kill9()
  say("kill -9 Redis")
  let down = []
  await waitUntil(
    async () => {
      down = await Promise.all(bases.map(readiness))
      return down.every((status) => status === 503) || down.includes(404)
    },
    20000,
    "/health/ready to answer 503 on both servers",
    1000
  ).catch(() => false)

  const redisDownAt = Date.now()
  await redis.start()
  const dbsize = (await redisCli(redisPort, ["DBSIZE"])).trim()
  say(`Redis started again, empty (DBSIZE ${dbsize} right after start)`)
  let up = []
  await waitUntil(
    async () => {
      up = await Promise.all(bases.map(readiness))
      return up.every((status) => status === 200) || up.includes(404)
    },
    45000,
    "/health/ready to answer 200 on both servers",
    1000
  ).catch(() => false)
  const upSeconds = ((Date.now() - redisDownAt) / 1000).toFixed(0)
  check(
    "e",
    "readiness: GET /health/ready 200 → 503 while Redis is down → 200 after",
    before.every((status) => status === 200) &&
      down.every((status) => status === 503) &&
      up.every((status) => status === 200),
    `before ${before.join("/")}; Redis down ${down.join("/")}; Redis back ${up.join("/")}` +
      (up.every((status) => status === 200) ? ` (200 within ${upSeconds}s)` : "") +
      (before.some((status) => status === 404) ? "; /health/ready is not implemented (404)" : "")
  )

  let jobsAfter = []
  const reRegistered = await waitUntil(
    async () => {
      jobsAfter = await scheduledJobs(redisPort)
      return jobsBefore.length > 0 && jobsBefore.every((job) => jobsAfter.includes(job))
    },
    RECOVERY_MS,
    "the scheduled jobs to be registered again",
    2000
  ).catch(() => false)
  const lost = jobsBefore.filter((job) => !jobsAfter.includes(job))
  check(
    "d",
    "Redis restarted empty: scheduled jobs registered again, worker not restarted",
    reRegistered && worker.running && worker.starts === workerStarts,
    `${jobsBefore.length} scheduled jobs before, ${jobsAfter.length} after ` +
      `${((Date.now() - redisDownAt) / 1000).toFixed(0)}s` +
      (lost.length
        ? `; missing: ${lost.slice(0, 5).join(", ")}${lost.length > 5 ? " …" : ""}`
        : "") +
      (worker.running ? "" : "; the worker process exited")
  )
  check(
    "d",
    "Redis outage: every app process is still running",
    serverA.running && serverB.running && worker.running,
    `server A ${serverA.running ? "up" : "exited"}, server B ${serverB.running ? "up" : "exited"}, ` +
      `worker ${worker.running ? "up" : "exited"}`
  )
}

function printSummary() {
  const rows = results.map((r) => [r.ok ? "PASS" : "FAIL", r.scenario, r.name, r.figures])
  const width = (i) => Math.max(...rows.map((row) => row[i].length), 4)
  console.log("\n=== fault test summary ===")
  for (const row of rows) {
    console.log(`${row[0].padEnd(width(0))}  ${row[1]}  ${row[2].padEnd(width(2))}  ${row[3]}`)
  }
  const failed = results.filter((r) => !r.ok)
  console.log(
    failed.length
      ? `\n${failed.length} of ${results.length} checks FAILED:\n${failed.map((r) => `  - ${r.scenario}: ${r.name}`).join("\n")}`
      : `\nall ${results.length} checks passed`
  )
  console.log(`logs: ${logDir} (${elapsed()}s in all)`)
}

async function cleanup() {
  await stopAll()
  await db?.end().catch(() => {})
  if (testDatabaseUrl && !process.env.FAULT_TEST_KEEP_DATABASE) {
    const { default: pg } = await import("pg")
    const maintenance = new URL(testDatabaseUrl)
    maintenance.pathname = "/postgres"
    const client = new pg.Client({ connectionString: maintenance.toString() })
    await client
      .connect()
      .then(() =>
        client.query(
          `DROP DATABASE IF EXISTS "${new URL(testDatabaseUrl).pathname.slice(1)}" WITH (FORCE)`
        )
      )
      .catch((error) => say(`(could not drop the test database: ${error.message})`))
      .finally(() => client.end().catch(() => {}))
  }
  await stopEmbedded(pgServer)
}

async function runScenario(scenario, name, fn) {
  say(`--- ${scenario}: ${name}`)
  try {
    await fn()
  } catch (error) {
    check(scenario, `${name} (ran to the end)`, false, error.message.split("\n")[0])
    console.error(error.message)
  }
}

let deadline = null

async function main() {
  // The build is CI's own step (`npm run build`): it is reused here, and made only if missing.
  await ensurePluginBuilt({ say })
  await ensureAppBuilt({ say })
  deadline = setTimeout(() => {
    check("-", `finished within ${DEADLINE_MS / 1000}s`, false, "deadline reached; stopping")
    finish(1)
  }, DEADLINE_MS)
  const app = await setUp()
  await runScenario("a", "keyless concurrent top-ups", () => keylessTopUps(app))
  await runScenario("b", "kill -9 of a server during a burst", () => serverCrashInBurst(app))
  await runScenario("c", "kill -9 of the worker during a batch", () => workerCrashInBatch(app))
  await runScenario("d/e", "Redis killed and restarted empty", () => redisRestartedEmpty(app))
}

async function finish(code) {
  if (finishing) return
  finishing = true
  printSummary()
  await cleanup().catch((error) => console.error(`cleanup: ${error.message}`))
  if (code === 0 && results.length) fs.rmSync(logDir, { recursive: true, force: true })
  process.exit(code)
}

process.on("exit", killAllNow)
process.on("SIGINT", () => finish(130))
process.on("SIGTERM", () => finish(143))

main()
  .then(() => {
    clearTimeout(deadline)
    return finish(results.length && results.every((r) => r.ok) ? 0 : 1)
  })
  .catch((error) => {
    clearTimeout(deadline)
    console.error(`[fault-test] FAILED before the checks finished: ${error.message}`)
    check("-", "set-up", false, error.message.split("\n")[0])
    return finish(1)
  })
