import { z } from "@medusajs/framework/zod"
import {
  Email,
  FileContent,
  Metadata,
  Id,
  Instant,
  LocalDate,
  MoneyAmount,
  Phone,
  Quantity,
  Text,
  namingFields,
} from "../validators"

const messages = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value)
  return result.success ? [] : result.error.issues.map((issue) => issue.message)
}

describe("shared validators", () => {
  it("Text trims, refuses NUL and other control characters, empty and over-long text", () => {
    expect(Text("name").parse("  Anna Li ")).toBe("Anna Li")
    expect(messages(Text("name"), "Anna\u0000Li")).toEqual([
      "must not contain control characters (e.g. NUL)",
    ])
    expect(messages(Text("name"), "Anna\u0007")).toHaveLength(1)
    expect(messages(Text("name"), "two\nlines")).toEqual([
      "must be one line (no line breaks or tabs)",
    ])
    expect(Text("note").parse("two\nlines")).toBe("two\nlines")
    expect(messages(Text("name"), "   ")).toEqual(["must not be empty"])
    expect(messages(Text("name"), "x".repeat(201))).toEqual([
      "must be at most 200 characters (got 201)",
    ])
    expect(messages(Text("name"), 5)).toHaveLength(1)
  })

  it("Instant takes ISO 8601 with a zone on a real date, and refuses the rest", () => {
    expect(Instant.parse("2026-12-19T10:00:00+08:00")).toBe("2026-12-19T10:00:00+08:00")
    expect(Instant.parse("2026-12-19T02:00:00.000Z")).toBe("2026-12-19T02:00:00.000Z")
    expect(messages(Instant, "2027-02-30T02:00:00.000Z")).toEqual([
      "2027-02-30 is not a calendar date",
    ])
    expect(messages(Instant, "2026-12-19T10:00:00")[0]).toMatch(/needs a time zone/)
    expect(messages(Instant, "2026-12-19T24:30:00Z")[0]).toMatch(/not a time of day/)
    expect(messages(Instant, "19/12/2026")[0]).toMatch(/ISO 8601/)
  })

  it("LocalDate takes real calendar dates only", () => {
    expect(LocalDate.parse("2028-02-29")).toBe("2028-02-29")
    expect(messages(LocalDate, "2027-02-29")).toHaveLength(1)
  })

  it("MoneyAmount bounds amounts and decimals", () => {
    expect(MoneyAmount().parse("1200.50")).toBe("1200.50")
    expect(messages(MoneyAmount(), 0)).toEqual(["must be more than zero"])
    expect(MoneyAmount({ allowZero: true }).parse(0)).toBe(0)
    expect(messages(MoneyAmount(), 1e20)).toEqual(["must be at most 1000000000"])
    expect(messages(MoneyAmount({ max: 100_000 }), "100000.01")).toEqual(["must be at most 100000"])
    expect(messages(MoneyAmount(), "10.005")).toEqual(["must have at most 2 decimal places"])
    expect(messages(MoneyAmount(), "-5")).toEqual(["must be more than zero"])
    expect(messages(MoneyAmount(), Number.POSITIVE_INFINITY)[0]).toMatch(/must be an amount/)
    expect(messages(MoneyAmount(), true)[0]).toMatch(/must be an amount/)
    expect(messages(MoneyAmount(), "12abc")).toHaveLength(1)
  })

  it("Quantity, Phone, Email and Id", () => {
    expect(messages(Quantity(), 1.5)).toEqual(["must be a whole number"])
    expect(messages(Quantity(), 0)).toEqual(["must be at least 1"])
    expect(Phone.parse(" +86 138 0013 8000 ")).toBe("+86 138 0013 8000")
    expect(messages(Phone, "call me")).toHaveLength(1)
    expect(Email.parse("Lin@Example.com")).toBe("lin@example.com")
    expect(messages(Email, "lin@")).toHaveLength(1)
    expect(Id("cus", "a customer").parse("cus_01JABC")).toBe("cus_01JABC")
    expect(messages(Id("cus", "a customer"), "stf_01JABC")).toEqual([
      "must be a customer id (cus_…)",
    ])
  })

  it("namingFields puts the field's name in front of each message", () => {
    const schema = namingFields(
      z.object({ name: Text("name"), items: z.array(z.object({ qty: Quantity() })) }).strict()
    )
    expect(messages(schema, { name: "a\u0000", items: [{ qty: 0 }] })).toEqual([
      "name: must not contain control characters (e.g. NUL)",
      "must be at least 1",
    ])
    // A value sent comes before a field left out (Medusa shows the first three issues).
    expect(
      namingFields(z.object({ a: Text("name"), b: Text("name") }))
        .safeParse({ b: "x\u0000" })
        .error?.issues.map((issue) => issue.path.join("."))
    ).toEqual(["b", "a"])
    expect(schema.parse({ name: " Anna ", items: [] })).toEqual({ name: "Anna", items: [] })
  })
})

describe("Metadata and file contents", () => {
  it("takes JSON metadata without NUL, with bounded keys and strings", () => {
    expect(Metadata.parse({ source: "fair", nested: { list: [1, "a"] } })).toEqual({
      source: "fair",
      nested: { list: [1, "a"] },
    })
    expect(Metadata.safeParse({ note: "a\u0000b" }).success).toBe(false)
    expect(Metadata.safeParse({ note: { deep: ["x\u0000"] } }).success).toBe(false)
    expect(Metadata.safeParse({ note: "x".repeat(10_001) }).success).toBe(false)
    expect(Metadata.safeParse({ ["k".repeat(65)]: 1 }).success).toBe(false)
    expect(FileContent("csv", 1).safeParse("a,b\n1,2").success).toBe(true)
    expect(FileContent("csv", 1).safeParse("a\u0000").success).toBe(false)
    expect(FileContent("csv", 1).safeParse("x".repeat(1024 * 1024 + 1)).success).toBe(false)
  })
})
