import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { readOutboxBacklog } from "../outbox"
import { DEAD_LETTER_STATUSES, OPERATIONS_MODULE_KEY } from "../../modules/operations/lib/constants"
import type OperationsModuleService from "../../modules/operations/service"
import { poolUsage } from "./database"
import type { GaugeSample } from "./metrics"
import { bullQueueCounts, connected, operationsRedis } from "./redis"

/** Defaults of @medusajs/event-bus-redis 2.21 (its queue name and its BullMQ prefix). */
const EVENT_BUS_QUEUE = "events-queue"
const EVENT_BUS_PREFIX = "RedisEventBusService"

type EventBusDeclaration = {
  resolve?: string
  options?: { redisUrl?: string; queueName?: string; queueOptions?: { prefix?: string } }
}

/** Where the Redis event bus keeps its queue, from the app's module config; null without it. */
export function eventBusQueue(configModule: {
  modules?: Record<string, unknown>
}): { redisUrl: string; prefix: string; queue: string } | null {
  const declaration = configModule.modules?.[Modules.EVENT_BUS] as EventBusDeclaration | undefined
  const options = declaration?.options
  if (!declaration?.resolve?.includes("event-bus-redis") || !options?.redisUrl) {
    return null
  }
  return {
    redisUrl: options.redisUrl,
    prefix: options.queueOptions?.prefix ?? EVENT_BUS_PREFIX,
    queue: options.queueName ?? EVENT_BUS_QUEUE,
  }
}

async function settle<T>(work: Promise<T>): Promise<T | undefined> {
  return work.catch(() => undefined)
}

/**
 * Values read at scrape time: database pool use, the event queue (Redis event bus only) and the
 * salon event outbox. A source that does not answer is left out of the page (and `…_up` says so).
 */
export async function collectGauges(
  container: MedusaContainer,
  timeoutMs: number
): Promise<GaugeSample[]> {
  const configModule = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const gauges: GaugeSample[] = []

  const pool = poolUsage(container)
  if (pool) {
    gauges.push(
      {
        name: "salon_db_pool_connections",
        help: "Database pool connections by state (used, free) and the pool's maximum (max).",
        samples: [
          { labels: { state: "used" }, value: pool.used },
          { labels: { state: "free" }, value: pool.free },
          { labels: { state: "max" }, value: pool.max },
        ],
      },
      {
        name: "salon_db_pool_pending_acquires",
        help: "Queries waiting for a database connection.",
        samples: [{ labels: {}, value: pool.pending_acquires }],
      }
    )
  }

  const queue = eventBusQueue(configModule)
  const [counts, backlog] = await Promise.all([
    queue
      ? settle(
          connected(operationsRedis(queue.redisUrl, timeoutMs)).then((client) =>
            bullQueueCounts(client, queue.prefix, queue.queue)
          )
        )
      : Promise.resolve(undefined),
    settle(readOutboxBacklog(container)),
  ])
  if (queue) {
    gauges.push({
      name: "salon_event_queue_up",
      help: "1 when the event queue in Redis could be read.",
      samples: [{ labels: { queue: queue.queue }, value: counts ? 1 : 0 }],
    })
  }
  if (queue && counts) {
    gauges.push(
      {
        name: "salon_event_queue_jobs",
        help: "Jobs of the Redis event bus queue by state.",
        samples: (["waiting", "active", "delayed", "failed"] as const).map((state) => ({
          labels: { queue: queue.queue, state },
          value: counts[state],
        })),
      },
      {
        name: "salon_event_queue_oldest_waiting_age_seconds",
        help: "Age of the oldest job waiting in the event queue (0 when none waits).",
        samples: [
          { labels: { queue: queue.queue }, value: counts.oldest_waiting_age_seconds ?? 0 },
        ],
      }
    )
  }
  gauges.push({
    name: "salon_outbox_up",
    help: "1 when the salon event outbox could be read.",
    samples: [{ labels: {}, value: backlog ? 1 : 0 }],
  })
  if (backlog) {
    const modules = Object.entries(backlog.modules)
    gauges.push(
      {
        name: "salon_outbox_pending_events",
        help: "Salon events written but not yet published to the event bus, by module.",
        samples: modules.map(([module, entry]) => ({ labels: { module }, value: entry.pending })),
      },
      {
        name: "salon_outbox_oldest_pending_age_seconds",
        help: "Age of the oldest unpublished salon event, by module (0 when none is pending).",
        samples: modules.map(([module, entry]) => ({
          labels: { module },
          value: entry.oldest_pending_age_seconds ?? 0,
        })),
      }
    )
  }
  const operations = container.resolve<OperationsModuleService | undefined>(OPERATIONS_MODULE_KEY, {
    allowUnregistered: true,
  })
  if (operations) {
    gauges.push(...((await settle(operationsGauges(operations))) ?? []))
  }
  return gauges
}

/**
 * Job runs and dead letters as the database records them. Jobs and handlers run in the worker,
 * which serves no HTTP: reading their records lets every server's /metrics report them.
 */
async function operationsGauges(operations: OperationsModuleService): Promise<GaugeSample[]> {
  const [runs, deadLetters] = await Promise.all([
    operations.listJobRuns(),
    Promise.all(
      DEAD_LETTER_STATUSES.map(async (status) => {
        const [, count] = await operations.listAndCountSalonDeadLetters({ status }, { take: 1 })
        return { status, count }
      })
    ),
  ])
  const seconds = (at: Date | string | null) => (at ? new Date(at).getTime() / 1000 : 0)
  return [
    {
      name: "salon_job_recorded_runs",
      help: "Runs of each scheduled job recorded in the database (all processes), by outcome.",
      samples: runs.flatMap((run) => [
        { labels: { job: run.job_name, outcome: "success" }, value: run.runs - run.failures },
        { labels: { job: run.job_name, outcome: "failure" }, value: run.failures },
      ]),
    },
    {
      name: "salon_job_recorded_last_success_timestamp_seconds",
      help: "Unix time of each scheduled job's last successful run in any process (0: never).",
      samples: runs.map((run) => ({
        labels: { job: run.job_name },
        value: seconds(run.last_succeeded_at),
      })),
    },
    {
      name: "salon_dead_letters",
      help: "Failed event handler runs kept for retry or replay, by status.",
      samples: deadLetters.map(({ status, count }) => ({ labels: { status }, value: count })),
    },
  ]
}
