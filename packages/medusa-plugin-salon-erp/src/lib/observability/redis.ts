import Redis from "ioredis"

/** `redis://user:secret@host:6379/0` → `redis://user:***@host:6379/0`, for messages and logs. */
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

const clients = new Map<string, Redis>()

/**
 * One small client per Redis URL for the readiness check and the queue gauges. It does not queue
 * commands while disconnected, so a check against a Redis that is down fails at once.
 */
export function operationsRedis(url: string, connectTimeoutMs: number): Redis {
  let client = clients.get(url)
  if (!client) {
    client = new Redis(url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: connectTimeoutMs,
      connectionName: "salon-erp-operations",
    })
    // Connection errors surface as failed checks; without a listener ioredis would print each one.
    client.on("error", () => undefined)
    clients.set(url, client)
  }
  return client
}

export async function connected(client: Redis): Promise<Redis> {
  if (client.status === "wait") {
    await client.connect()
  }
  return client
}

export type QueueCounts = {
  waiting: number
  active: number
  delayed: number
  failed: number
  oldest_waiting_age_seconds: number | null
}

/** BullMQ stores a prioritised job's score as priority × 2^32 + insertion counter. */
const PRIORITY_STEP = 2 ** 32

/**
 * Job counts of one BullMQ queue, read from its documented key layout (`<prefix>:<queue>:wait`,
 * `…:prioritized`, `…:active`, `…:delayed`, `…:failed`), and the age of the oldest waiting job
 * (the oldest of the plain list and of each priority level).
 */
export async function bullQueueCounts(
  client: Redis,
  prefix: string,
  queue: string
): Promise<QueueCounts> {
  const key = (suffix: string) => `${prefix}:${queue}:${suffix}`
  const [wait, paused, prioritized, active, delayed, failed, oldestPlain] = (await client
    .multi()
    .llen(key("wait"))
    .llen(key("paused"))
    .zcard(key("prioritized"))
    .llen(key("active"))
    .zcard(key("delayed"))
    .zcard(key("failed"))
    // New jobs are pushed on the left: the oldest waits at the right end.
    .lindex(key("wait"), -1)
    .exec())!.map(([error, value]) => {
    if (error) throw error
    return value
  }) as [number, number, number, number, number, number, string | null]

  const oldestIds = oldestPlain ? [oldestPlain] : []
  let from = 0
  for (let level = 0; level < 8 && prioritized > 0; level++) {
    const [id, score] = await client.zrangebyscore(
      key("prioritized"),
      from,
      "+inf",
      "WITHSCORES",
      "LIMIT",
      0,
      1
    )
    if (!id) break
    oldestIds.push(id)
    from = (Math.floor(Number(score) / PRIORITY_STEP) + 1) * PRIORITY_STEP
  }
  let oldest: number | null = null
  if (oldestIds.length) {
    const pipeline = client.pipeline()
    oldestIds.forEach((id) => pipeline.hget(key(id), "timestamp"))
    const timestamps = ((await pipeline.exec()) ?? [])
      .map(([, value]) => Number(value))
      .filter((value) => Number.isFinite(value) && value > 0)
    if (timestamps.length) {
      oldest = Math.max(0, (Date.now() - Math.min(...timestamps)) / 1000)
    }
  }
  return {
    waiting: wait + paused + prioritized,
    active,
    delayed,
    failed,
    oldest_waiting_age_seconds: oldest,
  }
}
