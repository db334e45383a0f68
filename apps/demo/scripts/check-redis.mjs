#!/usr/bin/env node
// `npm run check:redis`: boots the app with Medusa's Redis modules as two processes, a worker
// (MEDUSA_WORKER_MODE=worker) and a publisher (server mode), and proves that an event the
// publisher emits reaches the worker's subscriber through Redis. Then, against a throwaway
// redis-server of its own (never the shared one), that the plugin's scheduled jobs come back after
// that Redis restarts empty, without restarting the worker.
import { execFile, spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { promisify } from "node:util"
import { ensurePluginBuilt } from "./lib/plugin-build.mjs"
import {
  databaseUrl,
  ensureDatabase,
  findPostgres,
  isPortOpen,
  medusaBin,
  projectRoot,
  stopEmbedded,
} from "./lib/postgres.mjs"

const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379"
const workerPort = Number(process.env.CHECK_REDIS_WORKER_PORT || 9101)
const throwawayRedisPort = Number(process.env.CHECK_REDIS_THROWAWAY_PORT || 6392)
const jobsWorkerPort = Number(process.env.CHECK_REDIS_JOBS_WORKER_PORT || 9102)
const say = (message) => console.log(`[check-redis] ${message}`)

let server = null
let worker = null
let throwawayRedis = null

function run(args, env, { quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(medusaBin, args, {
      cwd: projectRoot,
      env,
      stdio: quiet ? "ignore" : "inherit",
    })
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`medusa ${args.join(" ")} exited with ${code}`))
    )
  })
}

async function waitFor(check, timeoutMs, what) {
  const startedAt = Date.now()
  while (Date.now() - startedAt < timeoutMs) {
    if (await check()) return
    if (worker?.exitCode !== null && worker?.exitCode !== undefined) {
      throw new Error(`the worker exited with ${worker.exitCode} while waiting for ${what}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
}

async function stopChild(child) {
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve))
    child.kill("SIGTERM")
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10000))])
  }
}

async function cleanup() {
  await stopChild(worker)
  await stopChild(throwawayRedis)
  await stopEmbedded(server)
}

const execFileAsync = promisify(execFile)
const redisCli = async (...args) =>
  (await execFileAsync("redis-cli", ["-p", String(throwawayRedisPort), ...args])).stdout.trim()

async function startThrowawayRedis() {
  throwawayRedis = spawn(
    "redis-server",
    [
      "--port",
      String(throwawayRedisPort),
      "--bind",
      "127.0.0.1",
      "--save",
      "",
      "--appendonly",
      "no",
    ],
    { stdio: "ignore" }
  )
  await waitFor(() => isPortOpen("127.0.0.1", throwawayRedisPort), 10000, "redis-server to start")
}

async function startWorker(env, port) {
  worker = spawn(medusaBin, ["start"], {
    cwd: projectRoot,
    env: { ...env, MEDUSA_WORKER_MODE: "worker", PORT: String(port) },
    stdio: "inherit",
  })
  await waitFor(
    async () => {
      try {
        return (await fetch(`http://localhost:${port}/health`)).ok
      } catch {
        return false
      }
    },
    120000,
    "the worker to start"
  )
}

/** The plugin's jobs: each job file's name is its job name (a unit test keeps them equal). */
function pluginJobNames() {
  const jobsDir = path.join(
    projectRoot,
    "..",
    "..",
    "packages",
    "medusa-plugin-salon-erp",
    "src",
    "jobs"
  )
  return fs
    .readdirSync(jobsDir)
    .filter((file) => file.endsWith(".ts"))
    .map((file) => file.replace(/\.ts$/, ""))
}

/** The workflow engine's repeatable jobs: members of `bull:medusa-workflows-jobs:repeat`. */
async function missingPluginJobs(names) {
  const keys = new Set(
    (await redisCli("ZRANGE", "bull:medusa-workflows-jobs:repeat", "0", "-1")).split("\n")
  )
  return names.filter((name) => !keys.has(`schedule_job-${name}`))
}

async function jobRuns(databaseUrl, jobName) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(
      "SELECT runs FROM salon_job_run WHERE job_name = $1 AND deleted_at IS NULL",
      [jobName]
    )
    return Number(rows[0]?.runs ?? 0)
  } finally {
    await client.end()
  }
}

/**
 * A worker on a throwaway Redis registers the plugin's jobs; that Redis is restarted empty (as
 * without persistence); within a minute the worker's watchdog has registered every plugin job
 * again and the 2-second outbox relay has run again, all without restarting the worker.
 */
async function checkJobsSurviveRedisRestart(env) {
  try {
    await execFileAsync("redis-server", ["--version"])
  } catch {
    say("skipped the Redis restart scenario: no redis-server binary to start a throwaway Redis")
    return
  }
  if (await isPortOpen("127.0.0.1", throwawayRedisPort)) {
    throw new Error(`port ${throwawayRedisPort} is taken; set CHECK_REDIS_THROWAWAY_PORT`)
  }
  const names = pluginJobNames()
  const jobsEnv = { ...env, REDIS_URL: `redis://127.0.0.1:${throwawayRedisPort}` }
  await startThrowawayRedis()
  say(`starting a worker on a throwaway Redis (port ${throwawayRedisPort})`)
  await startWorker(jobsEnv, jobsWorkerPort)
  await waitFor(async () => !(await missingPluginJobs(names)).length, 30000, "jobs registered")
  await waitFor(
    async () => (await jobRuns(env.DATABASE_URL, "relay-outbox-events")) > 0,
    30000,
    "a recorded job run"
  )
  say(`${names.length} plugin jobs registered and runs recorded; restarting Redis empty`)

  await redisCli("SHUTDOWN", "NOSAVE").catch(() => undefined)
  await waitFor(
    async () => throwawayRedis.exitCode !== null || throwawayRedis.signalCode !== null,
    10000,
    "Redis to stop"
  )
  await startThrowawayRedis()
  const restartedAt = Date.now()
  const lost = await missingPluginJobs(names)
  if (lost.length !== names.length) {
    throw new Error(`Redis did not come back empty: ${names.length - lost.length} jobs still there`)
  }
  await waitFor(
    async () => !(await missingPluginJobs(names)).length,
    60000,
    "jobs registered again"
  )
  const backAfter = Date.now() - restartedAt
  const runsBefore = await jobRuns(env.DATABASE_URL, "relay-outbox-events")
  await waitFor(
    async () => (await jobRuns(env.DATABASE_URL, "relay-outbox-events")) > runsBefore,
    20000,
    "relay-outbox-events to run again"
  )
  say(
    `passed: all ${names.length} plugin jobs registered again ${Math.round(backAfter / 1000)} s after Redis restarted empty, and relay-outbox-events ran again, with the same worker`
  )
}

async function main() {
  // The app loads the plugin from its build.
  await ensurePluginBuilt({ say })
  const url = new URL(redisUrl)
  if (!(await isPortOpen(url.hostname, Number(url.port || 6379)))) {
    throw new Error(`no Redis at ${redisUrl}`)
  }
  server = await findPostgres({ embeddedName: "postgres-test", embeddedPort: 5434 })
  const databaseName = "salon_redis_check"
  const env = {
    ...process.env,
    NODE_ENV: "development",
    LOG_LEVEL: process.env.LOG_LEVEL || "warn",
    DATABASE_URL: databaseUrl({ ...server, database: databaseName }),
    REDIS_URL: redisUrl,
    DISABLE_MEDUSA_ADMIN: "true",
  }
  say(`database ${databaseName} on ${server.source}; Redis ${redisUrl}`)
  await ensureDatabase(env.DATABASE_URL)
  await run(["db:migrate"], env, { quiet: true })

  say(`starting a worker process (MEDUSA_WORKER_MODE=worker, port ${workerPort})`)
  await startWorker(env, workerPort)

  say("publishing system.ping from a separate server-mode process")
  await run(["exec", "./src/scripts/check-event-bus.ts"], {
    ...env,
    LOG_LEVEL: "info",
    MEDUSA_WORKER_MODE: "server",
    CHECK_EVENT_BUS_REQUIRE_OTHER_PROCESS: "true",
  })
  say("passed: an event published by one process reached a subscriber in another through Redis")
  await stopChild(worker)
  // Stopped on purpose: waits from here on watch the next worker only.
  worker = null

  await checkJobsSurviveRedisRestart(env)
}

process.on("SIGINT", async () => {
  await cleanup()
  process.exit(130)
})

main()
  .then(async () => {
    await cleanup()
    process.exit(0)
  })
  .catch(async (error) => {
    console.error(`[check-redis] FAILED: ${error.message}`)
    await cleanup()
    process.exit(1)
  })
