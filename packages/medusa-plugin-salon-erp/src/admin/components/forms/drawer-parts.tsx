import { Button, Drawer, Prompt } from "@medusajs/ui"
import { Fragment, type ComponentProps, type ReactNode } from "react"

/** A drawer's title and its subtle one-paragraph description. */
export const DrawerHeading = ({ title, children }: { title: ReactNode; children: ReactNode }) => (
  <Drawer.Header>
    <Drawer.Title>{title}</Drawer.Title>
    <Drawer.Description className="text-ui-fg-subtle txt-small">{children}</Drawer.Description>
  </Drawer.Header>
)

/** Cancel (closes the drawer) and the submit button, which takes any Button props. */
export const DrawerActions = ({ children, ...submit }: ComponentProps<typeof Button>) => (
  <Drawer.Footer>
    <Drawer.Close asChild>
      <Button size="small" variant="secondary" type="button">
        Cancel
      </Button>
    </Drawer.Close>
    <Button size="small" {...submit}>
      {children}
    </Button>
  </Drawer.Footer>
)

type SessionDialogProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Grows on every opening: the form remounts, fresh and with a new idempotency key. */
  session: number
  /** The form, given the callback that closes the dialog once it is done. */
  children: (done: () => void) => ReactNode
}

/** A drawer whose form starts over on every opening. */
export const SessionDrawer = ({ open, onOpenChange, session, children }: SessionDialogProps) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>
      <Fragment key={session}>{children(() => onOpenChange(false))}</Fragment>
    </Drawer.Content>
  </Drawer>
)

/** A prompt whose form starts over on every opening. */
export const SessionPrompt = ({
  open,
  onOpenChange,
  session,
  children,
  variant,
  className = "max-w-[480px]",
}: SessionDialogProps & {
  variant?: ComponentProps<typeof Prompt>["variant"]
  className?: string
}) => (
  <Prompt open={open} onOpenChange={onOpenChange} variant={variant}>
    <Prompt.Content className={className}>
      <Fragment key={session}>{children(() => onOpenChange(false))}</Fragment>
    </Prompt.Content>
  </Prompt>
)
