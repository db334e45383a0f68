/**
 * An instant as a response carries it (what `res.json` makes of a Date), so a route's body
 * matches its shape in `src/types/<capability>/http.ts`.
 */
export function isoDate(value: Date | string): string
export function isoDate(value: Date | string | null): string | null
export function isoDate(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString()
}
