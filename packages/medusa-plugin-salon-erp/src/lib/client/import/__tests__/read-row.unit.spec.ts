import { parseCsv } from "../../../../modules/client/lib/import/csv"
import { mapColumns } from "../columns"
import { findRepeatedCustomers } from "../plan-rows"
import { type ImportLookups, readRow } from "../read-row"

const NOW = new Date("2026-11-22T10:00:00Z")

const lookups: ImportLookups = {
  definitions: [
    {
      key: "vip_level",
      label: "VIP level",
      type: "select",
      required: false,
      options: ["gold", "silver"],
      is_active: true,
    },
    {
      key: "interests",
      label: "Interests",
      type: "multi_select",
      required: false,
      options: ["nails", "spa"],
      is_active: true,
    },
  ],
  branches: {
    ids: new Set(["brch_1"]),
    names: new Map([
      ["jing'an", ["brch_1"]],
      ["twin", ["brch_2", "brch_3"]],
    ]),
  },
  staff: { ids: new Set(["stf_1"]), names: new Map([["anna li", ["stf_1"]]]) },
  tags: new Map([
    ["vip", { id: "ctag_1", name: "VIP", kind: "manual" as const }],
    ["dormant", { id: "ctag_2", name: "Dormant", kind: "automatic" as const }],
  ]),
  templates: new Map(
    [
      {
        id: "pkgt_1",
        name: "Facial & massage",
        currency_code: "cny",
        validity_days: 365,
        valid_until: null,
        branch_scope: "all_branches" as const,
        allocation_method: "equal" as const,
        refund_fee_percent: null,
        is_active: true,
        list_price: 1500,
        items: [
          {
            salon_service_id: "ss_f",
            service_name: "Facial",
            sessions: 10,
            session_value: null,
            service_price: 200,
          },
          {
            salon_service_id: "ss_m",
            service_name: "Massage",
            sessions: 5,
            session_value: null,
            service_price: 300,
          },
        ],
      },
    ].flatMap((template) => [
      [template.id, [template]],
      [template.name.toLowerCase(), [template]],
    ])
  ),
  default_currency: "cny",
  default_refund_fee_percent: 10,
  now: NOW,
}

const read = (csv: string) => {
  const parsed = parseCsv(csv)
  const { map, issues } = mapColumns(parsed.header, new Set(["vip_level", "interests"]))
  expect(issues).toEqual([])
  return parsed.records.map((record) => readRow(record, map, lookups))
}

describe("mapColumns", () => {
  it("refuses unknown, repeated and unnamed columns and a file without email or phone", () => {
    const { issues } = mapColumns(
      ["first_name", "emial", "first_name", "", "custom.shoe"],
      new Set(["vip_level"])
    )
    expect(issues.map((issue) => issue.column)).toEqual([
      "emial",
      "first_name",
      "#4",
      "custom.shoe",
      "email",
    ])
  })

  it("groups numbered package columns and needs a template and sessions for each", () => {
    const { map, issues } = mapColumns(
      ["email", "package_template", "package_sessions_remaining", "package_template_2"],
      new Set()
    )
    expect([...map.packages.keys()]).toEqual([1, 2])
    expect(issues).toEqual([expect.objectContaining({ column: "package_sessions_remaining_2" })])
  })
})

describe("readRow", () => {
  it("normalises a good row: enums, lists, names resolved to ids, custom fields, money and a package", () => {
    const [{ row, issues }] = read(
      [
        "email,phone,gender,skin_type,allergies,home_branch,preferred_staff,tags,custom.vip_level,custom.interests,stored_value_principal,stored_value_bonus,package_template,package_sessions_remaining,package_purchased_at",
        "Lan@Example.com,+86 (138) 0000-1111,Female,Sensitive,Nuts; Latex| Nuts,Jing'an,Anna Li,vip; New one,gold,nails;spa,1200.50,0,facial & massage,Facial: 4; Massage: 0,2026-06-01",
      ].join("\n")
    )
    expect(issues).toEqual([])
    expect(row).toMatchObject({
      email: "lan@example.com",
      phone: "+8613800001111",
      profile: {
        gender: "female",
        skin_type: "sensitive",
        allergies: ["Nuts", "Latex"],
        home_branch_id: "brch_1",
        preferred_staff_member_ids: ["stf_1"],
      },
      tags: ["VIP", "New one"],
      custom_fields: { vip_level: "gold", interests: ["nails", "spa"] },
      stored_value: { currency_code: "cny", principal_amount: "1200.50", bonus_amount: "0" },
    })
    expect(row!.packages).toEqual([
      expect.objectContaining({
        template_id: "pkgt_1",
        price_paid: 1500,
        purchased_at: "2026-06-01T00:00:00.000Z",
        expires_at: "2027-06-01T00:00:00.000Z",
        refund_fee_percent: 10,
        items: [
          expect.objectContaining({ salon_service_id: "ss_f", sessions: 10, remaining: 4 }),
          expect.objectContaining({ salon_service_id: "ss_m", sessions: 5, remaining: 0 }),
        ],
      }),
    ])
  })

  it("reports each bad cell against its column and returns no row", () => {
    const [{ row, issues }] = read(
      [
        "email,birthday,home_branch,tags,custom.interests,stored_value_principal,stored_value_bonus_expires_at,package_template,package_sessions_remaining",
        "bad@,2030-01-01,Twin,Dormant,golf,12.345,2020-01-01,Facial & massage,7",
      ].join("\n")
    )
    expect(row).toBeNull()
    expect(issues.map((issue) => [issue.line, issue.column])).toEqual([
      [2, "email"],
      [2, "birthday"],
      [2, "home_branch"],
      [2, "tags"],
      [2, "custom.interests"],
      [2, "stored_value_principal"],
      [2, "stored_value_bonus_expires_at"],
      [2, "package_sessions_remaining"],
    ])
    expect(issues.find((issue) => issue.column === "home_branch")!.message).toContain("brch_2")
    expect(
      issues.find((issue) => issue.column === "package_sessions_remaining")!.message
    ).toContain("Facial: n; Massage: n")
  })

  it("refuses a row with more cells than the header instead of shifting its values", () => {
    const [{ row, issues }] = read(
      ["email,preferences_text,gender", "a@x.test,Quiet room, warm water,female"].join("\n")
    )
    expect(row).toBeNull()
    expect(issues).toEqual([
      expect.objectContaining({
        line: 2,
        column: "#4",
        value: "female",
        message: expect.stringContaining("double quotes"),
      }),
    ])
  })

  it("never repeats a health value in the report", () => {
    const [{ issues }] = read(["email,allergies", `a@x.test,${"Peanut ".repeat(40)}`].join("\n"))
    expect(issues).toEqual([
      { line: 2, column: "allergies", value: null, message: "has an entry over 200 characters" },
    ])
  })

  it("refuses a package that has expired or has no sessions left", () => {
    const results = read(
      [
        "email,package_template,package_sessions_remaining,package_purchased_at,package_expires_at",
        "a@x.test,pkgt_1,Facial: 2,2024-01-01,2025-01-01",
        "b@x.test,pkgt_1,Facial: 0,2026-01-01,",
      ].join("\n")
    )
    expect(results[0].issues[0].message).toContain("expired on 2025-01-01")
    expect(results[1].issues[0].message).toContain("no sessions left")
  })

  it("marks later rows of a customer already in the file", () => {
    const rows = read(
      [
        "email,phone",
        "a@x.test,",
        "b@x.test,+8613900000000",
        "A@X.test,",
        ",+86 139 0000 0000",
      ].join("\n")
    ).map((result) => result.row!)
    const repeated = findRepeatedCustomers(rows, { email: new Map(), phone: new Map() })
    expect([...repeated.keys()]).toEqual([4, 5])
    expect(repeated.get(4)!.message).toContain("line 2")
    expect(repeated.get(5)!.message).toContain("line 3")
  })
})
