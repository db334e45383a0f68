import {
  type EarningLine,
  type RuleSpec,
  computeLine,
  resolveRule,
  settleRetroactive,
} from "../lib/calculate"

const rule = (overrides: Partial<RuleSpec>): RuleSpec => ({
  id: "crul_default",
  name: "Services 10%",
  kind: "service_performed",
  branch_id: null,
  staff_member_id: null,
  target_type: null,
  target_id: null,
  category: null,
  staff_level: null,
  rate_type: "percent",
  rate: 10,
  designated_multiplier: 1,
  tier_mode: "none",
  tiers: null,
  ...overrides,
})

const line = (overrides: Partial<EarningLine>): EarningLine => ({
  source_type: "appointment",
  source_id: "appt_1",
  source_line_id: "apit_1",
  kind: "service_performed",
  role: "labour",
  staff_member_id: "stf_anna",
  staff_level: "senior",
  share: 100,
  base: 400,
  quantity: 1,
  currency_code: "cny",
  branch_id: "brch_ja",
  customer_id: "cus_1",
  occurred_at: "2026-11-10T02:00:00.000Z",
  is_designated: false,
  targets: [{ type: "salon_service", id: "svc_facial" }],
  categories: ["facial"],
  label: "Hydrating Facial",
  ...overrides,
})

const RULES: RuleSpec[] = [
  rule({ id: "r_default", name: "Services 10%" }),
  rule({ id: "r_level", name: "Experts 12%", staff_level: "expert", rate: 12 }),
  rule({ id: "r_category", name: "Facials 15%", category: "facial", rate: 15 }),
  rule({
    id: "r_service",
    name: "Lash lift ¥40 each",
    target_type: "salon_service",
    target_id: "svc_lash",
    rate_type: "fixed",
    rate: 40,
  }),
  rule({
    id: "r_staff",
    name: "Anna 20%",
    staff_member_id: "stf_anna",
    rate: 20,
    designated_multiplier: 1.5,
  }),
  rule({
    id: "r_branch_category",
    name: "West Lake facials 18%",
    category: "facial",
    branch_id: "brch_xh",
    rate: 18,
  }),
  rule({ id: "r_products", name: "Retail 5%", kind: "product_sold", rate: 5 }),
  rule({ id: "r_topups", name: "Top-ups 2% of principal", kind: "top_up_sold", rate: 2 }),
  rule({
    id: "r_sessions",
    name: "Sessions 12% of session value",
    kind: "package_session_redeemed",
    rate: 12,
    designated_multiplier: 1.2,
  }),
]

/**
 * Each row: an earning line (what the customer paid, who earned it and how), the rule expected to
 * apply, and the exact commission. Bases are already what was actually paid (after discounts;
 * stored value principal only), as the workflows compute them.
 */
const SCENARIOS: [string, Partial<EarningLine>, string, string][] = [
  [
    "kind default: 10% of a ¥200 manicure",
    {
      staff_member_id: "stf_bella",
      categories: ["nails"],
      targets: [{ type: "salon_service", id: "svc_mani" }],
      base: 200,
    },
    "r_default",
    "20",
  ],
  [
    "staff level beats the default: an expert's manicure at 12%",
    {
      staff_member_id: "stf_chen",
      staff_level: "expert",
      categories: ["nails"],
      targets: [],
      base: 200,
    },
    "r_level",
    "24",
  ],
  [
    "category beats staff level: an expert's facial at 15%",
    { staff_member_id: "stf_chen", staff_level: "expert", base: 400 },
    "r_category",
    "60",
  ],
  [
    "product/service beats category: a lash lift at ¥40 per unit",
    {
      staff_member_id: "stf_chen",
      categories: ["facial"],
      targets: [{ type: "salon_service", id: "svc_lash" }],
      base: 268,
    },
    "r_service",
    "40",
  ],
  ["staff member beats everything: Anna's facial at 20%", {}, "r_staff", "80"],
  [
    "a branch's rule beats headquarters' at the same level",
    { staff_member_id: "stf_iris", branch_id: "brch_xh", base: 400 },
    "r_branch_category",
    "72",
  ],
  [
    "discount: the base is what was paid, ¥320 after a 20% promotion",
    { staff_member_id: "stf_iris", base: 320 },
    "r_category",
    "48",
  ],
  [
    "split attribution 70/30: the 30% share of a ¥400 facial",
    { staff_member_id: "stf_iris", share: 30 },
    "r_category",
    "18",
  ],
  [
    "split attribution 50/50 of a fixed ¥40 lash lift",
    {
      staff_member_id: "stf_chen",
      targets: [{ type: "salon_service", id: "svc_lash" }],
      categories: [],
      share: 50,
    },
    "r_service",
    "20",
  ],
  ["designated (点客): Anna requested, × 1.5", { is_designated: true }, "r_staff", "120"],
  [
    "designated does not multiply product sales",
    {
      kind: "product_sold",
      role: "sales",
      is_designated: true,
      targets: [],
      categories: [],
      base: 600,
    },
    "r_products",
    "30",
  ],
  [
    "stored value: only the ¥250 principal of a ¥300 spend counts",
    { staff_member_id: "stf_iris", base: 250, base_note: "stored value principal" },
    "r_category",
    "37.5",
  ],
  [
    "package session: 12% of the ¥180 session value, requested × 1.2",
    { kind: "package_session_redeemed", is_designated: true, base: 180 },
    "r_sessions",
    "25.92",
  ],
  [
    "top-up sold: 2% of the ¥1,000 principal (bonus ¥200 does not count)",
    { kind: "top_up_sold", role: "sales", targets: [], categories: [], base: 1000 },
    "r_topups",
    "20",
  ],
  [
    "rounding to the fen: 15% of ¥133.33",
    { staff_member_id: "stf_iris", base: 133.33 },
    "r_category",
    "20",
  ],
]

describe("commission scenario table", () => {
  it.each(SCENARIOS)("%s", (_name, overrides, ruleId, amount) => {
    const earning = line(overrides)
    const resolved = resolveRule(earning, RULES)
    expect(resolved?.rule.id).toBe(ruleId)
    const computed = computeLine(earning, resolved!.rule, resolved!.level)
    expect(computed.amount).toBe(amount)
    expect(computed.explanation).toMatch(/= \d+\.\d{2} CNY$/)
  })

  it("explains itself in words a staff member can check", () => {
    const earning = line({ share: 50, is_designated: true })
    const { rule: anna, level } = resolveRule(earning, RULES)!
    expect(computeLine(earning, anna, level).explanation).toBe(
      '20% of 200.00 CNY for Hydrating Facial (your 50% share of 400.00 CNY) by rule "Anna 20%" (staff member) × 1.5 requested by the customer = 60.00 CNY'
    )
  })

  it("finds no rule for a kind nobody configured", () => {
    expect(resolveRule(line({ kind: "package_sold" }), RULES)).toBeNull()
  })
})

describe("monthly tiers", () => {
  const tiered = (mode: "progressive" | "retroactive") =>
    rule({
      name: `Services ${mode}`,
      rate: 10,
      tier_mode: mode,
      tiers: [
        { threshold: 20000, rate: 12 },
        { threshold: 40000, rate: 15 },
      ],
    })

  it("progressive: a line crossing ¥20,000 mid-month pays 10% below and 12% above the threshold", () => {
    const computed = computeLine(line({ base: 1000 }), tiered("progressive"), "default", 19600)
    // 400 at 10% + 600 at 12% = 40 + 72
    expect(computed.amount).toBe("112")
    expect(computed.explanation).toContain("400.00 CNY at 10% + 600.00 CNY at 12%")
  })

  it("progressive: a line spanning two thresholds uses three bands", () => {
    const computed = computeLine(line({ base: 25000 }), tiered("progressive"), "default", 18000)
    // 2,000 at 10% + 20,000 at 12% + 3,000 at 15% = 200 + 2,400 + 450
    expect(computed.amount).toBe("3050")
  })

  it("progressive: below the first threshold the base rate applies", () => {
    expect(computeLine(line({ base: 1000 }), tiered("progressive"), "default", 5000).amount).toBe(
      "100"
    )
  })

  it("retroactive: lines pay the base rate, and month end pays the reached tier on the whole month", () => {
    const rule = tiered("retroactive")
    const first = computeLine(line({ base: 15000 }), rule, "default", 0)
    const second = computeLine(line({ base: 10000, is_designated: false }), rule, "default", 15000)
    expect([first.amount, second.amount]).toEqual(["1500", "1000"])
    const settlement = settleRetroactive(
      rule,
      25000,
      [
        { base: 15000, rate: first.rate, multiplier: 1 },
        { base: 10000, rate: second.rate, multiplier: 1 },
      ],
      "cny"
    )
    // 25,000 reached the 12% tier: 2% more on all 25,000.
    expect(settlement).toEqual(expect.objectContaining({ rate: "12", amount: "500" }))
  })

  it("retroactive: a month below every threshold settles nothing", () => {
    expect(
      settleRetroactive(
        tiered("retroactive"),
        19999.99,
        [{ base: 19999.99, rate: 10, multiplier: 1 }],
        "cny"
      )
    ).toBeNull()
  })
})
