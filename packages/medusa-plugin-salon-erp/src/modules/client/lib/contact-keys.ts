/**
 * How a customer is found by her contact details: the email compared case-insensitively, the
 * phone by its digits and plus signs (so "+86 139-0000 0001" and "+8613900000001" are one).
 */
export const emailKey = (email: string | null | undefined): string | null =>
  email ? email.toLowerCase() : null

export const phoneKey = (phone: string | null | undefined): string | null => {
  const key = (phone ?? "").replace(/[^0-9+]/g, "")
  return key || null
}
