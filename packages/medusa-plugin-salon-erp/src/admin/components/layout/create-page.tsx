import { Button, FocusModal, Heading, Text } from "@medusajs/ui"
import { type ReactNode, useState } from "react"
import { type ToastText, toastOutcome } from "../forms/toasts"
import type { FormErrors } from "../forms/use-form-fields"

/** What a list page hands its create modal: open or not, and what to do with the new record. */
export type CreateModalProps<TRecord> = {
  open: boolean
  onOpenChange: (open: boolean) => void
  onCreated: (record: TRecord) => void
}

/**
 * The values and errors of a create form. `check` shows a validation's errors and says whether
 * there were none; `created` gives `mutate` its callbacks: a toast, then the modal closes, the
 * form starts over and the record is handed over (a failure toasts the API's message).
 * `page` goes on CreatePage.
 */
export const useCreateForm = <TValues extends object, TRecord>(
  { open, onOpenChange, onCreated }: CreateModalProps<TRecord>,
  empty: TValues
) => {
  const [values, setValues] = useState(empty)
  const [errors, setErrors] = useState<FormErrors<TValues>>({})
  const reset = () => {
    setValues(empty)
    setErrors({})
  }
  return {
    values,
    setValues,
    errors,
    check: (found: FormErrors<TValues>) => {
      setErrors(found)
      return Object.keys(found).length === 0
    },
    created: <TData,>(
      recordOf: (data: TData) => TRecord,
      success: (record: TRecord) => ToastText,
      failure: string
    ) =>
      toastOutcome<TData>(
        (data) => success(recordOf(data)),
        failure,
        (data) => {
          onOpenChange(false)
          reset()
          onCreated(recordOf(data))
        }
      ),
    page: { open, onOpenChange, onReset: reset },
  }
}

/**
 * The full-screen form a list page opens to create a record: title, description, the
 * fields, and the submit button in the header. Closing it calls `onReset`.
 */
export const CreatePage = ({
  open,
  onOpenChange,
  onReset,
  title,
  description,
  submitLabel,
  isSubmitting,
  onSubmit,
  width = "max-w-[760px]",
  children,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  onReset: () => void
  title: string
  description: ReactNode
  submitLabel: string
  isSubmitting: boolean
  onSubmit: () => void
  /** The form's max width class. */
  width?: string
  children: ReactNode
}) => (
  <FocusModal
    open={open}
    onOpenChange={(next) => {
      onOpenChange(next)
      if (!next) onReset()
    }}
  >
    <FocusModal.Content>
      <FocusModal.Header>
        <Button size="small" isLoading={isSubmitting} onClick={onSubmit}>
          {submitLabel}
        </Button>
      </FocusModal.Header>
      <FocusModal.Body className="overflow-y-auto">
        <div className={`mx-auto flex w-full ${width} flex-col gap-y-8 px-6 py-8`}>
          <div>
            <FocusModal.Title asChild>
              <Heading level="h1">{title}</Heading>
            </FocusModal.Title>
            <FocusModal.Description asChild>
              <Text size="small" className="text-ui-fg-subtle">
                {description}
              </Text>
            </FocusModal.Description>
          </div>
          {children}
        </div>
      </FocusModal.Body>
    </FocusModal.Content>
  </FocusModal>
)
