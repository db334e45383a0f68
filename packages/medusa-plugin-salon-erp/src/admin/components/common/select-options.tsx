import { Select } from "@medusajs/ui"
import type { ReactNode } from "react"
import type { SelectOption } from "../forms/option-select"

/** A Select's list: `first` (a "none" entry, say) and then the options, in their order. */
export const SelectOptions = ({
  options,
  first,
}: {
  options: SelectOption[]
  first?: ReactNode
}) => (
  <Select.Content>
    {first}
    {options.map((option) => (
      <Select.Item key={option.value} value={option.value}>
        {option.label}
      </Select.Item>
    ))}
  </Select.Content>
)

/** A picker option from a named record (a branch, a staff member). */
export const nameOption = ({ id, name }: { id: string; name: string }): SelectOption => ({
  value: id,
  label: name,
})
