import { Button, Prompt } from "@medusajs/ui"
import type { ComponentProps, ComponentType, ReactNode } from "react"
import { SessionDrawer, SessionPrompt } from "../forms/drawer-parts"

/** How a page opens a dialog whose form starts over on every opening (see `useDialog`). */
export type SessionDialogState = {
  open: boolean
  onOpenChange: (open: boolean) => void
  session: number
}

/** A form that closes its dialog with `onDone` once it is done. */
type DialogForm<TProps extends { onDone: () => void }> = ComponentType<TProps>

/** The dialog's props and the form's own, which the form gets with its `onDone`. */
const formProps = <TProps,>(props: object, onDone: () => void) =>
  // TypeScript cannot see that Omit<TProps, "onDone"> plus onDone is TProps again.
  ({ ...props, onDone }) as unknown as TProps

/**
 * A drawer around `Form`, remounted (fresh state, new idempotency key) on every opening. The
 * form gets the dialog's props too and ignores them.
 */
export const withSessionDrawer =
  <TProps extends { onDone: () => void }>(Form: DialogForm<TProps>) =>
  (props: SessionDialogState & Omit<TProps, "onDone">) => (
    <SessionDrawer open={props.open} onOpenChange={props.onOpenChange} session={props.session}>
      {(done) => <Form {...formProps<TProps>(props, done)} />}
    </SessionDrawer>
  )

/** A prompt around `Form`, remounted on every opening. */
export const withSessionPrompt =
  <TProps extends { onDone: () => void }>(
    Form: DialogForm<TProps>,
    prompt: Pick<ComponentProps<typeof SessionPrompt>, "variant" | "className"> = {}
  ) =>
  (props: SessionDialogState & Omit<TProps, "onDone">) => (
    <SessionPrompt
      open={props.open}
      onOpenChange={props.onOpenChange}
      session={props.session}
      {...prompt}
    >
      {(done) => <Form {...formProps<TProps>(props, done)} />}
    </SessionPrompt>
  )

/** A prompt's title and description. */
export const PromptHeading = ({ title, children }: { title: ReactNode; children: ReactNode }) => (
  <Prompt.Header>
    <Prompt.Title>{title}</Prompt.Title>
    <Prompt.Description>{children}</Prompt.Description>
  </Prompt.Header>
)

/**
 * A prompt's way back (`cancelText`, disabled while `isLoading`) and its submit button, which
 * takes any Button props.
 */
export const PromptActions = ({
  cancelText,
  onCancel,
  isLoading,
  children,
  ...submit
}: ComponentProps<typeof Button> & { cancelText: string; onCancel: () => void }) => (
  <Prompt.Footer>
    <Button size="small" variant="secondary" onClick={onCancel} disabled={isLoading}>
      {cancelText}
    </Button>
    <Button size="small" isLoading={isLoading} {...submit}>
      {children}
    </Button>
  </Prompt.Footer>
)
