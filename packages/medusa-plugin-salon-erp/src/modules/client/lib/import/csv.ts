/** One record of a CSV file: its cells and the line it starts on (the header is line 1). */
export type CsvRecord = { line: number; cells: string[] }

export type ParsedCsv = {
  delimiter: "," | ";" | "\t"
  header: string[]
  records: CsvRecord[]
  /** A quote left open at the end of the file (the line it opened on), or null. */
  unterminated_quote_line: number | null
}

/**
 * The delimiter of a file from its first line: a comma unless semicolons or tabs are more
 * frequent (spreadsheets in many European locales save "CSV" with semicolons).
 */
export function detectDelimiter(text: string): ParsedCsv["delimiter"] {
  const end = text.search(/\r?\n/)
  const first = end === -1 ? text : text.slice(0, end)
  const count = (character: string) => first.split(character).length - 1
  const counts = { ",": count(","), ";": count(";"), "\t": count("\t") }
  if (counts[";"] > counts[","] && counts[";"] >= counts["\t"]) return ";"
  if (counts["\t"] > counts[","]) return "\t"
  return ","
}

/**
 * Parses RFC 4180 CSV: quoted cells may hold delimiters, doubled quotes and line breaks; CRLF
 * and LF line ends; a UTF-8 byte order mark is dropped. Blank lines are skipped. Each record
 * keeps the line number it starts on, so errors can point at the line a spreadsheet shows.
 */
export function parseCsv(input: string): ParsedCsv {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  const delimiter = detectDelimiter(text)
  const rows: CsvRecord[] = []
  let cells: string[] = []
  let cell = ""
  let quoted = false
  let quoteLine = 0
  let line = 1
  let recordLine = 1
  let cellStarted = false

  const endRecord = () => {
    cells.push(cell)
    if (cells.length > 1 || cells[0].trim() !== "" || cellStarted) {
      rows.push({ line: recordLine, cells })
    }
    cells = []
    cell = ""
    cellStarted = false
  }

  for (let index = 0; index < text.length; index++) {
    const character = text[index]
    if (quoted) {
      if (character === '"') {
        if (text[index + 1] === '"') {
          cell += '"'
          index++
        } else {
          quoted = false
        }
      } else {
        if (character === "\n") line++
        cell += character
      }
      continue
    }
    if (character === '"' && cell.trim() === "") {
      quoted = true
      quoteLine = line
      cell = ""
      cellStarted = true
    } else if (character === delimiter) {
      cells.push(cell)
      cell = ""
      cellStarted = true
    } else if (character === "\n" || character === "\r") {
      if (character === "\r" && text[index + 1] === "\n") index++
      endRecord()
      line++
      recordLine = line
    } else {
      cell += character
    }
  }
  if (cell !== "" || cells.length || cellStarted) endRecord()

  const [header, ...records] = rows
  return {
    delimiter,
    header: header ? header.cells.map((name) => name.trim()) : [],
    records,
    unterminated_quote_line: quoted ? quoteLine : null,
  }
}
