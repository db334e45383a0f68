import { XMarkMini } from "@medusajs/icons"
import { IconButton, Input, Select, Text } from "@medusajs/ui"
import type { CustomFieldDefinition } from "../../../types/clients/http"
import { LocalDatePicker } from "../common/local-date-picker"
import { NoneSelect } from "../common/none-select"
import { SelectOptions } from "../common/select-options"

/** One custom field filter as the list page holds it: the field's key and the value as text. */
export type CustomFieldFilterEntry = { key: string; value: string }

/**
 * The filters that have a value, as the list API takes them (`custom_fields[key]=value`): every one
 * must match. Entries still without a value filter nothing yet.
 */
export const customFieldQuery = (entries: CustomFieldFilterEntry[]) => {
  const query: Record<string, string> = {}
  for (const { key, value } of entries) {
    if (value.trim()) query[key] = value.trim()
  }
  return Object.keys(query).length ? query : undefined
}

/**
 * Filters the client list by custom field values: pick a field, then its value (options for select
 * and multi-select fields, yes/no for a boolean, a date, a number or text). Several fields can be
 * added; a client must match all of them.
 */
export const CustomFieldFilters = ({
  definitions,
  value,
  onChange,
}: {
  definitions: CustomFieldDefinition[]
  value: CustomFieldFilterEntry[]
  onChange: (value: CustomFieldFilterEntry[]) => void
}) => {
  const byKey = new Map(definitions.map((definition) => [definition.key, definition]))
  const unused = definitions.filter(
    (definition) => !value.some((entry) => entry.key === definition.key)
  )
  const set = (key: string, next: string) =>
    onChange(value.map((entry) => (entry.key === key ? { key, value: next } : entry)))
  const remove = (key: string) => onChange(value.filter((entry) => entry.key !== key))

  if (!definitions.length && !value.length) return null
  return (
    <div className="flex flex-wrap items-center gap-2">
      {value.map((entry) => {
        const definition = byKey.get(entry.key)
        if (!definition) return null
        return (
          <div
            key={entry.key}
            className="bg-ui-bg-subtle shadow-borders-base flex items-center gap-x-1.5 rounded-md py-0.5 pl-2 pr-0.5"
          >
            <Text size="xsmall" weight="plus" className="text-ui-fg-subtle whitespace-nowrap">
              {definition.label}
            </Text>
            <ValueInput
              definition={definition}
              value={entry.value}
              onChange={(next) => set(entry.key, next)}
            />
            <IconButton
              size="2xsmall"
              variant="transparent"
              aria-label={`Remove the ${definition.label} filter`}
              onClick={() => remove(entry.key)}
            >
              <XMarkMini />
            </IconButton>
          </div>
        )
      })}
      {unused.length > 0 && (
        <Select
          size="small"
          value=""
          onValueChange={(key) => onChange([...value, { key, value: "" }])}
        >
          <Select.Trigger className="w-[170px]" aria-label="Filter by custom field">
            <Select.Value placeholder="+ Custom field" />
          </Select.Trigger>
          <SelectOptions
            options={unused.map((definition) => ({
              value: definition.key,
              label: definition.label,
            }))}
          />
        </Select>
      )}
    </div>
  )
}

/** The value control for a field's type; the value is text as the query string carries it. */
const ValueInput = ({
  definition,
  value,
  onChange,
}: {
  definition: CustomFieldDefinition
  value: string
  onChange: (value: string) => void
}) => {
  const label = `${definition.label} value`
  if (definition.type === "select" || definition.type === "multi_select") {
    return (
      <Choice
        label={label}
        value={value}
        onChange={onChange}
        placeholder={definition.type === "multi_select" ? "Includes…" : "Any value"}
        options={(definition.options ?? []).map((option) => ({ value: option, label: option }))}
      />
    )
  }
  if (definition.type === "boolean") {
    return (
      <Choice
        label={label}
        value={value}
        onChange={onChange}
        placeholder="Yes or no"
        options={[
          { value: "true", label: "Yes" },
          { value: "false", label: "No" },
        ]}
      />
    )
  }
  if (definition.type === "date") {
    return (
      <LocalDatePicker aria-label={label} value={value} onChange={onChange} className="w-[150px]" />
    )
  }
  return (
    <Input
      size="small"
      aria-label={label}
      type={definition.type === "number" ? "number" : "text"}
      inputMode={definition.type === "number" ? "decimal" : undefined}
      placeholder={definition.type === "number" ? "Equals" : "Is exactly"}
      className="w-[130px]"
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  )
}

/** A filter on a choice: one of the options, or the placeholder (no filter). */
const Choice = ({
  label,
  value,
  onChange,
  placeholder,
  options,
}: {
  label: string
  value: string
  onChange: (value: string) => void
  placeholder: string
  options: { value: string; label: string }[]
}) => (
  <NoneSelect
    aria-label={label}
    triggerClassName="w-[140px]"
    value={value}
    onChange={onChange}
    noneLabel={placeholder}
    options={options}
  />
)
