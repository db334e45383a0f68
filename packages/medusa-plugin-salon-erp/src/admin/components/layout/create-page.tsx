import { Button, FocusModal, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

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
