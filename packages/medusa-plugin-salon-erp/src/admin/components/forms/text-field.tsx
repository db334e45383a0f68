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

/** A labelled one-line text input; the other props go to the input. */
export const TextField = ({
  label,
  id,
  value,
  onChange,
  hint,
  error,
  optional,
  ...input
}: FieldProps & Omit<ComponentProps<typeof Input>, keyof FieldProps | "size">) => (
  <Field label={label} htmlFor={id} hint={hint} error={error} optional={optional}>
    <Input
      id={id}
      size="small"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      {...input}
    />
  </Field>
)

/** A labelled multi-line text input; the other props go to the textarea. */
export const TextareaField = ({
  label,
  id,
  value,
  onChange,
  hint,
  error,
  optional,
  ...textarea
}: FieldProps & Omit<ComponentProps<typeof Textarea>, keyof FieldProps>) => (
  <Field label={label} htmlFor={id} hint={hint} error={error} optional={optional}>
    <Textarea
      id={id}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      {...textarea}
    />
  </Field>
)
