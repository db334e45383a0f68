import { DatePicker } from "@medusajs/ui"
import { dateToLocalString, localStringToDate } from "../../lib/time"

/**
 * Medusa's DatePicker on a local date string ("YYYY-MM-DD"), the form the booking API uses
 * for branch dates; the browser's own zone never leaks into the value.
 */
export const LocalDatePicker = ({
  value,
  onChange,
  min,
  size = "small",
  "aria-label": ariaLabel,
  className,
}: {
  value: string
  onChange: (value: string) => void
  min?: string
  size?: "small" | "base"
  "aria-label"?: string
  className?: string
}) => (
  <DatePicker
    aria-label={ariaLabel}
    className={className}
    size={size}
    value={value ? localStringToDate(value) : null}
    minValue={min ? localStringToDate(min) : undefined}
    onChange={(date) => onChange(date ? dateToLocalString(date) : "")}
  />
)
