import { WEEKDAYS } from "./time"
import type { OpeningHours } from "../../types/booking/http"

/** "Mon–Fri 10:00–21:00; Sat–Sun 09:30–20:00": a week of hours, equal days grouped. */
export const summarizeOpeningHours = (entries: (OpeningHours | null)[] = []) => {
  const hours = entries.filter((entry): entry is OpeningHours => !!entry)
  if (!hours.length) return "No opening hours"
  const groups: { from: string; to: string; text: string }[] = []
  for (const { value, short } of WEEKDAYS) {
    const text = hours
      .filter((entry) => entry.weekday === value)
      .sort((a, b) => a.opens_at.localeCompare(b.opens_at))
      .map((entry) => `${entry.opens_at}–${entry.closes_at}`)
      .join(", ")
    const last = groups[groups.length - 1]
    if (last && last.text === text) last.to = short
    else groups.push({ from: short, to: short, text })
  }
  return groups
    .filter((group) => group.text)
    .map(
      (group) =>
        `${group.from === group.to ? group.from : `${group.from}–${group.to}`} ${group.text}`
    )
    .join("; ")
}
