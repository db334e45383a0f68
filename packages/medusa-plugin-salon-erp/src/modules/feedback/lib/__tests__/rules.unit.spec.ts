import { parseFeedbackOptions } from "../options"
import { classifyAnswer, lowScoreStreak, netPromoterScore, overallRating } from "../satisfaction"
import { minutesBetween, slaDeadlines, warningPoint } from "../sla"
import { localDate } from "../time"

const HOUR = 3_600_000

describe("feedback options", () => {
  it("fills defaults and keeps Medusa's own keys", () => {
    const options = parseFeedbackOptions({ low_score_streak: undefined, database: { x: 1 } })
    expect(options).toEqual(
      expect.objectContaining({
        low_score_streak: 2,
        low_score_threshold: 3,
        nps_detractor_max: 6,
        sla_warning_ratio: 0.75,
      })
    )
    expect(options.sla.critical).toEqual({ first_response_hours: 1, resolution_hours: 8 })
  })

  it("refuses inconsistent settings with a message naming them", () => {
    expect(() =>
      parseFeedbackOptions({ sla: { high: { first_response_hours: 5, resolution_hours: 1 } } })
    ).toThrow(
      'Invalid medusa-plugin-salon-erp options: feedback.sla.high = {"first_response_hours":5,"resolution_hours":1}: resolution_hours must be at least first_response_hours'
    )
    expect(() => parseFeedbackOptions({ low_score_streak: 0 })).toThrow(/low_score_streak/)
    expect(() => parseFeedbackOptions({ nps_promoter_min: 5 })).toThrow(
      /nps_promoter_min must be above nps_detractor_max/
    )
  })
})

describe("SLA deadlines", () => {
  const options = parseFeedbackOptions({})
  const start = new Date("2026-11-23T02:00:00Z")

  it("runs from filing by severity, with the warning at 75 % of each window", () => {
    const deadlines = slaDeadlines("medium", start, options)
    expect(deadlines.first_response_due_at.getTime() - start.getTime()).toBe(24 * HOUR)
    expect(deadlines.first_response_warn_at.getTime() - start.getTime()).toBe(18 * HOUR)
    expect(deadlines.resolution_due_at.getTime() - start.getTime()).toBe(72 * HOUR)
    expect(deadlines.resolution_warn_at.getTime() - start.getTime()).toBe(54 * HOUR)
  })

  it("measures whole minutes and warning points", () => {
    expect(minutesBetween(start, new Date(start.getTime() + 90_500))).toBe(2)
    expect(minutesBetween(start, start)).toBe(0)
    expect(warningPoint(start, new Date(start.getTime() + 4 * HOUR), 0.5).toISOString()).toBe(
      "2026-11-23T04:00:00.000Z"
    )
  })
})

describe("satisfaction", () => {
  const options = parseFeedbackOptions({})
  const answer = (score: number, nps: number) => ({
    technique_rating: score,
    attitude_rating: score,
    environment_rating: score,
    result_rating: score,
    nps_score: nps,
  })

  it("classifies low answers (average below 3) and detractors (NPS 0–6)", () => {
    expect(classifyAnswer(answer(3, 7), options)).toEqual({
      overall_rating: 3,
      is_low: false,
      is_detractor: false,
    })
    expect(classifyAnswer(answer(2, 6), options)).toEqual({
      overall_rating: 2,
      is_low: true,
      is_detractor: true,
    })
    expect(
      overallRating({
        technique_rating: 5,
        attitude_rating: 4,
        environment_rating: 3,
        result_rating: 3,
      })
    ).toBe(3.75)
  })

  it("computes NPS as % promoters − % detractors", () => {
    expect(netPromoterScore(6, 2, 10)).toBe(40)
    expect(netPromoterScore(1, 2, 3)).toBe(-33.3)
    expect(netPromoterScore(0, 0, 0)).toBeNull()
  })

  it("finds a streak of N low answers since the last alert, and not before", () => {
    const low = (id: string, alerted = false) => ({ id, is_low: true, alerted })
    const fine = (id: string) => ({ id, is_low: false, alerted: false })
    expect(lowScoreStreak([low("b")], 2)).toBeNull()
    expect(lowScoreStreak([low("c"), low("b"), fine("a")], 2)?.map((a) => a.id)).toEqual(["c", "b"])
    expect(lowScoreStreak([low("c"), fine("b"), low("a")], 2)).toBeNull()
    expect(lowScoreStreak([low("c"), low("b", true)], 2)).toBeNull()
    expect(lowScoreStreak([low("d"), low("c"), low("b")], 3)).toHaveLength(3)
  })
})

describe("local dates", () => {
  it("reports the calendar day in the branch's zone", () => {
    expect(localDate("2026-11-22T17:30:00Z", "Asia/Shanghai")).toBe("2026-11-23")
    expect(localDate("2026-11-22T17:30:00Z", "Europe/London")).toBe("2026-11-22")
  })
})
