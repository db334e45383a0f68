import { Checkbox, Input, Label, Text } from "@medusajs/ui"
import { useId, useMemo, useState } from "react"

export type CheckboxOption = { value: string; label: string; description?: string }

/** A searchable list of checkboxes for choosing a set (branches, services, staff). */
export const CheckboxList = ({
  options,
  value,
  onChange,
  emptyText = "Nothing to choose from yet.",
  searchable,
}: {
  options: CheckboxOption[]
  value: string[]
  onChange: (value: string[]) => void
  emptyText?: string
  searchable?: boolean
}) => {
  const id = useId()
  const [search, setSearch] = useState("")
  const visible = useMemo(
    () =>
      options.filter((option) => option.label.toLowerCase().includes(search.trim().toLowerCase())),
    [options, search]
  )
  const toggle = (optionValue: string, checked: boolean) =>
    onChange(
      checked ? [...new Set([...value, optionValue])] : value.filter((v) => v !== optionValue)
    )

  if (!options.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        {emptyText}
      </Text>
    )
  }
  return (
    <div className="flex flex-col gap-y-2">
      {(searchable ?? options.length > 8) && (
        <Input
          size="small"
          type="search"
          placeholder="Filter"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      )}
      <div className="shadow-borders-base bg-ui-bg-field max-h-72 overflow-y-auto rounded-md p-1">
        {visible.map((option) => {
          const optionId = `${id}-${option.value}`
          return (
            <div
              key={option.value}
              className="hover:bg-ui-bg-field-hover flex items-start gap-x-2 rounded px-2 py-1.5"
            >
              <Checkbox
                id={optionId}
                checked={value.includes(option.value)}
                onCheckedChange={(checked) => toggle(option.value, checked === true)}
              />
              <Label htmlFor={optionId} size="small" className="flex-1 cursor-pointer">
                {option.label}
                {option.description && (
                  <span className="text-ui-fg-subtle block text-xs">{option.description}</span>
                )}
              </Label>
            </div>
          )
        })}
        {!visible.length && (
          <Text size="small" className="text-ui-fg-subtle px-2 py-1.5">
            No match.
          </Text>
        )}
      </div>
      <Text size="xsmall" className="text-ui-fg-muted">
        {value.length} selected
      </Text>
    </div>
  )
}
