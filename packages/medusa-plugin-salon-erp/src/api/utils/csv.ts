/** One CSV cell (RFC 4180): dates as ISO 8601, quotes doubled, quoted when needed. */
export const csvCell = (value: unknown) => {
  if (value === null || value === undefined) return ""
  const text = value instanceof Date ? value.toISOString() : String(value)
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** CSV lines for rows, in the order of `columns`. */
export const csvRows = (rows: Record<string, unknown>[], columns: readonly string[]) =>
  rows.map((row) => columns.map((column) => csvCell(row[column])).join(",")).join("\n") + "\n"
