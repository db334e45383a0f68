import { WorkflowManager, WorkflowScheduler } from "@medusajs/framework/orchestration"
import type { ConfigModule } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { Queue } from "bullmq"
import Redis, { type RedisOptions } from "ioredis"
import { jobWorkflowId, PLUGIN_JOBS } from "./plugin-jobs"

/**
 * Where the Redis workflow engine keeps scheduled jobs, from its documented module options
 * (`redis.redisUrl`, `redis.redisOptions`, `redis.jobQueueName`, `redis.jobQueueOptions.prefix`)
 * with the engine's own defaults. Each job is a BullMQ repeatable job of that queue, keyed
 * `schedule_job-<job name>`; in Redis: the sorted set `<prefix>:<queue>:repeat`
 * (`bull:medusa-workflows-jobs:repeat` by default).
 */
export type RedisScheduleStore = {
  redisUrl: string
  redisOptions: RedisOptions
  queueName: string
  prefix?: string
}

type WorkflowEngineRedisOptions = {
  redis?: {
    redisUrl?: string
    url?: string
    redisOptions?: RedisOptions
    options?: RedisOptions
    jobQueueName?: string
    queueOptions?: { prefix?: string }
    jobQueueOptions?: { prefix?: string }
  }
}

/** The Redis store of the workflow engine, or null when the in-memory engine runs. */
export function redisScheduleStoreOf(configModule: ConfigModule): RedisScheduleStore | null {
  const declaration = configModule.modules?.[Modules.WORKFLOW_ENGINE]
  if (!declaration || typeof declaration !== "object" || !("resolve" in declaration)) {
    return null
  }
  if (!String(declaration.resolve ?? "").includes("workflow-engine-redis")) {
    return null
  }
  const redis = (declaration.options as WorkflowEngineRedisOptions | undefined)?.redis ?? {}
  const redisUrl = redis.redisUrl ?? redis.url
  if (!redisUrl) {
    return null
  }
  return {
    redisUrl,
    redisOptions: redis.redisOptions ?? redis.options ?? {},
    queueName: redis.jobQueueName ?? "medusa-workflows-jobs",
    prefix: redis.jobQueueOptions?.prefix ?? redis.queueOptions?.prefix,
  }
}

/** The engine's key of a scheduled workflow's repeatable job (see RedisScheduleStore). */
export function scheduleKeyOf(workflowId: string): string {
  return `schedule_${workflowId}`
}

/** A scheduled job as the engine holds it in Redis. */
export type RegisteredSchedule = { key: string; next_run_at: Date | null }

/**
 * Reads the repeatable jobs of the engine's job queue. Opens and closes its own connection, so
 * nothing stays open between checks; a Redis that is down fails the read within seconds.
 */
export async function listRegisteredSchedules(
  store: RedisScheduleStore
): Promise<Map<string, RegisteredSchedule>> {
  const connection = new Redis(store.redisUrl, {
    ...store.redisOptions,
    lazyConnect: true,
    connectTimeout: 5_000,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  })
  const queue = new Queue(store.queueName, {
    connection,
    ...(store.prefix ? { prefix: store.prefix } : {}),
  })
  try {
    const repeatable = await queue.getRepeatableJobs()
    return new Map(
      repeatable.map((job) => [
        job.key,
        { key: job.key, next_run_at: job.next ? new Date(job.next) : null },
      ])
    )
  } finally {
    await queue.close().catch(() => undefined)
    connection.disconnect()
  }
}

/**
 * Schedules again every plugin job this process loaded whose repeatable job is missing from the
 * engine's Redis (Redis restarted without persistence, or was flushed), through Medusa's own
 * `WorkflowScheduler`, exactly as the job loader scheduled it at boot. Jobs still present are left
 * alone; scheduling an existing key would only override it. Returns the names scheduled again.
 */
export async function reRegisterMissingPluginJobs(store: RedisScheduleStore): Promise<string[]> {
  const loaded = PLUGIN_JOBS.map((job) => ({
    name: job.name,
    workflow: WorkflowManager.getWorkflow(jobWorkflowId(job.name)),
  })).filter(({ workflow }) => workflow?.options?.schedule)
  if (!loaded.length) {
    // A server process or a migration: no jobs loaded here, nothing to watch.
    return []
  }
  const registered = await listRegisteredSchedules(store)
  const missing = loaded.filter(({ workflow }) => !registered.has(scheduleKeyOf(workflow!.id)))
  const scheduler = new WorkflowScheduler()
  for (const { workflow } of missing) {
    await scheduler.scheduleWorkflow(workflow!)
  }
  return missing.map(({ name }) => name)
}
