import {
  type FieldDefinition,
  applyCustomFields,
  describeIssues,
  isCalendarDate,
  normalizeCustomFieldValue,
  valueUsesOption,
} from "../custom-fields"

const def = (overrides: Partial<FieldDefinition>): FieldDefinition => ({
  key: "field",
  label: "Field",
  type: "text",
  required: false,
  options: [],
  is_active: true,
  ...overrides,
})

const PRESSURE = def({
  key: "preferred_pressure",
  label: "Preferred pressure",
  type: "select",
  options: ["light", "medium", "firm"],
})
const INTERESTS = def({
  key: "interests",
  label: "Interests",
  type: "multi_select",
  options: ["facial", "nails", "massage"],
})

describe("normalizeCustomFieldValue", () => {
  it("trims text and refuses non-text", () => {
    expect(normalizeCustomFieldValue(def({}), "  nurse ")).toEqual({ value: "nurse" })
    expect(normalizeCustomFieldValue(def({}), { a: 1 })).toEqual({ error: "must be text" })
    expect(normalizeCustomFieldValue(def({}), "x".repeat(2001))).toHaveProperty("error")
  })

  it("reads numbers from numbers and numeric strings only", () => {
    const number = def({ type: "number" })
    expect(normalizeCustomFieldValue(number, 3.5)).toEqual({ value: 3.5 })
    expect(normalizeCustomFieldValue(number, " 42 ")).toEqual({ value: 42 })
    expect(normalizeCustomFieldValue(number, "forty")).toHaveProperty("error")
    expect(normalizeCustomFieldValue(number, "")).toHaveProperty("error")
    expect(normalizeCustomFieldValue(number, true)).toHaveProperty("error")
  })

  it("keeps real calendar dates as YYYY-MM-DD and takes the date of a date-time", () => {
    const date = def({ type: "date" })
    expect(normalizeCustomFieldValue(date, "2027-05-01")).toEqual({ value: "2027-05-01" })
    expect(normalizeCustomFieldValue(date, "2027-05-01T10:00:00Z")).toEqual({ value: "2027-05-01" })
    expect(normalizeCustomFieldValue(date, "2027-02-30")).toHaveProperty("error")
    expect(normalizeCustomFieldValue(date, "01/05/2027")).toHaveProperty("error")
    expect(normalizeCustomFieldValue(date, 20270501)).toHaveProperty("error")
  })

  it("reads booleans from true/false, yes/no and 1/0", () => {
    const flag = def({ type: "boolean" })
    expect(normalizeCustomFieldValue(flag, true)).toEqual({ value: true })
    expect(normalizeCustomFieldValue(flag, "Yes")).toEqual({ value: true })
    expect(normalizeCustomFieldValue(flag, 0)).toEqual({ value: false })
    expect(normalizeCustomFieldValue(flag, "false")).toEqual({ value: false })
    expect(normalizeCustomFieldValue(flag, "maybe")).toHaveProperty("error")
  })

  it("accepts only listed options for a select", () => {
    expect(normalizeCustomFieldValue(PRESSURE, "firm")).toEqual({ value: "firm" })
    const bad = normalizeCustomFieldValue(PRESSURE, "hard")
    expect(bad).toEqual({ error: expect.stringContaining("light, medium, firm") })
    expect(normalizeCustomFieldValue(PRESSURE, ["firm"])).toHaveProperty("error")
  })

  it("de-duplicates multi-select values and names unknown ones", () => {
    expect(normalizeCustomFieldValue(INTERESTS, ["nails", "facial", "nails"])).toEqual({
      value: ["nails", "facial"],
    })
    expect(normalizeCustomFieldValue(INTERESTS, "nails,massage")).toEqual({
      value: ["nails", "massage"],
    })
    expect(normalizeCustomFieldValue(INTERESTS, ["nails", "yoga"])).toEqual({
      error: expect.stringContaining('"yoga"'),
    })
    expect(normalizeCustomFieldValue(INTERESTS, [1])).toHaveProperty("error")
  })
})

describe("applyCustomFields", () => {
  const OCCUPATION = def({ key: "occupation", label: "Occupation", required: true })
  const definitions = [PRESSURE, INTERESTS, OCCUPATION]

  it("merges normalized values over the stored ones and clears blanks", () => {
    const { values, issues } = applyCustomFields(
      definitions,
      { occupation: "nurse", preferred_pressure: "light" },
      { preferred_pressure: "firm", interests: [] }
    )
    expect(issues).toEqual([])
    expect(values).toEqual({ occupation: "nurse", preferred_pressure: "firm" })
    expect(
      applyCustomFields(
        definitions,
        { occupation: "nurse", interests: ["nails"] },
        { interests: null }
      ).values
    ).toEqual({ occupation: "nurse" })
  })

  it("requires required fields after the merge", () => {
    const { issues } = applyCustomFields(definitions, {}, { preferred_pressure: "light" })
    expect(issues).toEqual([{ key: "occupation", message: "is required" }])
    expect(
      applyCustomFields(definitions, { occupation: "nurse" }, { occupation: "" }).issues
    ).toEqual([{ key: "occupation", message: "is required" }])
  })

  it("refuses unknown and deactivated fields", () => {
    const inactive = def({ key: "old_field", is_active: false })
    const { issues } = applyCustomFields(
      [...definitions, inactive],
      { occupation: "nurse" },
      { nope: 1, old_field: "x" }
    )
    expect(issues).toEqual([
      { key: "nope", message: "is not a defined custom field" },
      { key: "old_field", message: "is deactivated and cannot be set" },
    ])
  })

  it("describes issues with the key and label", () => {
    const { issues } = applyCustomFields(
      definitions,
      { occupation: "nurse" },
      { preferred_pressure: "hard" }
    )
    expect(describeIssues(definitions, issues)).toMatch(
      /^custom_fields\.preferred_pressure \(Preferred pressure\) must be one of: light, medium, firm/
    )
  })
})

describe("helpers", () => {
  it("checks calendar dates", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true)
    expect(isCalendarDate("2027-02-29")).toBe(false)
    expect(isCalendarDate("2027-13-01")).toBe(false)
  })

  it("tells whether a stored value uses an option", () => {
    expect(valueUsesOption("firm", "firm")).toBe(true)
    expect(valueUsesOption(["nails", "facial"], "facial")).toBe(true)
    expect(valueUsesOption(["nails"], "facial")).toBe(false)
  })
})
