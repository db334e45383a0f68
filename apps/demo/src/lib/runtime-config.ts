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
 * With a Redis URL, events, workflow state, locks and caches live in Redis so several
 * server and worker processes share them. Without one, Medusa's in-process defaults run.
 */
export function redisModulesFor(redisUrl: string | undefined): InputConfigModules {
  if (!redisUrl) {
    return []
  }
  return [
    {
      resolve: "@medusajs/medusa/event-bus-redis",
      key: Modules.EVENT_BUS,
      options: { redisUrl },
    },
    {
      resolve: "@medusajs/medusa/workflow-engine-redis",
      key: Modules.WORKFLOW_ENGINE,
      options: { redis: { redisUrl } },
    },
    {
      resolve: "@medusajs/medusa/cache-redis",
      key: Modules.CACHE,
      options: { redisUrl },
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
            options: { redisUrl },
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
            options: { redisUrl },
          },
        ],
      },
    },
  ]
}
