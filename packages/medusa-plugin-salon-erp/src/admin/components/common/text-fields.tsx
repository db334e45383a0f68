import { Input, Textarea } from "@medusajs/ui"
import type { ComponentProps } from "react"
import { Field } from "./field"

type FieldProps = Omit<ComponentProps<typeof Field>, "htmlFor" | "children">

/** A labelled text area on a string value (notes, reasons). */
export const TextareaField = ({
  id,
  value,
  onChange,
  rows = 2,
  maxLength,
  placeholder,
  onKeyDown,
  ...field
}: FieldProps & {
  id: string
  value: string
  onChange: (value: string) => void
  rows?: number
  maxLength?: number
  placeholder?: string
  onKeyDown?: ComponentProps<typeof Textarea>["onKeyDown"]
}) => (
  <Field htmlFor={id} {...field}>
    <Textarea
      id={id}
      rows={rows}
      maxLength={maxLength}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={onKeyDown}
      placeholder={placeholder}
    />
  </Field>
)

/** A labelled one-line text input on a string value. */
export const TextInputField = ({
  id,
  value,
  onChange,
  input,
  ...field
}: FieldProps & {
  id: string
  value: string
  onChange: (value: string) => void
  /** Anything else the input takes (placeholder, maxLength, autoFocus, type…). */
  input?: Omit<ComponentProps<typeof Input>, "id" | "value" | "onChange">
}) => (
  <Field htmlFor={id} {...field}>
    <Input
      id={id}
      size="small"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      {...input}
    />
  </Field>
)

/** The reason an action keeps on record (a ledger line, an erasure): up to 500 characters. */
export const ReasonField = (
  props: Omit<ComponentProps<typeof TextareaField>, "label" | "maxLength">
) => <TextareaField label="Reason" maxLength={500} {...props} />
