import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminHeaders } from "../../utils/admin"

jest.setTimeout(90 * 1000)

// medusa-config.ts reads these when the runner loads it; other test files in this worker must not
// see them, so they are put back after the suite.
const METRICS_TOKEN = "operations-test-token-0123456789"
const previousEnv = {
  SALON_METRICS_TOKEN: process.env.SALON_METRICS_TOKEN,
  DATABASE_POOL_ACQUIRE_TIMEOUT_MS: process.env.DATABASE_POOL_ACQUIRE_TIMEOUT_MS,
}
process.env.SALON_METRICS_TOKEN = METRICS_TOKEN
process.env.DATABASE_POOL_ACQUIRE_TIMEOUT_MS = "1000"
afterAll(() => {
  for (const [name, value] of Object.entries(previousEnv)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const fail = (request: Promise<unknown>) =>
      request.then(() => null).catch((e: any) => e.response)

    describe("health endpoints", () => {
      it("/health/live answers 200 { status: ok } without auth", async () => {
        const response = await api.get("/health/live")
        expect(response.status).toBe(200)
        expect(response.data).toEqual({ status: "ok" })
      })

      it("/health/ready lists each check with its status and latency", async () => {
        const response = await api.get("/health/ready")
        expect(response.status).toBe(200)
        expect(response.data.status).toBe("ready")
        const names = response.data.checks.map((check: { name: string }) => check.name)
        // Tests run without REDIS_URL, so there is no Redis check.
        expect(names).toEqual(["database", "migrations", "outbox"])
        for (const check of response.data.checks) {
          expect(check).toEqual(
            expect.objectContaining({ status: "ok", latency_ms: expect.any(Number) })
          )
        }
        expect(response.data.checks[2].detail).toMatch(/^\d+ pending, oldest/)
      })
    })

    describe("request ids", () => {
      it("gives every response an x-request-id and keeps a valid incoming one", async () => {
        const fresh = await api.get("/health/live")
        expect(fresh.headers["x-request-id"]).toMatch(UUID)

        const echoed = await api.get("/health/live", { headers: { "x-request-id": "lb-42.abc" } })
        expect(echoed.headers["x-request-id"]).toBe("lb-42.abc")

        const replaced = await api.get("/health/live", {
          headers: { "x-request-id": "has spaces and <tags>" },
        })
        expect(replaced.headers["x-request-id"]).toMatch(UUID)
      })

      it("also on an error a route raises (answered by the error handler)", async () => {
        const { headers } = await adminHeaders(api, getContainer())
        const response = await fail(
          api.get("/admin/branches/brn_unknown", {
            headers: { ...headers, "x-request-id": "trace-404" },
          })
        )
        expect(response.status).toBe(404)
        expect(response.headers["x-request-id"]).toBe("trace-404")
      })
    })

    describe("GET /metrics", () => {
      it("refuses a missing or wrong bearer token with 401", async () => {
        expect((await fail(api.get("/metrics"))).status).toBe(401)
        const wrong = await fail(
          api.get("/metrics", { headers: { authorization: "Bearer not-the-token-at-all" } })
        )
        expect(wrong.status).toBe(401)
      })

      it("answers the Prometheus text format with the routes called, by pattern", async () => {
        const { headers } = await adminHeaders(api, getContainer())
        await api.get("/health/live")
        await fail(api.get("/admin/branches/branch_does_not_exist", { headers }))

        const response = await api.get("/metrics", {
          headers: { authorization: `Bearer ${METRICS_TOKEN}` },
        })
        expect(response.status).toBe(200)
        expect(response.headers["content-type"]).toMatch(/^text\/plain;.*version=0\.0\.4/)
        const text: string = response.data
        expect(text).toMatch(
          /^salon_http_requests_total\{method="GET",route="\/health\/live",status_class="2xx"\} \d+$/m
        )
        // The id stays out of the label: the matched pattern is used.
        expect(text).toContain('route="/admin/branches/:id",status_class="4xx"')
        expect(text).not.toContain("branch_does_not_exist")
        expect(text).toMatch(/^salon_http_request_duration_seconds_bucket\{.*le="\+Inf"\} \d+$/m)
        expect(text).toMatch(/^salon_db_pool_connections\{state="used"\} \d+$/m)
        expect(text).toMatch(/^salon_db_pool_pending_acquires \d+$/m)
        expect(text).toMatch(/^salon_outbox_up 1$/m)
        expect(text).toMatch(/^salon_outbox_pending_events\{module="[a-z_]+"\} \d+$/m)
        // Recorded in the database by whichever process ran them (the worker in production).
        expect(text).toMatch(/^salon_dead_letters\{status="dead"\} \d+$/m)
        expect(text).toMatch(/^# TYPE salon_job_recorded_runs gauge$/m)
      })
    })

    describe("database pool exhausted", () => {
      it("answers 503 with Retry-After within the acquire timeout, and readiness fails", async () => {
        const { headers } = await adminHeaders(api, getContainer())
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const pool = knex.client.pool
        // Hold every connection the pool may open, as a burst of slow queries would.
        const held: { rollback(): Promise<unknown> }[] = []
        try {
          while (held.length < pool.max) {
            held.push(await knex.transaction())
          }
          const startedAt = Date.now()
          const busy = await fail(api.get("/admin/branches", { headers }))
          const waitedMs = Date.now() - startedAt
          expect(busy.status).toBe(503)
          expect(busy.headers["retry-after"]).toBe("5")
          expect(busy.data.type).toBe("unavailable")
          expect(waitedMs).toBeLessThan(5000)

          const ready = await fail(api.get("/health/ready"))
          expect(ready.status).toBe(503)
          expect(ready.data.status).toBe("not_ready")
          const database = ready.data.checks.find((c: { name: string }) => c.name === "database")
          expect(database.status).toBe("failed")
        } finally {
          await Promise.all(held.map((trx) => trx.rollback()))
        }
        const after = await api.get("/admin/branches", { headers })
        expect(after.status).toBe(200)

        const metrics = await api.get("/metrics", {
          headers: { authorization: `Bearer ${METRICS_TOKEN}` },
        })
        expect(metrics.data).toMatch(
          /^salon_http_server_errors_total\{method="GET",route="\/admin\/branches"\} [1-9]\d*$/m
        )
      })
    })
  },
})
