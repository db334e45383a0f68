#!/usr/bin/env node
// `npm run check:redis`: boots the app with Medusa's Redis modules as two processes, a worker
// (MEDUSA_WORKER_MODE=worker) and a publisher (server mode), and proves that an event the
// publisher emits reaches the worker's subscriber through Redis.
import { spawn } from "node:child_process"
import path from "node:path"
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
const say = (message) => console.log(`[check-redis] ${message}`)

let server = null
let worker = null

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

async function cleanup() {
  if (worker && worker.exitCode === null) {
    const exited = new Promise((resolve) => worker.once("exit", resolve))
    worker.kill("SIGTERM")
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10000))])
  }
  await stopEmbedded(server)
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
  worker = spawn(medusaBin, ["start"], {
    cwd: projectRoot,
    env: { ...env, MEDUSA_WORKER_MODE: "worker", PORT: String(workerPort) },
    stdio: "inherit",
  })
  await waitFor(
    async () => {
      try {
        return (await fetch(`http://localhost:${workerPort}/health`)).ok
      } catch {
        return false
      }
    },
    120000,
    "the worker to start"
  )

  say("publishing system.ping from a separate server-mode process")
  await run(["exec", "./src/scripts/check-event-bus.ts"], {
    ...env,
    LOG_LEVEL: "info",
    MEDUSA_WORKER_MODE: "server",
    CHECK_EVENT_BUS_REQUIRE_OTHER_PROCESS: "true",
  })
  say("passed: an event published by one process reached a subscriber in another through Redis")
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
