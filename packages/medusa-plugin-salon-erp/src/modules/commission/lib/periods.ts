import { toLocal } from "../../../lib/time"

/** "YYYY-MM" of an instant in the chain's zone. */
export function periodOf(instant: Date | string, timezone: string): string {
  return toLocal(new Date(instant).getTime(), timezone).date.slice(0, 7)
}

export function nextPeriod(period: string): string {
  const [y, m] = period.split("-").map(Number)
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`
}

/** The period an entry counts in: its own month, or the first later month that is not closed. */
export function openPeriodFor(period: string, closed: Set<string>): string {
  let candidate = period
  while (closed.has(candidate)) candidate = nextPeriod(candidate)
  return candidate
}

export const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/
