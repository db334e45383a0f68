import { Button, Drawer } from "@medusajs/ui"
import { type ReactNode, useEffect, useState } from "react"

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
          Save
        </Button>
      </Drawer.Footer>
    </Drawer.Content>
  </Drawer>
)
