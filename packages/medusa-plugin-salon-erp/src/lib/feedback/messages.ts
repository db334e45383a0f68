/** Local wall time of an instant in a branch's zone, e.g. "2026-11-23 14:00". */
export function localTime(instant: string | Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(instant))
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ""
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}`
}

/** The first `length` characters of a text, on one line. */
export function excerpt(text: string | null | undefined, length = 140): string {
  const flat = (text ?? "").replace(/\s+/g, " ").trim()
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat
}

export const customerName = (
  customer?: { first_name?: string | null; last_name?: string | null } | null
) => [customer?.first_name, customer?.last_name].filter(Boolean).join(" ") || "A customer"

/** Where a staff member opens a complaint in the admin. */
export const complaintAdminPath = (id: string) => `/app/complaints/${id}`
