import { TagRule, quintileScore, rfmSegment, ruleMembersSql } from "../tag-rules"

describe("TagRule", () => {
  it("fills in defaults and normalises the currency", () => {
    expect(TagRule.parse({ type: "new_client" })).toEqual({ type: "new_client", days: 30 })
    expect(TagRule.parse({ type: "churn_warning" })).toEqual({
      type: "churn_warning",
      factor: 1.5,
      min_visits: 3,
    })
    expect(
      TagRule.parse({ type: "high_value", window_days: 365, min_spend: 5000, currency_code: "CNY" })
    ).toEqual({ type: "high_value", window_days: 365, min_spend: 5000, currency_code: "cny" })
  })

  it("refuses unknown types, missing settings and unknown keys", () => {
    expect(TagRule.safeParse({ type: "vip" }).success).toBe(false)
    expect(TagRule.safeParse({ type: "dormant" }).success).toBe(false)
    expect(TagRule.safeParse({ type: "dormant", days: 1.5 }).success).toBe(false)
    expect(TagRule.safeParse({ type: "birthday_month", days: 3 }).success).toBe(false)
    expect(TagRule.safeParse({ type: "churn_warning", factor: 0.5 }).success).toBe(false)
    expect(
      TagRule.safeParse({ type: "high_value", window_days: 30, min_spend: 0, currency_code: "cny" })
        .success
    ).toBe(false)
  })
})

describe("ruleMembersSql", () => {
  const now = new Date("2026-11-22T03:00:00Z")

  it("binds every value and filters by customer only in a per-customer run", () => {
    const all = ruleMembersSql({ type: "dormant", days: 60 }, { now })
    expect(all.sql).not.toContain("ANY(")
    expect(all.bindings).toEqual([now.toISOString(), 60])
    const one = ruleMembersSql({ type: "dormant", days: 60 }, { now, customer_ids: ["cus_1"] })
    expect(one.sql).toContain("a.customer_id = ANY(?::text[])")
    expect(one.bindings).toEqual([["cus_1"], now.toISOString(), 60])
  })

  it("takes the birthday month from the run's clock (UTC)", () => {
    expect(ruleMembersSql({ type: "birthday_month" }, { now }).bindings).toEqual([11])
  })

  it("binds as many values as the SQL has placeholders", () => {
    const rules = [
      { type: "high_value", window_days: 90, min_spend: 1000, currency_code: "cny" },
      { type: "new_client", days: 30 },
      { type: "dormant", days: 60 },
      { type: "birthday_month" },
      { type: "churn_warning", factor: 1.5, min_visits: 3 },
    ] as const
    for (const rule of rules) {
      for (const customer_ids of [undefined, ["cus_1"]]) {
        const { sql, bindings } = ruleMembersSql(rule, { now, customer_ids })
        expect(sql.split("?").length - 1).toEqual(bindings.length)
      }
    }
  })
})

describe("RFM scoring", () => {
  it("scores by percent rank, ties sharing a score", () => {
    expect([0, 1, 2, 3].map((below) => quintileScore(below, 3))).toEqual([1, 2, 4, 5])
    expect([0, 1, 2, 3, 4].map((below) => quintileScore(below, 4))).toEqual([1, 2, 3, 4, 5])
    expect(quintileScore(0, 0)).toEqual(1)
    expect(quintileScore(99_999, 99_999)).toEqual(5)
  })

  it("segments customers", () => {
    expect(rfmSegment(1, 1, 1, true)).toEqual("new")
    expect(rfmSegment(5, 5, 4, false)).toEqual("champions")
    expect(rfmSegment(3, 4, 1, false)).toEqual("loyal")
    expect(rfmSegment(2, 4, 1, false)).toEqual("at_risk")
    expect(rfmSegment(1, 1, 5, false)).toEqual("at_risk")
    expect(rfmSegment(1, 1, 1, false)).toEqual("hibernating")
    expect(rfmSegment(4, 2, 2, false)).toEqual("potential")
  })
})
