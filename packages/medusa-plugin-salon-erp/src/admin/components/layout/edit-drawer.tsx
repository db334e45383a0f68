import { Button, Drawer } from "@medusajs/ui"
import { type ReactNode, useEffect, useState } from "react"
import { type ToastText, toastOutcome } from "../forms/toasts"
import type { FormErrors } from "../forms/use-form-fields"

/**
 * The values and errors of an edit form, reset from the record each time the drawer opens
 * (and when the record changes while it is open).
 */
export const useEditValues = <TRecord, TValues, TErrors extends object>(
  open: boolean,
  record: TRecord,
  toValues: (record: TRecord) => TValues,
  /** The form's "no errors" value (types the errors). */
  noErrors: TErrors
) => {
  const [values, setValues] = useState(() => toValues(record))
  const [errors, setErrors] = useState(noErrors)
  useEffect(() => {
    if (open) {
      setValues(toValues(record))
      setErrors(noErrors)
    }
    // noErrors is a fresh `{}` on each render: only the record matters.
  }, [open, record, toValues])
  return { values, setValues, errors, setErrors }
}

/** The side drawer a detail page edits its record in: the fields, Cancel and Save. */
export const EditDrawer = ({
  open,
  onOpenChange,
  title,
  description,
  showDescription = false,
  isSaving,
  onSave,
  saveLabel = "Save",
  children,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: ReactNode
  /** For screen readers unless `showDescription`. */
  description: ReactNode
  showDescription?: boolean
  isSaving: boolean
  onSave: () => void
  saveLabel?: string
  children: ReactNode
}) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>
      <Drawer.Header>
        <Drawer.Title>{title}</Drawer.Title>
        <Drawer.Description className={showDescription ? "text-ui-fg-subtle txt-small" : "sr-only"}>
          {description}
        </Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="overflow-y-auto">{children}</Drawer.Body>
      <Drawer.Footer>
        <Button size="small" variant="secondary" onClick={() => onOpenChange(false)}>
          Cancel
        </Button>
        <Button size="small" isLoading={isSaving} onClick={onSave}>
          {saveLabel}
        </Button>
      </Drawer.Footer>
    </Drawer.Content>
  </Drawer>
)

/** The fields a form drawer renders: its values, their setter and the errors. */
export type FormBinding<TValues> = {
  values: TValues
  onChange: (values: TValues) => void
  errors: FormErrors<TValues>
}

type EditFormDrawerProps<TRecord, TValues, TPayload, TData> = {
  record: TRecord
  toValues: (record: TRecord) => TValues
  validate: (values: TValues) => FormErrors<TValues>
  toPayload: (values: TValues) => TPayload
  mutation: {
    mutate: (
      payload: TPayload,
      callbacks: { onSuccess: (data: TData) => void; onError: (error: unknown) => void }
    ) => void
    isPending: boolean
  }
  saved: ToastText
  failed: string
  children: (form: FormBinding<TValues>) => ReactNode
} & Omit<Parameters<typeof EditDrawer>[0], "isSaving" | "onSave" | "children">

/**
 * An EditDrawer over a form of the record: values from `toValues` each time it opens; Save
 * validates, and when clean saves `toPayload(values)`, toasts `saved` and closes (a failure
 * toasts `failed` with the API's message).
 */
export const EditFormDrawer = <TRecord, TValues extends object, TPayload, TData>({
  record,
  toValues,
  validate,
  toPayload,
  mutation,
  saved,
  failed,
  children,
  ...drawer
}: EditFormDrawerProps<TRecord, TValues, TPayload, TData>) => {
  const { values, setValues, errors, setErrors } = useEditValues(
    drawer.open,
    record,
    toValues,
    {} as FormErrors<TValues>
  )
  const save = () => {
    const found = validate(values)
    setErrors(found)
    if (Object.keys(found).length) return
    mutation.mutate(
      toPayload(values),
      toastOutcome<TData>(saved, failed, () => drawer.onOpenChange(false))
    )
  }
  return (
    <EditDrawer {...drawer} isSaving={mutation.isPending} onSave={save}>
      {children({ values, onChange: setValues, errors })}
    </EditDrawer>
  )
}

/** A record section's "Edit" button (or `label`) and the EditFormDrawer it opens. */
export const EditFormButton = <TRecord, TValues extends object, TPayload, TData>({
  label = "Edit",
  ...drawer
}: { label?: string } & Omit<
  EditFormDrawerProps<TRecord, TValues, TPayload, TData>,
  "open" | "onOpenChange"
>) => {
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button size="small" variant="secondary" onClick={() => setOpen(true)}>
        {label}
      </Button>
      <EditFormDrawer {...drawer} open={open} onOpenChange={setOpen} />
    </>
  )
}
