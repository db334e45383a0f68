import path from "path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { OPERATIONS_MODULE } from ".."
import type OperationsModuleService from "../service"

jest.setTimeout(60 * 1000)

const MINUTE = 60_000
const HOUR = 60 * MINUTE

moduleIntegrationTestRunner<OperationsModuleService>({
  moduleName: OPERATIONS_MODULE,
  resolve: "./src/modules/operations",
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  // The module's loaders read the app's config; a server process starts no background work.
  injectedDependencies: {
    [ContainerRegistrationKeys.CONFIG_MODULE]: { projectConfig: { workerMode: "server" } },
  },
  testSuite: ({ service }) => {
    const record = (failedAt = new Date()) =>
      service.recordDeadLetter({
        subscriber_id: "commission-sources",
        event_name: "order.placed",
        event_data: { id: "order_1" },
        event_metadata: { source: "test" },
        error: "boom",
        failed_at: failedAt,
      })

    describe("dead letters", () => {
      it("are due a minute after the first failure, with the event kept", async () => {
        const failedAt = new Date("2026-12-07T08:00:00.000Z")
        const deadLetter = await record(failedAt)
        expect(deadLetter.id).toMatch(/^sdl_/)
        expect(deadLetter).toMatchObject({
          status: "pending_retry",
          attempts: 1,
          event_data: { id: "order_1" },
          event_metadata: { source: "test" },
        })
        expect(new Date(deadLetter.next_attempt_at!).getTime() - failedAt.getTime()).toBe(MINUTE)
        const dueBefore = await service.listDueDeadLetters(new Date(failedAt.getTime() + 59_000))
        expect(dueBefore.map((row) => row.id)).not.toContain(deadLetter.id)
        const due = await service.listDueDeadLetters(new Date(failedAt.getTime() + MINUTE))
        expect(due.map((row) => row.id)).toContain(deadLetter.id)
        const otherHandlers = await service.listDueDeadLetters(
          new Date(failedAt.getTime() + MINUTE),
          ["satisfaction-surveys"]
        )
        expect(otherHandlers.map((row) => row.id)).not.toContain(deadLetter.id)
      })

      it("back off 1 min, 5 min, 30 min, 2 h, 12 h, then die after the 6th failed attempt", async () => {
        let now = new Date("2026-12-07T08:00:00.000Z")
        const { id } = await record(now)
        const waits: number[] = []
        let last = await service.retrieveSalonDeadLetter(id)
        for (let attempt = 2; attempt <= 6; attempt++) {
          now = new Date(last.next_attempt_at!)
          expect(await service.markDeadLetterRetrying(id, now)).not.toBeNull()
          const failed = await service.markDeadLetterFailedAgain(id, `boom ${attempt}`, now)
          expect(failed.attempts).toBe(attempt)
          if (failed.next_attempt_at) {
            waits.push(new Date(failed.next_attempt_at).getTime() - now.getTime())
          }
          last = await service.retrieveSalonDeadLetter(id)
        }
        expect(waits).toEqual([5 * MINUTE, 30 * MINUTE, 2 * HOUR, 12 * HOUR])
        expect(last).toMatchObject({ status: "dead", attempts: 6, error: "boom 6" })
        expect(last.next_attempt_at).toBeNull()
        expect(await service.markDeadLetterRetrying(id, new Date("2030-01-01"))).toBeNull()
      })

      it("are claimed by one worker only", async () => {
        const failedAt = new Date("2026-12-07T08:00:00.000Z")
        const { id } = await record(failedAt)
        const due = new Date(failedAt.getTime() + MINUTE)
        const claims = await Promise.all(
          Array.from({ length: 10 }, () => service.markDeadLetterRetrying(id, due))
        )
        expect(claims.filter(Boolean)).toHaveLength(1)
      })

      it("replay a dead one: due now, resolved by the admin who asked", async () => {
        const { id } = await record()
        await expect(service.markDeadLetterResolved(id)).rejects.toThrow(
          /pending_retry, not retrying/
        )
        const { previous, dead_letter } = await service.requestReplay(id, "user_admin")
        expect(previous.status).toBe("pending_retry")
        expect(dead_letter.replay_requested_by).toBe("user_admin")
        expect(new Date(dead_letter.next_attempt_at!).getTime()).toBeLessThanOrEqual(Date.now())
        expect(await service.markDeadLetterRetrying(id)).not.toBeNull()
        const resolved = await service.markDeadLetterResolved(id)
        expect(resolved).toMatchObject({ status: "resolved", resolved_by: "user_admin" })
        await expect(service.requestReplay(id, "user_admin")).rejects.toThrow(
          /is resolved: only a dead or pending_retry one can be replayed/
        )
        await expect(service.requestReplay("sdl_missing", "user_admin")).rejects.toThrow(
          /sdl_missing was not found/
        )
      })

      it("reverts a replay to what it was", async () => {
        const { id } = await record()
        const { previous } = await service.requestReplay(id, "user_admin")
        await service.revertReplay(previous)
        const reverted = await service.retrieveSalonDeadLetter(id)
        expect(reverted.replay_requested_by).toBeNull()
        expect(new Date(reverted.next_attempt_at!).getTime()).toBe(
          new Date(previous.next_attempt_at!).getTime()
        )
      })
    })

    describe("job runs", () => {
      it("count every run, also runs finishing at once", async () => {
        const started_at = new Date("2026-12-07T08:00:00.000Z")
        const finished_at = new Date("2026-12-07T08:00:01.000Z")
        await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            service.recordJobRun({
              job_name: "expire-appointment-holds",
              started_at,
              finished_at,
              ok: i % 4 !== 0,
              error: i % 4 !== 0 ? null : "database unreachable",
            })
          )
        )
        const run = (await service.listJobRuns()).find(
          (row) => row.job_name === "expire-appointment-holds"
        )!
        expect(run).toMatchObject({ runs: 20, failures: 5, last_error: "database unreachable" })
        expect(new Date(run.last_succeeded_at!).getTime()).toBe(finished_at.getTime())
        expect(new Date(run.last_failed_at!).getTime()).toBe(finished_at.getTime())
      })

      it("keep the last error after a later success", async () => {
        const at = (minute: number) => new Date(Date.UTC(2026, 11, 7, 8, minute))
        await service.recordJobRun({
          job_name: "send-appointment-reminders",
          started_at: at(0),
          finished_at: at(1),
          ok: false,
          error: "timeout",
        })
        await service.recordJobRun({
          job_name: "send-appointment-reminders",
          started_at: at(15),
          finished_at: at(16),
          ok: true,
        })
        const run = (await service.listJobRuns()).find(
          (row) => row.job_name === "send-appointment-reminders"
        )!
        expect(run).toMatchObject({ runs: 2, failures: 1, last_error: "timeout" })
        expect(new Date(run.last_succeeded_at!).getTime()).toBe(at(16).getTime())
        expect(new Date(run.last_failed_at!).getTime()).toBe(at(1).getTime())
        expect(new Date(run.last_started_at!).getTime()).toBe(at(15).getTime())
      })
    })
  },
})
