import { EventEmitter } from "node:events"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { GET as getMetrics } from "../../../api/metrics/route"
import { parseBookingOptions } from "../../../modules/booking/lib/options"
import { recordJobRun, renderMetrics } from "../metrics"
import { isTemporarilyUnavailable, withOperationalErrors } from "../operational-errors"
import { parseOperationsOptions } from "../options"
import { maskUrl } from "../redis"
import { currentRequestId, runWithRequestId, withRequestIds } from "../request-context"

function fakeResponse() {
  const res = Object.assign(new EventEmitter(), {
    statusCode: 200,
    headersSent: false,
    headers: {} as Record<string, string>,
    body: undefined as unknown,
    setHeader(name: string, value: string) {
      res.headers[name.toLowerCase()] = value
    },
    status(code: number) {
      res.statusCode = code
      return res
    },
    json(body: unknown) {
      res.body = body
      return res
    },
    send(body: unknown) {
      res.body = body
      return res
    },
  })
  return res
}

function fakeRequest(pluginOptions: Record<string, unknown>, headers: Record<string, string> = {}) {
  const configModule = {
    projectConfig: {},
    plugins: [{ resolve: "medusa-plugin-salon-erp", options: pluginOptions }],
  }
  const logger = { warn: jest.fn(), error: jest.fn(), info: jest.fn() }
  return {
    method: "GET",
    path: "/admin/things",
    headers,
    scope: {
      resolve: (key: string) => {
        if (key === ContainerRegistrationKeys.CONFIG_MODULE) return configModule
        if (key === ContainerRegistrationKeys.LOGGER) return logger
        return undefined
      },
    },
    logger,
  }
}

describe("operations options", () => {
  it("has defaults and reads the operations section", () => {
    expect(parseOperationsOptions({})).toEqual({
      ready_outbox_max_age_seconds: 120,
      ready_check_timeout_ms: 2000,
      database_acquire_timeout_ms: 5000,
    })
    const options = parseOperationsOptions({
      booking: {},
      operations: { metrics_token: "a".repeat(16), ready_outbox_max_age_seconds: 300 },
    })
    expect(options.metrics_token).toBe("a".repeat(16))
    expect(options.ready_outbox_max_age_seconds).toBe(300)
  })

  it("treats unset environment values (undefined, empty) as not given", () => {
    expect(
      parseOperationsOptions({
        operations: { metrics_token: "", database_acquire_timeout_ms: undefined },
      })
    ).toEqual(expect.objectContaining({ database_acquire_timeout_ms: 5000 }))
    expect(
      parseOperationsOptions({ operations: { metrics_token: "" } }).metrics_token
    ).toBeUndefined()
  })

  it("names a bad or misspelt setting with its full path", () => {
    expect(() => parseOperationsOptions({ operations: { metrics_token: "short" } })).toThrow(
      /operations\.metrics_token = "short": /
    )
    expect(() =>
      parseOperationsOptions({ operations: { ready_outbox_max_age_seconds: 0 } })
    ).toThrow(/operations\.ready_outbox_max_age_seconds = 0: /)
    expect(() => parseOperationsOptions({ operations: { metric_token: "x" } })).toThrow(
      /operations\.metric_token = "x": unknown option/
    )
  })

  it("is a known section for the modules' own parsers", () => {
    expect(() =>
      parseBookingOptions({ booking: {}, operations: { metrics_token: "a".repeat(16) } })
    ).not.toThrow()
  })
})

describe("GET /metrics guard", () => {
  it("does not exist (404) without a configured token", async () => {
    const res = fakeResponse()
    await getMetrics(fakeRequest({ operations: {} }) as never, res as never)
    expect(res.statusCode).toBe(404)
  })

  it("answers 401 to a wrong token and the text format to the right one", async () => {
    const token = "metrics-token-0123456789"
    const wrong = fakeResponse()
    await getMetrics(
      fakeRequest(
        { operations: { metrics_token: token } },
        { authorization: "Bearer nope" }
      ) as never,
      wrong as never
    )
    expect(wrong.statusCode).toBe(401)

    recordJobRun("send-booking-reminders", true, 120)
    recordJobRun("send-booking-reminders", false, 3000)
    const right = fakeResponse()
    await getMetrics(
      fakeRequest(
        { operations: { metrics_token: token } },
        {
          authorization: `Bearer ${token}`,
        }
      ) as never,
      right as never
    )
    expect(right.statusCode).toBe(200)
    expect(right.body).toContain(
      'salon_job_runs_total{job="send-booking-reminders",outcome="failure"} 1'
    )
  })
})

describe("metrics text", () => {
  it("writes cumulative histogram buckets, sum and count", () => {
    recordJobRun("purge-holds", true, 40)
    recordJobRun("purge-holds", true, 2000)
    const text = renderMetrics()
    expect(text).toContain('salon_job_duration_seconds_bucket{job="purge-holds",le="0.05"} 1')
    expect(text).toContain('salon_job_duration_seconds_bucket{job="purge-holds",le="5"} 2')
    expect(text).toContain('salon_job_duration_seconds_bucket{job="purge-holds",le="+Inf"} 2')
    expect(text).toContain('salon_job_duration_seconds_count{job="purge-holds"} 2')
    expect(text).toContain("# TYPE salon_job_runs_total counter")
  })
})

describe("withOperationalErrors", () => {
  const timeout = Object.assign(
    new Error("Knex: Timeout acquiring a connection. The pool is probably full."),
    { name: "KnexTimeoutError" }
  )

  it("answers 503 with Retry-After when the pool is exhausted", () => {
    const inner = jest.fn()
    const req = fakeRequest({})
    const res = fakeResponse()
    withOperationalErrors(inner)(timeout, req as never, res as never, jest.fn())
    expect(inner).not.toHaveBeenCalled()
    expect(res.statusCode).toBe(503)
    expect(res.headers["retry-after"]).toBe("5")
    expect(res.headers["x-request-id"]).toBeDefined()
    expect(res.body).toEqual(expect.objectContaining({ type: "unavailable" }))
    expect(req.logger.warn).toHaveBeenCalled()
  })

  it("passes every other error to the wrapped handler, with the request id in context", () => {
    let idSeen: string | undefined
    const inner = jest.fn(() => {
      idSeen = currentRequestId()
    })
    const error = new Error("boom")
    const res = fakeResponse()
    withOperationalErrors(inner, { retryAfterSeconds: 9 })(
      error,
      fakeRequest({}, { "x-request-id": "abc-1" }) as never,
      res as never,
      jest.fn()
    )
    expect(inner).toHaveBeenCalledWith(error, expect.anything(), res, expect.any(Function))
    expect(idSeen).toBe("abc-1")
    expect(res.headers["x-request-id"]).toBe("abc-1")
  })

  it("recognises lost connections and wrapped causes, not ordinary errors", () => {
    expect(isTemporarilyUnavailable(Object.assign(new Error("x"), { code: "ECONNREFUSED" }))).toBe(
      true
    )
    expect(isTemporarilyUnavailable(Object.assign(new Error("wrapped"), { cause: timeout }))).toBe(
      true
    )
    expect(isTemporarilyUnavailable(Object.assign(new Error("dup"), { code: "23505" }))).toBe(false)
    expect(isTemporarilyUnavailable(undefined)).toBe(false)
  })
})

describe("withRequestIds", () => {
  it("starts each line written during a request with its id, and leaves others alone", () => {
    const lines: unknown[][] = []
    const base = {
      info: (...args: unknown[]) => lines.push(["info", ...args]),
      error: (...args: unknown[]) => lines.push(["error", ...args]),
      shouldLog: () => true,
    }
    const logger = withRequestIds(base as never)
    logger.info("outside")
    const error = new Error("failed")
    runWithRequestId("req-7", () => {
      logger.info("inside")
      logger.error(error)
    })
    expect(lines).toEqual([
      ["info", "outside"],
      ["info", "[request_id=req-7] inside"],
      ["error", "[request_id=req-7]", error],
    ])
    expect(logger.shouldLog("info")).toBe(true)
  })
})

describe("maskUrl", () => {
  it("hides the password and keeps the rest", () => {
    expect(maskUrl("redis://:s3cret@10.0.0.5:6380/2")).toBe("redis://:***@10.0.0.5:6380/2")
    expect(maskUrl("postgres://salon:pw@db/salon")).toBe("postgres://salon:***@db/salon")
    expect(maskUrl("redis://127.0.0.1:6379")).toBe("redis://127.0.0.1:6379")
  })
})
