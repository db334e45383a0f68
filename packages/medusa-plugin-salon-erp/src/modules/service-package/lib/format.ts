/** How dates and counts appear in keys, operation data and messages. */
export const iso = (value: Date | string) => new Date(value).toISOString()
export const day = (value: Date | string) => iso(value).slice(0, 10)
export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`
