import { Select } from "@medusajs/ui"
import type { ReactNode } from "react"

export type SelectOption = { value: string; label: ReactNode }

/** A small Select over a list of options; `options` are shown in order. */
export const OptionSelect = ({
  id,
  value,
  onValueChange,
  options,
  placeholder,
  disabled,
}: {
  id?: string
  value: string | undefined
  onValueChange: (value: string) => void
  options: SelectOption[]
  placeholder?: string
  disabled?: boolean
}) => (
  <Select size="small" value={value} onValueChange={onValueChange} disabled={disabled}>
    <Select.Trigger id={id}>
      <Select.Value placeholder={placeholder} />
    </Select.Trigger>
    <Select.Content>
      {options.map((option) => (
        <Select.Item key={option.value} value={option.value}>
          {option.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)

/** Options from a `value → label` record, in its order. */
export const labelOptions = (labels: Record<string, ReactNode>): SelectOption[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))
