import { readdir } from "node:fs/promises"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { readOutboxBacklog } from "../outbox"
import { sharedKnex } from "./database"
import type { OperationsOptions } from "./options"
import { connected, maskUrl, operationsRedis } from "./redis"

export type CheckResult = {
  name: string
  status: "ok" | "failed"
  latency_ms: number
  detail?: string
}

export type Readiness = { status: "ready" | "not_ready"; checks: CheckResult[] }

class CheckTimeout extends Error {}

function withTimeout<T>(work: PromiseLike<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CheckTimeout(`timed out after ${ms} ms`)), ms)
  })
  return Promise.race([Promise.resolve(work), timeout]).finally(() => clearTimeout(timer))
}

async function runCheck(
  name: string,
  timeoutMs: number,
  check: () => Promise<string | undefined>
): Promise<CheckResult> {
  const startedAt = performance.now()
  const latency = () => Math.round(performance.now() - startedAt)
  try {
    const detail = await withTimeout(check(), timeoutMs)
    return { name, status: "ok", latency_ms: latency(), ...(detail ? { detail } : {}) }
  } catch (error) {
    return { name, status: "failed", latency_ms: latency(), detail: (error as Error).message }
  }
}

/** Migrations of the plugin's own modules, found next to the running build (or the sources). */
async function pluginMigrationNames(): Promise<string[]> {
  const modulesDir = path.join(__dirname, "..", "..", "modules")
  const modules = await readdir(modulesDir, { withFileTypes: true })
  const names = await Promise.all(
    modules
      .filter((entry) => entry.isDirectory())
      .map(async (entry) => {
        const files = await readdir(path.join(modulesDir, entry.name, "migrations")).catch(
          () => [] as string[]
        )
        return files
          .filter((file) => /^Migration\w+\.(js|ts)$/.test(file) && !file.endsWith(".d.ts"))
          .map((file) => file.replace(/\.(js|ts)$/, ""))
      })
  )
  return names.flat()
}

const MIGRATIONS_CACHE_MS = 30_000
let migrationsCache: { at: number; pending: string[] } | undefined

/**
 * The plugin's module migrations not yet recorded in `mikro_orm_migrations` (where Medusa's module
 * migrator records each one it runs). Medusa has no public "pending migrations" call for modules,
 * so this compares file names; the answer is cached for 30 s.
 */
async function pendingPluginMigrations(container: MedusaContainer): Promise<string[]> {
  if (migrationsCache && Date.now() - migrationsCache.at < MIGRATIONS_CACHE_MS) {
    return migrationsCache.pending
  }
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [files, executed] = await Promise.all([
    pluginMigrationNames(),
    knex.raw("select name from mikro_orm_migrations") as Promise<{ rows: { name: string }[] }>,
  ])
  const done = new Set(executed.rows.map((row) => row.name))
  const pending = files.filter((name) => !done.has(name)).sort()
  migrationsCache = { at: Date.now(), pending }
  return pending
}

/**
 * Whether this process can serve traffic: the database answers, Redis answers (when configured),
 * no migration of the plugin is pending and salon events are being published in time.
 */
export async function checkReadiness(
  container: MedusaContainer,
  options: OperationsOptions
): Promise<Readiness> {
  const timeoutMs = options.ready_check_timeout_ms
  const configModule = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const redisUrl = configModule.projectConfig.redisUrl

  const checks = await Promise.all([
    runCheck("database", timeoutMs, async () => {
      await sharedKnex(container)!.raw("select 1")
      return undefined
    }),
    ...(redisUrl
      ? [
          runCheck("redis", timeoutMs, async () => {
            try {
              await (await connected(operationsRedis(redisUrl, timeoutMs))).ping()
            } catch (error) {
              throw new MedusaError(
                MedusaError.Types.UNEXPECTED_STATE,
                `${maskUrl(redisUrl)}: ${(error as Error).message}`
              )
            }
            return undefined
          }),
        ]
      : []),
    runCheck("migrations", timeoutMs, async () => {
      const pending = await pendingPluginMigrations(container)
      if (pending.length) {
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `${pending.length} pending: ${pending.join(", ")}`
        )
      }
      return undefined
    }),
    runCheck("outbox", timeoutMs, async () => {
      const backlog = await readOutboxBacklog(container)
      const oldest = backlog.oldest_pending_age_seconds
      const detail = `${backlog.pending} pending, oldest ${oldest === null ? "none" : `${Math.round(oldest)} s`}`
      if (oldest !== null && oldest > options.ready_outbox_max_age_seconds) {
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `${detail} (limit ${options.ready_outbox_max_age_seconds} s)`
        )
      }
      return detail
    }),
  ])
  return {
    status: checks.every((check) => check.status === "ok") ? "ready" : "not_ready",
    checks,
  }
}
