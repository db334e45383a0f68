import {
  addDays,
  daysBetween,
  eachDate,
  fromLocal,
  isLocalDate,
  isLocalTime,
  isValidTimeZone,
  isoWeekday,
  minutesToTime,
  timeToMinutes,
  toLocal,
} from "../time"

describe("booking time helpers", () => {
  it("converts Shanghai wall time to instants and back", () => {
    const instant = fromLocal("2026-11-23", 10 * 60, "Asia/Shanghai")
    expect(new Date(instant).toISOString()).toBe("2026-11-23T02:00:00.000Z")
    expect(toLocal(instant, "Asia/Shanghai")).toEqual({
      date: "2026-11-23",
      minutes: 600,
      weekday: 1,
    })
  })

  it("handles a local date that is the previous UTC day", () => {
    const instant = fromLocal("2026-11-23", 7 * 60, "Asia/Shanghai")
    expect(new Date(instant).toISOString()).toBe("2026-11-22T23:00:00.000Z")
    expect(toLocal(instant, "Asia/Shanghai").date).toBe("2026-11-23")
  })

  it("follows daylight saving time where a zone has it", () => {
    // New York switches to EDT on 2026-03-08: 09:00 local is 13:00 UTC after, 14:00 UTC before.
    expect(new Date(fromLocal("2026-03-07", 540, "America/New_York")).toISOString()).toBe(
      "2026-03-07T14:00:00.000Z"
    )
    expect(new Date(fromLocal("2026-03-09", 540, "America/New_York")).toISOString()).toBe(
      "2026-03-09T13:00:00.000Z"
    )
    // 02:30 does not exist that night: the later valid instant is used.
    expect(
      toLocal(fromLocal("2026-03-08", 150, "America/New_York"), "America/New_York").minutes
    ).toBe(210)
  })

  it("validates dates, times and zones", () => {
    expect(isLocalDate("2026-02-28")).toBe(true)
    expect(isLocalDate("2026-02-30")).toBe(false)
    expect(isLocalDate("26-2-3")).toBe(false)
    expect(isLocalTime("09:30")).toBe(true)
    expect(isLocalTime("24:00")).toBe(true)
    expect(isLocalTime("24:30")).toBe(false)
    expect(isLocalTime("9:30")).toBe(false)
    expect(isValidTimeZone("Asia/Shanghai")).toBe(true)
    expect(isValidTimeZone("Mars/Olympus")).toBe(false)
  })

  it("does date arithmetic on local dates", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01")
    expect(daysBetween("2026-11-01", "2026-11-15")).toBe(14)
    expect(eachDate("2026-11-29", "2026-12-01")).toEqual(["2026-11-29", "2026-11-30", "2026-12-01"])
    expect(isoWeekday("2026-11-22")).toBe(7)
    expect(isoWeekday("2026-11-23")).toBe(1)
    expect(timeToMinutes("13:45")).toBe(825)
    expect(minutesToTime(825)).toBe("13:45")
  })
})
