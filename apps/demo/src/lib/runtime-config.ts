import { spawnSync } from "node:child_process"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { InputConfigModules } from "@medusajs/framework/types"

export type WorkerMode = "shared" | "server" | "worker"

export const WORKER_MODES: WorkerMode[] = ["shared", "server", "worker"]

/**
 * `MEDUSA_WORKER_MODE`: `shared` (one process serves HTTP and runs subscribers and jobs),
 * `server` (HTTP only) or `worker` (subscribers, jobs and workflows only).
 */
export function workerModeFrom(value: string | undefined): WorkerMode {
  const mode = (value || "shared") as WorkerMode
  if (!WORKER_MODES.includes(mode)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `MEDUSA_WORKER_MODE must be one of ${WORKER_MODES.join(", ")}; got "${value}"`
    )
  }
  return mode
}

/**
 * A whole number from an environment variable, or undefined when unset; anything else stops the
 * boot with a message naming the variable.
 */
export function positiveIntegerFrom(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === "") {
    return undefined
  }
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${name} must be a whole number of at least 1; got "${value}"`
    )
  }
  return number
}

/**
 * `projectConfig.databaseDriverOptions` for `DATABASE_POOL_MAX`: Medusa passes `pool.max` (and
 * min/idle settings) to knex; without it knex's default of 10 connections applies.
 */
export function databaseDriverOptionsFor(poolMax: number | undefined) {
  return poolMax ? { pool: { max: poolMax } } : undefined
}

/**
 * With a Redis URL, events, workflow state, locks and caches live in Redis so several
 * server and worker processes share them. Without one, Medusa's in-process defaults run.
 *
 * `keyPrefix` (`REDIS_KEY_PREFIX`) lets several installs share one Redis: it goes before each
 * module's own prefix (BullMQ queues of the event bus and workflow engine, cache, caching and lock
 * keys). The workflow engine's own state keys and pub/sub channels take no prefix in Medusa 2.21.
 */
export function redisModulesFor(redisUrl: string | undefined, keyPrefix = ""): InputConfigModules {
  if (!redisUrl) {
    return []
  }
  const queuePrefix = (modulePrefix: string) =>
    keyPrefix
      ? {
          queueOptions: { prefix: `${keyPrefix}${modulePrefix}` },
          workerOptions: { prefix: `${keyPrefix}${modulePrefix}` },
        }
      : {}
  return [
    {
      resolve: "@medusajs/medusa/event-bus-redis",
      key: Modules.EVENT_BUS,
      // "RedisEventBusService" is the event bus's own BullMQ prefix (its class name).
      options: { redisUrl, ...queuePrefix("RedisEventBusService") },
    },
    {
      resolve: "@medusajs/medusa/workflow-engine-redis",
      key: Modules.WORKFLOW_ENGINE,
      // "bull" is BullMQ's default prefix, which the workflow engine keeps.
      options: { redis: { redisUrl, ...queuePrefix("bull") } },
    },
    {
      resolve: "@medusajs/medusa/cache-redis",
      key: Modules.CACHE,
      options: { redisUrl, ...(keyPrefix ? { namespace: `${keyPrefix}medusa` } : {}) },
    },
    {
      resolve: "@medusajs/medusa/caching",
      key: Modules.CACHING,
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/caching-redis",
            id: "caching-redis",
            is_default: true,
            options: { redisUrl, ...(keyPrefix ? { prefix: `${keyPrefix}mc:` } : {}) },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/locking",
      key: Modules.LOCKING,
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl, ...(keyPrefix ? { namespace: `${keyPrefix}medusa_lock:` } : {}) },
          },
        ],
      },
    },
  ]
}

/** `postgres://user:secret@host/db` → `postgres://user:***@host/db`, for messages. */
export function maskUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) {
      parsed.password = "***"
    }
    return parsed.toString()
  } catch {
    return url.replace(/\/\/([^:/@]*):[^@]*@/, "//$1:***@")
  }
}

export type ServiceTarget = { kind: "postgres" | "redis"; url: string; variable: string }

/**
 * Runs in a child process (the config loads synchronously): logs in to PostgreSQL and runs
 * `select 1`, or sends Redis `PING` (after `AUTH` when the URL has a password). Prints the reason
 * and exits 1 on the first failure.
 */
const PROBE_SCRIPT = `
const net = require("node:net")
const [kind, url, timeoutMs] = JSON.parse(process.argv[1])
const fail = (reason) => { process.stdout.write(String(reason)); process.exit(1) }
setTimeout(() => fail("no answer after " + timeoutMs + " ms"), timeoutMs).unref()
if (kind === "postgres") {
  const { Client } = require("pg")
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs })
  client.connect().then(() => client.query("select 1")).then(() => process.exit(0), (e) => fail(e.message || e.code))
} else {
  const parsed = new URL(url)
  const port = Number(parsed.port || 6379)
  const secure = parsed.protocol === "rediss:"
  const socket = secure
    ? require("node:tls").connect({ host: parsed.hostname, port, servername: parsed.hostname })
    : net.connect(port, parsed.hostname)
  const auth = parsed.password
    ? ["AUTH", ...(parsed.username ? [decodeURIComponent(parsed.username)] : []), decodeURIComponent(parsed.password)]
    : null
  const command = (args) => "*" + args.length + "\\r\\n" + args.map((a) => "$" + Buffer.byteLength(a) + "\\r\\n" + a + "\\r\\n").join("")
  let answer = ""
  socket.on(secure ? "secureConnect" : "connect", () => socket.write((auth ? command(auth) : "") + command(["PING"])))
  socket.on("data", (chunk) => {
    answer += chunk
    if (answer.includes("-")) fail(answer.trim().split("\\r\\n").find((line) => line.startsWith("-")).slice(1))
    if (answer.includes("+PONG")) process.exit(0)
  })
  socket.on("error", (e) => fail(e.message || e.code))
}
`

/**
 * Checks that PostgreSQL and Redis answer before the app boots, so that an unreachable service
 * gives one line naming it (password masked) instead of Medusa's retries and stack traces.
 * Returns one message per service that did not answer.
 */
export function unreachableServices(targets: ServiceTarget[], timeoutMs = 3000): string[] {
  const label = { postgres: "PostgreSQL", redis: "Redis" }
  return targets.flatMap((target) => {
    const result = spawnSync(
      process.execPath,
      ["-e", PROBE_SCRIPT, JSON.stringify([target.kind, target.url, timeoutMs])],
      { encoding: "utf8", timeout: timeoutMs + 2000 }
    )
    if (result.status === 0) {
      return []
    }
    const reason = (result.stdout || result.stderr || result.error?.message || "no answer")
      .trim()
      .split("\n")[0]
    return [
      `Cannot reach ${label[target.kind]} at ${maskUrl(target.url)} (${target.variable}): ${reason}`,
    ]
  })
}

/** `medusa start` and `medusa develop` serve the app; other commands (build, exec…) do not. */
export function startsServer(argv: string[]): boolean {
  return ["start", "develop"].includes(argv[2] ?? "")
}
