const formatters = new Map<string, Intl.DateTimeFormat>()

/** The local calendar date ("YYYY-MM-DD") of an instant in an IANA time zone. */
export function localDate(instant: Date | number | string, timeZone: string): string {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    })
    formatters.set(timeZone, formatter)
  }
  return formatter.format(new Date(instant))
}

/** Whether a string is an IANA time zone this runtime knows. */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone })
    return true
  } catch {
    return false
  }
}
