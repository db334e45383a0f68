import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import retryDeadLettersJob from "medusa-plugin-salon-erp/src/jobs/retry-dead-letters"
import { reliableSubscriber } from "medusa-plugin-salon-erp/src/lib/reliable-subscriber"
import type OperationsModuleService from "medusa-plugin-salon-erp/src/modules/operations/service"
import { adminHeaders } from "../../utils/admin"
import { failure } from "../../utils/booking"

jest.setTimeout(240 * 1000)

type Row = Record<string, any>

const BASE = "/admin/salon-operations"

/**
 * A handler that fails its first `failures` calls and then succeeds, counting calls and effects
 * (successful calls) per marker.
 */
function flakyHandler(failures: number) {
  const state = { calls: 0, effects: 0 }
  const handler = async () => {
    state.calls++
    if (state.calls <= failures) {
      throw new Error(`salon backend unavailable (call ${state.calls})`)
    }
    state.effects++
  }
  return { state, handler }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string>; user_id: string }

    beforeEach(async () => {
      admin = await adminHeaders(api, getContainer())
    })

    const deliver = (
      handler: (args: any) => Promise<void>,
      marker: string,
      container: MedusaContainer = getContainer()
    ) =>
      handler({
        event: {
          name: "test.salon_event",
          data: { marker },
          metadata: { source: "dead-letters.spec" },
        },
        container,
        pluginOptions: {},
      })

    const deadLetterOf = async (marker: string) => {
      const { data } = await api.get(`${BASE}/dead-letters?limit=200`, admin)
      const found = (data.dead_letters as Row[]).filter((row) => row.event_data?.marker === marker)
      expect(found).toHaveLength(1)
      return found[0]
    }
    const refetch = async (id: string) =>
      (await api.get(`${BASE}/dead-letters/${id}`, admin)).data.dead_letter as Row

    it("keeps a failed event as a dead letter that a replay resolves, running the handler once more", async () => {
      // Fails the three in-process tries, then works.
      const { state, handler } = flakyHandler(3)
      const wrapped = reliableSubscriber("test-flaky", handler)
      const started = Date.now()
      await deliver(wrapped, "flaky-1")
      // Three tries, ~250 ms and ~1 s apart; the wrapper returns normally.
      expect(state).toEqual({ calls: 3, effects: 0 })
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_200)

      const deadLetter = await deadLetterOf("flaky-1")
      expect(deadLetter).toMatchObject({
        subscriber_id: "test-flaky",
        event_name: "test.salon_event",
        event_metadata: { source: "dead-letters.spec" },
        status: "pending_retry",
        attempts: 1,
        resolved_at: null,
      })
      expect(deadLetter.id).toMatch(/^sdl_/)
      // The message and where it was thrown.
      expect(deadLetter.error).toMatch(
        /^salon backend unavailable \(call 3\)\nat .+dead-letters\.spec/
      )
      expect(
        new Date(deadLetter.next_attempt_at).getTime() -
          new Date(deadLetter.last_failed_at).getTime()
      ).toBe(60_000)

      const { data: pending } = await api.get(`${BASE}/dead-letters?status=pending_retry`, admin)
      expect(pending.dead_letters.map((row: Row) => row.id)).toContain(deadLetter.id)
      expect(pending.count).toBeGreaterThanOrEqual(1)
      const { data: resolvedOnly } = await api.get(`${BASE}/dead-letters?status=resolved`, admin)
      expect(resolvedOnly.dead_letters.map((row: Row) => row.id)).not.toContain(deadLetter.id)

      // Not due for a minute: the retry job leaves it.
      await retryDeadLettersJob(getContainer())
      expect((await refetch(deadLetter.id)).status).toBe("pending_retry")
      expect(state.calls).toBe(3)

      const replay = await api.post(`${BASE}/dead-letters/${deadLetter.id}/replay`, {}, admin)
      expect(replay.status).toBe(200)
      expect(replay.data.dead_letter).toMatchObject({
        id: deadLetter.id,
        status: "pending_retry",
        replay_requested_by: admin.user_id,
      })
      expect(new Date(replay.data.dead_letter.next_attempt_at).getTime()).toBeLessThanOrEqual(
        Date.now()
      )

      await retryDeadLettersJob(getContainer())
      const resolved = await refetch(deadLetter.id)
      expect(resolved).toMatchObject({
        status: "resolved",
        resolved_by: admin.user_id,
        next_attempt_at: null,
      })
      expect(state).toEqual({ calls: 4, effects: 1 })

      // Resolved stays resolved: another pass runs nothing, a replay is refused.
      await retryDeadLettersJob(getContainer())
      expect(state).toEqual({ calls: 4, effects: 1 })
      const refused = await failure(
        api.post(`${BASE}/dead-letters/${deadLetter.id}/replay`, {}, admin)
      )
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/is resolved/)
    })

    it("makes a dead letter dead after six failed attempts; a replay still runs it", async () => {
      const { state, handler } = flakyHandler(3 + 5)
      const wrapped = reliableSubscriber("test-always-failing", handler)
      await deliver(wrapped, "dead-1")
      const { id } = await deadLetterOf("dead-1")
      const waits: number[] = []
      for (let attempt = 2; attempt <= 6; attempt++) {
        await api.post(`${BASE}/dead-letters/${id}/replay`, {}, admin)
        await retryDeadLettersJob(getContainer())
        const row = await refetch(id)
        expect(row.attempts).toBe(attempt)
        // A failed replay hands the dead letter back to the schedule.
        expect(row.replay_requested_by).toBeNull()
        if (row.next_attempt_at) {
          waits.push(
            new Date(row.next_attempt_at).getTime() - new Date(row.last_failed_at).getTime()
          )
        }
      }
      expect(waits).toEqual([300_000, 1_800_000, 7_200_000, 43_200_000])
      const dead = await refetch(id)
      expect(dead).toMatchObject({ status: "dead", attempts: 6, next_attempt_at: null })
      expect(dead.error).toMatch(/call 8/)
      const { data: deadList } = await api.get(`${BASE}/dead-letters?status=dead`, admin)
      expect(deadList.dead_letters.map((row: Row) => row.id)).toEqual([id])

      // The operator fixed the cause: a replay of a dead letter runs it again.
      await api.post(`${BASE}/dead-letters/${id}/replay`, {}, admin)
      await retryDeadLettersJob(getContainer())
      expect(await refetch(id)).toMatchObject({ status: "resolved", attempts: 6 })
      expect(state).toEqual({ calls: 9, effects: 1 })
    })

    it("rethrows the handler's error when the dead letter cannot be written", async () => {
      const { state, handler } = flakyHandler(100)
      const wrapped = reliableSubscriber("test-unrecordable", handler, [0, 0])
      const container = getContainer()
      const broken = {
        ...container,
        resolve: (key: string) => {
          if (key === "salon_operations") {
            throw new Error("operations module unreachable")
          }
          return container.resolve(key)
        },
      } as unknown as MedusaContainer
      await expect(deliver(wrapped, "unrecordable-1", broken)).rejects.toThrow(
        "salon backend unavailable (call 3)"
      )
      expect(state.calls).toBe(3)
      const { data } = await api.get(`${BASE}/dead-letters?limit=200`, admin)
      expect(
        data.dead_letters.filter((row: Row) => row.subscriber_id === "test-unrecordable")
      ).toEqual([])
    })

    it("lists scheduled job runs with their counters", async () => {
      const operations: OperationsModuleService = getContainer().resolve("salon_operations")
      const at = (second: number) => new Date(Date.UTC(2026, 11, 7, 8, 0, second))
      await operations.recordJobRun({
        job_name: "test-job",
        started_at: at(0),
        finished_at: at(1),
        ok: false,
        error: "database unreachable",
      })
      await operations.recordJobRun({
        job_name: "test-job",
        started_at: at(30),
        finished_at: at(31),
        ok: true,
      })
      const { data } = await api.get(`${BASE}/job-runs`, admin)
      const run = (data.job_runs as Row[]).find((row) => row.job_name === "test-job")
      expect(run).toMatchObject({
        runs: 2,
        failures: 1,
        last_error: "database unreachable",
        last_succeeded_at: at(31).toISOString(),
        last_failed_at: at(1).toISOString(),
      })
    })

    it("answers 404 for an unknown dead letter, 400 for a bad filter and 401 without a session", async () => {
      expect((await failure(api.get(`${BASE}/dead-letters/sdl_missing`, admin))).status).toBe(404)
      const missing = await failure(api.post(`${BASE}/dead-letters/sdl_missing/replay`, {}, admin))
      expect(missing.status).toBe(404)
      expect(missing.data.message).toMatch(/sdl_missing/)
      const badStatus = await failure(api.get(`${BASE}/dead-letters?status=lost`, admin))
      expect(badStatus.status).toBe(400)
      expect(badStatus.data.message).toMatch(/status/)
      for (const request of [
        api.get(`${BASE}/dead-letters`),
        api.get(`${BASE}/dead-letters/sdl_missing`),
        api.post(`${BASE}/dead-letters/sdl_missing/replay`, {}),
        api.get(`${BASE}/job-runs`),
      ]) {
        expect((await failure(request)).status).toBe(401)
      }
    })
  },
})
