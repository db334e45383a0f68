import { Input, Textarea } from "@medusajs/ui"
import type { ComponentProps, ReactNode } from "react"
import { Field } from "../common/field"

type FieldProps = {
  label: string
  id: string
  value: string
  onChange: (value: string) => void
  hint?: ReactNode
  error?: string | null
  optional?: boolean
}

/** The Field's props, and the control's (with a change handler that hands over the text). */
const splitProps = <T extends FieldProps>({
  label,
  id,
  value,
  onChange,
  hint,
  error,
  optional,
  ...control
}: T) => ({
  field: { label, htmlFor: id, hint, error, optional },
  control: {
    ...control,
    id,
    value,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  },
})

/**
 * A labelled one-line text input, with `suggestions` offered as the user types; the other props
 * go to the input.
 */
export const TextField = ({
  suggestions,
  ...props
}: FieldProps & { suggestions?: string[] } & Omit<
    ComponentProps<typeof Input>,
    keyof FieldProps | "size" | "list"
  >) => {
  const { field, control } = splitProps(props)
  const listId = `${props.id}-suggestions`
  return (
    <Field {...field}>
      <Input size="small" list={suggestions && listId} {...control} />
      {suggestions && (
        <datalist id={listId}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      )}
    </Field>
  )
}

/** A labelled multi-line text input; the other props go to the textarea. */
export const TextareaField = (
  props: FieldProps & Omit<ComponentProps<typeof Textarea>, keyof FieldProps>
) => {
  const { field, control } = splitProps(props)
  return (
    <Field {...field}>
      <Textarea {...control} />
    </Field>
  )
}
