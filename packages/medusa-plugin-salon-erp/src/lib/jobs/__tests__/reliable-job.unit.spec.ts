import { readdirSync } from "fs"
import { join } from "path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { defineConfig } from "@medusajs/framework/utils"
import { OPERATIONS_MODULE } from "../../../modules/operations"
import { PLUGIN_JOBS } from "../plugin-jobs"
import { OPERATIONS_MODULE_KEY, reliableJob } from "../reliable-job"
import { redisScheduleStoreOf, scheduleKeyOf } from "../workflow-engine-schedules"

function fakeContainer() {
  const logs: { level: string; message: string }[] = []
  const runs: Record<string, unknown>[] = []
  const log = (level: string) => (message: string) => logs.push({ level, message })
  const services: Record<string, unknown> = {
    logger: { info: log("info"), warn: log("warn"), error: log("error") },
    [OPERATIONS_MODULE_KEY]: {
      recordJobRun: async (run: Record<string, unknown>) => {
        runs.push(run)
      },
    },
  }
  const container = { resolve: (key: string) => services[key] } as unknown as MedusaContainer
  return { container, logs, runs }
}

describe("reliableJob", () => {
  it("returns the job's result and records one successful run", async () => {
    const { container, logs, runs } = fakeContainer()
    const job = reliableJob("count-things", async () => ({ counted: 3 }), [1, 1])
    await expect(job(container)).resolves.toEqual({ counted: 3 })
    expect(runs).toEqual([
      expect.objectContaining({ job_name: "count-things", ok: true, error: null }),
    ])
    expect(logs).toEqual([])
  })

  it("tries a failing run twice more, then logs one line, records the failure and rethrows", async () => {
    const { container, logs, runs } = fakeContainer()
    let tries = 0
    const job = reliableJob(
      "always-fails",
      async () => {
        tries++
        throw new Error(`database down (${tries})`)
      },
      [1, 1]
    )
    await expect(job(container)).rejects.toThrow("database down (3)")
    expect(tries).toBe(3)
    expect(logs).toEqual([
      {
        level: "error",
        message: expect.stringMatching(
          /^Scheduled job always-fails failed 3 tries in \d+ ms, giving up until its next run: database down \(1\); database down \(2\); database down \(3\)$/
        ),
      },
    ])
    expect(runs).toEqual([
      expect.objectContaining({ job_name: "always-fails", ok: false, error: "database down (3)" }),
    ])
    const [run] = runs as { started_at: Date; finished_at: Date }[]
    expect(run.finished_at.getTime()).toBeGreaterThanOrEqual(run.started_at.getTime())
  })

  it("counts a run that succeeds on a retry as a success and says what failed first", async () => {
    const { container, logs, runs } = fakeContainer()
    let tries = 0
    const job = reliableJob(
      "flaky",
      async () => {
        if (++tries < 2) throw new Error("lock timeout")
        return tries
      },
      [1, 1]
    )
    await expect(job(container)).resolves.toBe(2)
    expect(logs).toEqual([
      { level: "warn", message: "Scheduled job flaky succeeded on try 2 after: lock timeout" },
    ])
    expect(runs).toEqual([expect.objectContaining({ job_name: "flaky", ok: true })])
  })

  it("waits about 1 s, then about 5 s, between tries by default", async () => {
    jest.useFakeTimers()
    try {
      const { container } = fakeContainer()
      let tries = 0
      const job = reliableJob("slow-fail", async () => {
        tries++
        throw new Error("down")
      })
      const outcome = job(container).catch((error: Error) => error.message)
      await jest.advanceTimersByTimeAsync(999)
      expect(tries).toBe(1)
      await jest.advanceTimersByTimeAsync(1)
      expect(tries).toBe(2)
      await jest.advanceTimersByTimeAsync(4_999)
      expect(tries).toBe(2)
      await jest.advanceTimersByTimeAsync(1)
      await expect(outcome).resolves.toBe("down")
      expect(tries).toBe(3)
    } finally {
      jest.useRealTimers()
    }
  })

  it("still returns the job's result when its run cannot be recorded", async () => {
    const { container, logs } = fakeContainer()
    ;(
      container.resolve(OPERATIONS_MODULE_KEY) as { recordJobRun: () => Promise<void> }
    ).recordJobRun = async () => {
      throw new Error("no database")
    }
    await expect(reliableJob("unrecorded", async () => "done")(container)).resolves.toBe("done")
    expect(logs).toEqual([
      {
        level: "warn",
        message: "Could not record the run of scheduled job unrecorded: no database",
      },
    ])
  })

  it("records runs under the operations module's key", () => {
    expect(OPERATIONS_MODULE_KEY).toBe(OPERATIONS_MODULE)
  })
})

describe("the plugin's scheduled jobs", () => {
  it("lists every job file of src/jobs once", () => {
    const files = readdirSync(join(__dirname, "../../../jobs"))
      .filter((file) => file.endsWith(".ts"))
      .map((file) => file.replace(/\.ts$/, ""))
      .sort()
    expect(PLUGIN_JOBS.map((job) => job.name).sort()).toEqual(files)
  })

  it("finds the Redis workflow engine's job queue in the config, and nothing for the in-memory one", () => {
    type ConfigInput = Parameters<typeof defineConfig>[0]
    const redisConfig = defineConfig({
      projectConfig: { databaseUrl: "postgres://localhost/x" },
      modules: [
        {
          resolve: "@medusajs/medusa/workflow-engine-redis",
          key: "workflows",
          options: { redis: { redisUrl: "redis://127.0.0.1:6392" } },
        },
      ],
    } as unknown as ConfigInput)
    expect(redisScheduleStoreOf(redisConfig)).toEqual({
      redisUrl: "redis://127.0.0.1:6392",
      redisOptions: {},
      queueName: "medusa-workflows-jobs",
      prefix: undefined,
    })
    expect(
      redisScheduleStoreOf(
        defineConfig({ projectConfig: { databaseUrl: "postgres://x" } } as unknown as ConfigInput)
      )
    ).toBeNull()
    expect(scheduleKeyOf("job-expire-appointment-holds")).toBe(
      "schedule_job-expire-appointment-holds"
    )
  })
})
