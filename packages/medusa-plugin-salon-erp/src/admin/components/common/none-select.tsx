import { Select } from "@medusajs/ui"
import type { ReactNode } from "react"
import type { SelectOption } from "../forms/option-select"
import { SelectOptions } from "./select-options"

// Radix Select cannot hold an empty value: this stands for "none chosen".
const NONE = "__none"

/** A small Select whose first entry, `noneLabel`, is the empty value (nothing chosen). */
export const NoneSelect = ({
  id,
  value,
  onChange,
  options,
  noneLabel,
  invalid,
  triggerClassName,
  "aria-label": ariaLabel,
}: {
  id?: string
  /** "" when nothing is chosen. */
  value: string
  onChange: (value: string) => void
  options: SelectOption[]
  noneLabel: ReactNode
  invalid?: boolean
  triggerClassName?: string
  "aria-label"?: string
}) => (
  <Select size="small" value={value || NONE} onValueChange={(v) => onChange(v === NONE ? "" : v)}>
    <Select.Trigger
      id={id}
      aria-invalid={invalid}
      aria-label={ariaLabel}
      className={triggerClassName}
    >
      <Select.Value />
    </Select.Trigger>
    <SelectOptions options={options} first={<Select.Item value={NONE}>{noneLabel}</Select.Item>} />
  </Select>
)
