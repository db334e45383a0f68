import { DEAD_LETTER_BACKOFF_MS, MAX_DEAD_LETTER_ATTEMPTS, nextAttemptAt } from "../backoff"

const MINUTE = 60_000
const HOUR = 60 * MINUTE

describe("dead letter backoff", () => {
  const failedAt = new Date("2026-12-07T08:00:00.000Z")
  const waitAfter = (failedAttempts: number) => {
    const next = nextAttemptAt(failedAttempts, failedAt)
    return next ? next.getTime() - failedAt.getTime() : null
  }

  it("waits 1 min, 5 min, 30 min, 2 h and 12 h after the 1st to 5th failed attempt", () => {
    expect([1, 2, 3, 4, 5].map(waitAfter)).toEqual([
      MINUTE,
      5 * MINUTE,
      30 * MINUTE,
      2 * HOUR,
      12 * HOUR,
    ])
    expect(DEAD_LETTER_BACKOFF_MS).toHaveLength(5)
  })

  it("schedules nothing after the 6th failed attempt (the dead letter is dead)", () => {
    expect(MAX_DEAD_LETTER_ATTEMPTS).toBe(6)
    expect(waitAfter(6)).toBeNull()
    expect(waitAfter(7)).toBeNull()
  })

  it("makes a dead letter with no failed attempt due at once", () => {
    expect(waitAfter(0)).toBe(0)
  })
})
