import type { ComponentProps } from "react"
import { TextField } from "./text-field"

type InputBinding = Omit<ComponentProps<typeof TextField>, "label">

/** Trimmed text, or null when nothing is left (optional text fields). */
export const trimmedOrNull = (value: string) => (value.trim() ? value.trim() : null)

/** The message for a filled-in email that is not an address; nothing when empty or valid. */
export const emailError = (email: string) =>
  email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())
    ? "Not an email address"
    : undefined

/** Phone and email, side by side, both optional (branches and staff members). */
export const ContactFields = ({ phone, email }: { phone: InputBinding; email: InputBinding }) => (
  <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
    <TextField label="Phone" optional {...phone} />
    <TextField label="Email" optional type="email" {...email} />
  </div>
)
