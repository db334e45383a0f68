import { Modules } from "@medusajs/framework/utils"
import {
  databaseDriverOptionsFor,
  maskUrl,
  positiveIntegerFrom,
  redisModulesFor,
  startsServer,
  unreachableServices,
  workerModeFrom,
} from "../runtime-config"

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

describe("REDIS_KEY_PREFIX", () => {
  it("goes before each Redis module's own prefix", () => {
    const text = JSON.stringify(redisModulesFor("redis://127.0.0.1:6379", "shop1:"))
    for (const prefix of [
      "shop1:RedisEventBusService",
      "shop1:bull",
      "shop1:medusa",
      "shop1:mc:",
      "shop1:medusa_lock:",
    ]) {
      expect(text).toContain(`"${prefix}"`)
    }
  })

  it("leaves every module on its defaults without a prefix", () => {
    expect(JSON.stringify(redisModulesFor("redis://127.0.0.1:6379"))).not.toMatch(
      /prefix|namespace/
    )
  })
})

describe("database pool settings", () => {
  it("reads whole numbers and names the variable of a bad one", () => {
    expect(positiveIntegerFrom("DATABASE_POOL_MAX", undefined)).toBeUndefined()
    expect(positiveIntegerFrom("DATABASE_POOL_MAX", "20")).toBe(20)
    expect(() => positiveIntegerFrom("DATABASE_POOL_MAX", "ten")).toThrow(
      'DATABASE_POOL_MAX must be a whole number of at least 1; got "ten"'
    )
    expect(databaseDriverOptionsFor(20)).toEqual({ pool: { max: 20 } })
    expect(databaseDriverOptionsFor(undefined)).toBeUndefined()
  })
})

describe("boot check", () => {
  it("probes only when the command serves the app", () => {
    expect(startsServer(["node", "medusa", "start"])).toBe(true)
    expect(startsServer(["node", "medusa", "develop"])).toBe(true)
    expect(startsServer(["node", "medusa", "build"])).toBe(false)
    expect(startsServer(["node", "medusa", "db:migrate"])).toBe(false)
  })

  it("masks passwords in the URLs it names", () => {
    expect(maskUrl("postgres://salon:pw@db:5432/salon")).toBe("postgres://salon:***@db:5432/salon")
  })

  it("gives one line per service that does not answer, naming its variable", () => {
    const problems = unreachableServices(
      [
        { kind: "redis", url: "redis://:secret@127.0.0.1:6399", variable: "REDIS_URL" },
        {
          kind: "postgres",
          url: "postgres://postgres:pw@127.0.0.1:5499/salon",
          variable: "DATABASE_URL",
        },
      ],
      1500
    )
    expect(problems).toHaveLength(2)
    expect(problems[0]).toMatch(
      /^Cannot reach Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:6399 \(REDIS_URL\): .*ECONNREFUSED/
    )
    expect(problems[1]).toMatch(
      /^Cannot reach PostgreSQL at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:5499\/salon \(DATABASE_URL\): /
    )
    expect(problems.join("\n")).not.toMatch(/secret|:pw@/)
  })

  it("passes a PostgreSQL and a Redis that answer", () => {
    expect(
      unreachableServices([
        {
          kind: "postgres",
          url: "postgres://postgres@127.0.0.1:5432/postgres",
          variable: "DATABASE_URL",
        },
        { kind: "redis", url: "redis://127.0.0.1:6379", variable: "REDIS_URL" },
      ])
    ).toEqual([])
  })
})
