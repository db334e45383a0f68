import { moneyColumns, percentOf, proRata, splitByWeights, toCents, toMajor } from "../money"

describe("money in cents", () => {
  it("converts major units, numeric strings and BigNumber-likes to whole cents", () => {
    expect(toCents(398)).toBe(39800)
    expect(toCents("33.33")).toBe(3333)
    expect(toCents({ numeric: 0.1 + 0.2 })).toBe(30)
    expect(toMajor(123456)).toBe(1234.56)
    expect(() => toCents("abc")).toThrow("Not an amount: abc")
  })

  it("writes a bigNumber column and its raw twin", () => {
    expect(moneyColumns("value", -3333)).toEqual({
      value: "-33.33",
      raw_value: JSON.stringify({ value: "-33.33", precision: 20 }),
    })
  })

  it("splits by weights with parts that add up exactly", () => {
    expect(splitByWeights(100000, [1, 1, 1])).toEqual([33334, 33333, 33333])
    expect(splitByWeights(99900, [6 * 398, 4 * 368])).toEqual([61803, 38097])
    expect(splitByWeights(1000, [0, 0])).toEqual([500, 500])
    for (const total of [1, 7, 99999, 123457]) {
      const parts = splitByWeights(total, [3, 5, 11, 0.5])
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total)
    }
  })

  it("values sessions pro rata so any sequence of movements adds up to the allocation", () => {
    let value = 10000
    let remaining = 3
    const moved: number[] = []
    while (remaining > 0) {
      const part = proRata(value, remaining, 1)
      moved.push(part)
      value -= part
      remaining -= 1
    }
    expect(moved).toEqual([3333, 3334, 3333])
    expect(proRata(1700, 10, 10)).toBe(1700)
    expect(proRata(1700, 10, 0)).toBe(0)
  })

  it("takes percentages rounded half up", () => {
    expect(percentOf(137500, 10)).toBe(13750)
    expect(percentOf(1005, 50)).toBe(503)
    expect(percentOf(1000, 0)).toBe(0)
  })
})
