import { Modules } from "@medusajs/framework/utils"
import { redisModulesFor, workerModeFrom } from "../runtime-config"

describe("workerModeFrom", () => {
  it("defaults to shared when MEDUSA_WORKER_MODE is unset or empty", () => {
    expect(workerModeFrom(undefined)).toBe("shared")
    expect(workerModeFrom("")).toBe("shared")
  })

  it("accepts server and worker", () => {
    expect(workerModeFrom("server")).toBe("server")
    expect(workerModeFrom("worker")).toBe("worker")
  })

  it("rejects an unknown mode with a message naming it", () => {
    expect(() => workerModeFrom("both")).toThrow(
      'MEDUSA_WORKER_MODE must be one of shared, server, worker; got "both"'
    )
  })
})

describe("redisModulesFor", () => {
  it("keeps Medusa's in-process defaults without a Redis URL", () => {
    expect(redisModulesFor(undefined)).toEqual([])
  })

  it("moves events, workflows, caches and locks to Redis with a URL", () => {
    const modules = redisModulesFor("redis://127.0.0.1:6379") as { key: string; resolve: string }[]
    expect(modules.map((module) => [module.key, module.resolve])).toEqual([
      [Modules.EVENT_BUS, "@medusajs/medusa/event-bus-redis"],
      [Modules.WORKFLOW_ENGINE, "@medusajs/medusa/workflow-engine-redis"],
      [Modules.CACHE, "@medusajs/medusa/cache-redis"],
      [Modules.CACHING, "@medusajs/medusa/caching"],
      [Modules.LOCKING, "@medusajs/medusa/locking"],
    ])
    expect(JSON.stringify(modules)).not.toContain("undefined")
    expect(JSON.stringify(modules).match(/redis:\/\/127\.0\.0\.1:6379/g)).toHaveLength(5)
  })
})
