import {
  customFieldCondition,
  customFieldFilter,
  customFieldFilterValues,
} from "../custom-field-filter"
import type { FieldDefinition } from "../custom-fields"

const def = (overrides: Partial<FieldDefinition>): FieldDefinition => ({
  key: "field",
  label: "Field",
  type: "text",
  required: false,
  options: [],
  is_active: true,
  ...overrides,
})

const DEFINITIONS = [
  def({ key: "vip_level", label: "VIP level", type: "select", options: ["gold", "silver"] }),
  def({
    key: "interests",
    label: "Interests",
    type: "multi_select",
    options: ["facial", "nails", "massage"],
  }),
  def({ key: "newsletter", label: "Newsletter", type: "boolean" }),
  def({ key: "visits_per_month", label: "Visits per month", type: "number" }),
  def({ key: "wedding_date", label: "Wedding date", type: "date" }),
  def({ key: "occupation", label: "Occupation", type: "text" }),
  def({ key: "old_field", label: "Old field", type: "text", is_active: false }),
]

const bound = (filters: Record<string, unknown>) => {
  const condition = customFieldFilter(DEFINITIONS, filters)
  return condition && JSON.parse(condition.bindings[0])
}

describe("customFieldFilter", () => {
  it("builds one jsonb containment over all the filters, bound as one parameter", () => {
    const condition = customFieldFilter(DEFINITIONS, {
      vip_level: "gold",
      newsletter: "true",
    })
    expect(condition).toEqual({
      sql: "custom_fields @> ?::jsonb",
      bindings: [JSON.stringify({ vip_level: "gold", newsletter: true })],
    })
  })

  it("normalizes each value as it is stored", () => {
    expect(
      bound({
        vip_level: " silver ",
        interests: "nails",
        newsletter: "no",
        visits_per_month: "2.50",
        wedding_date: "2027-05-01",
        occupation: " Nurse ",
      })
    ).toEqual({
      vip_level: "silver",
      interests: ["nails"],
      newsletter: false,
      visits_per_month: 2.5,
      wedding_date: "2027-05-01",
      occupation: "Nurse",
    })
  })

  it("asks a multi-select list to contain every given value (comma-separated or repeated)", () => {
    expect(bound({ interests: "nails,facial" })).toEqual({ interests: ["nails", "facial"] })
    expect(bound({ interests: ["massage", "nails", "massage"] })).toEqual({
      interests: ["massage", "nails"],
    })
  })

  it("is null without filters", () => {
    expect(customFieldFilter(DEFINITIONS, {})).toBeNull()
  })

  it("keeps hostile text inside the bound JSON, never in the SQL", () => {
    const condition = customFieldFilter(DEFINITIONS, { occupation: `'); DROP TABLE x; --"?` })
    expect(condition!.sql).toBe("custom_fields @> ?::jsonb")
    expect(JSON.parse(condition!.bindings[0])).toEqual({
      occupation: `'); DROP TABLE x; --"?`,
    })
  })

  it("refuses an unknown or deactivated key, naming it", () => {
    expect(() => customFieldFilter(DEFINITIONS, { shoe_size: "38" })).toThrow(
      "custom_fields.shoe_size is not a defined custom field"
    )
    expect(() => customFieldFilter(DEFINITIONS, { old_field: "x" })).toThrow(
      "custom_fields.old_field (Old field) is deactivated and cannot be filtered by"
    )
  })

  it("refuses a value outside a select's options, naming the options", () => {
    expect(() => customFieldFilter(DEFINITIONS, { vip_level: "bronze" })).toThrow(
      'custom_fields.vip_level (VIP level) must be one of: gold, silver (got "bronze")'
    )
    expect(() => customFieldFilter(DEFINITIONS, { interests: "nails,yoga" })).toThrow(
      /custom_fields\.interests \(Interests\) has "yoga", not among the options: facial, nails, massage/
    )
  })

  it("refuses values of the wrong type, blanks and several values for a one-value field", () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ newsletter: "maybe" }, /newsletter \(Newsletter\) must be true or false/],
      [{ visits_per_month: "often" }, /visits_per_month .*must be a number/],
      [{ wedding_date: "2027-02-30" }, /wedding_date .*must be a date as "YYYY-MM-DD"/],
      [{ vip_level: "" }, /vip_level \(VIP level\) needs a value to filter by/],
      [{ interests: " , " }, /interests \(Interests\) needs a value to filter by/],
      [{ vip_level: ["gold", "silver"] }, /vip_level \(VIP level\) takes one value .*got 2/],
      [{ occupation: { a: "b" } }, /occupation \(Occupation\) must be text/],
    ]
    for (const [filters, message] of cases) {
      expect(() => customFieldFilter(DEFINITIONS, filters)).toThrow(message)
    }
  })

  it("names every bad key in one message and throws a 400 (invalid_data)", () => {
    let error: unknown
    try {
      customFieldFilter(DEFINITIONS, { shoe_size: "38", vip_level: "bronze", newsletter: "true" })
    } catch (caught) {
      error = caught
    }
    expect(error).toMatchObject({ type: "invalid_data" })
    expect((error as Error).message).toMatch(/shoe_size .*; custom_fields\.vip_level/)
  })
})

describe("customFieldFilterValues", () => {
  it("returns the normalized values and the issues side by side", () => {
    expect(customFieldFilterValues(DEFINITIONS, { vip_level: "gold", shoe_size: "38" })).toEqual({
      values: { vip_level: "gold" },
      issues: [{ key: "shoe_size", message: "is not a defined custom field" }],
    })
  })
})

describe("customFieldCondition", () => {
  it("qualifies the column when asked and refuses an unsafe column name", () => {
    expect(customFieldCondition({ vip_level: "gold" }, "cp.custom_fields")).toEqual({
      sql: "cp.custom_fields @> ?::jsonb",
      bindings: ['{"vip_level":"gold"}'],
    })
    expect(() => customFieldCondition({ a: "b" }, "custom_fields; drop")).toThrow(
      /Invalid column name/
    )
  })
})
