import { detectDelimiter, parseCsv } from "../csv"

describe("parseCsv", () => {
  it("reads quoted cells with delimiters, doubled quotes and line breaks, keeping each record's first line", () => {
    const parsed = parseCsv(
      'email,notes,name\r\na@x.test,"Likes tea, not coffee",Ann\r\nb@x.test,"Said ""hi""\nand left",Bo\r\n\r\nc@x.test,,Cy'
    )
    expect(parsed.header).toEqual(["email", "notes", "name"])
    expect(parsed.records).toEqual([
      { line: 2, cells: ["a@x.test", "Likes tea, not coffee", "Ann"] },
      { line: 3, cells: ["b@x.test", 'Said "hi"\nand left', "Bo"] },
      { line: 6, cells: ["c@x.test", "", "Cy"] },
    ])
    expect(parsed.unterminated_quote_line).toBeNull()
  })

  it("drops a byte order mark and reads semicolon files from spreadsheets", () => {
    const parsed = parseCsv("\uFEFFemail;first_name\nmei@x.test;Mei\n")
    expect(parsed.delimiter).toBe(";")
    expect(parsed.header).toEqual(["email", "first_name"])
    expect(parsed.records[0].cells).toEqual(["mei@x.test", "Mei"])
  })

  it("reports where a quote was left open", () => {
    expect(
      parseCsv('email,notes\na@x.test,"never closed\nb@x.test,x\n').unterminated_quote_line
    ).toBe(2)
  })

  it("keeps commas as the delimiter when a header has more commas than semicolons", () => {
    expect(detectDelimiter("email,tags,phone\n")).toBe(",")
    expect(detectDelimiter("email\ttags\n")).toBe("\t")
  })
})
