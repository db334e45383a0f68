import { reservationOutcome } from "../policy"

describe("reserved sessions of visits that do not take place", () => {
  it("always returns the session of an appointment canceled in time", () => {
    expect(
      reservationOutcome("canceled", { late_cancel_policy: "forfeit", no_show_policy: "forfeit" })
    ).toBe("return")
  })

  it("follows the late-cancellation and no-show settings independently", () => {
    const settings = { late_cancel_policy: "return" as const, no_show_policy: "forfeit" as const }
    expect(reservationOutcome("late_cancellation", settings)).toBe("return")
    expect(reservationOutcome("no_show", settings)).toBe("forfeit")
    const lenient = { late_cancel_policy: "forfeit" as const, no_show_policy: "return" as const }
    expect(reservationOutcome("late_cancellation", lenient)).toBe("forfeit")
    expect(reservationOutcome("no_show", lenient)).toBe("return")
  })
})
