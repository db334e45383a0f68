import { remainingByLot } from "../lib/bonus-lots"
import { formatAmount, hasTooManyDecimals, roundAmount } from "../lib/money"
import { splitRefund, splitSpend } from "../lib/split"

describe("splitSpend", () => {
  it("splits in the ratio of the balances by default", () => {
    // 1000 paid + 200 bonus: a 120 spend takes 100 principal and 20 bonus.
    expect(splitSpend("120", "1000", "200", "proportional", "cny")).toEqual({
      principal: "100",
      bonus: "20",
    })
  })

  it("rounds the bonus share to the minor unit and never takes more than a balance holds", () => {
    expect(splitSpend("1", "1000", "200", "proportional", "cny")).toEqual({
      principal: "0.83",
      bonus: "0.17",
    })
    expect(splitSpend("10", "0.01", "100", "proportional", "cny")).toEqual({
      principal: "0",
      bonus: "10",
    })
    expect(splitSpend("3", "1", "2", "proportional", "jpy")).toEqual({ principal: "1", bonus: "2" })
  })

  it("takes everything when the spend equals the balance", () => {
    expect(splitSpend("1200", "1000", "200", "proportional", "cny")).toEqual({
      principal: "1000",
      bonus: "200",
    })
  })

  it("honours principal-first and bonus-first", () => {
    expect(splitSpend("1100", "1000", "200", "principal_first", "cny")).toEqual({
      principal: "1000",
      bonus: "100",
    })
    expect(splitSpend("150", "1000", "200", "bonus_first", "cny")).toEqual({
      principal: "0",
      bonus: "150",
    })
    expect(splitSpend("250", "1000", "200", "bonus_first", "cny")).toEqual({
      principal: "50",
      bonus: "200",
    })
  })
})

describe("splitRefund", () => {
  it("refunds in the spend's ratio, and partial refunds add up to exactly what was spent", () => {
    const spent = { principal: "83.33", bonus: "16.67" }
    const first = splitRefund("30", spent, { principal: "0", bonus: "0" }, "cny")
    expect(first).toEqual({ principal: "25", bonus: "5" })
    const second = splitRefund("70", spent, first, "cny")
    expect(second).toEqual({ principal: "58.33", bonus: "11.67" })
  })

  it("caps a refund at what is left of the spend", () => {
    expect(
      splitRefund("500", { principal: "80", bonus: "20" }, { principal: "40", bonus: "10" }, "cny")
    ).toEqual({
      principal: "40",
      bonus: "10",
    })
  })
})

describe("remainingByLot", () => {
  const lot = (id: string, amount: number, expires: string | null, created = "2026-01-01") => ({
    id,
    amount,
    expires_at: expires,
    expired_at: null,
    created_at: created,
  })

  it("treats bonus as spent soonest-expiring first", () => {
    const lots = [lot("a", 100, "2026-03-01"), lot("b", 100, "2026-06-01"), lot("c", 50, null)]
    // 120 left: the never-expiring 50 and 70 of June's lot; March's lot is used up.
    expect(Object.fromEntries(remainingByLot(lots, "120"))).toEqual({ c: "50", b: "70", a: "0" })
    expect(Object.fromEntries(remainingByLot(lots, "250"))).toEqual({ c: "50", b: "100", a: "100" })
  })

  it("ignores lots that already expired", () => {
    const lots = [
      { ...lot("a", 100, "2026-03-01"), expired_at: "2026-03-01" },
      lot("b", 100, "2026-06-01"),
    ]
    expect(Object.fromEntries(remainingByLot(lots, "40"))).toEqual({ b: "40" })
  })
})

describe("money helpers", () => {
  it("rounds, formats and spots too many decimals", () => {
    expect(roundAmount("10.005", "cny")).toBe("10.01")
    expect(roundAmount("10.5", "jpy")).toBe("11")
    expect(formatAmount("1200", "cny")).toBe("1,200.00 CNY")
    expect(hasTooManyDecimals("1.005", "cny")).toBe(true)
    expect(hasTooManyDecimals("1.5", "jpy")).toBe(true)
    expect(hasTooManyDecimals("1.50", "cny")).toBe(false)
  })
})
