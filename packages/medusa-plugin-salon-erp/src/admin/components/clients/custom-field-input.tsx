import { Input, Switch, Text } from "@medusajs/ui"
import type { CustomFieldDefinition, CustomFieldValue } from "../../../types/clients/http"
import { CheckboxList } from "../common/checkbox-list"
import { Field } from "../common/field"
import { LocalDatePicker } from "../common/local-date-picker"
import { NoneSelect } from "../common/none-select"

/**
 * One custom field, edited by its definition's type. Numbers are kept as typed text here and
 * converted on submit, so a half-typed "1." is not lost.
 */
export const CustomFieldInput = ({
  definition,
  value,
  onChange,
  error,
}: {
  definition: CustomFieldDefinition
  value: CustomFieldValue | undefined
  onChange: (value: CustomFieldValue) => void
  error?: string | null
}) => {
  const id = `custom-field-${definition.key}`
  const options = definition.options ?? []
  const label = definition.required ? `${definition.label} *` : definition.label

  return (
    <Field
      label={label}
      htmlFor={id}
      error={error}
      hint={definition.required ? "Required" : undefined}
    >
      {definition.type === "text" && (
        <Input
          id={id}
          size="small"
          value={typeof value === "string" ? value : ""}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={!!error}
        />
      )}
      {definition.type === "number" && (
        <Input
          id={id}
          size="small"
          type="number"
          inputMode="decimal"
          value={value === null || value === undefined ? "" : String(value)}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={!!error}
        />
      )}
      {definition.type === "date" && (
        <LocalDatePicker
          aria-label={definition.label}
          value={typeof value === "string" ? value : ""}
          onChange={(date) => onChange(date || null)}
        />
      )}
      {definition.type === "select" && (
        <NoneSelect
          id={id}
          invalid={!!error}
          value={typeof value === "string" ? value : ""}
          onChange={(next) => onChange(next || null)}
          noneLabel="Not set"
          options={options.map((option) => ({ value: option, label: option }))}
        />
      )}
      {definition.type === "multi_select" && (
        <CheckboxList
          options={options.map((option) => ({ value: option, label: option }))}
          value={Array.isArray(value) ? value : []}
          onChange={onChange}
          emptyText="This field has no options yet."
        />
      )}
      {definition.type === "boolean" && (
        <div className="flex items-center gap-x-2">
          <Switch
            id={id}
            checked={value === true}
            onCheckedChange={(checked) => onChange(checked)}
          />
          <Text size="small" className="text-ui-fg-subtle">
            {value === true ? "Yes" : value === false ? "No" : "Not set"}
          </Text>
        </div>
      )}
    </Field>
  )
}
