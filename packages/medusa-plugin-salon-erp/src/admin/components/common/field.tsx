import { Hint, Label } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A labelled form control with an optional hint and a client-side validation message. */
export const Field = ({
  label,
  htmlFor,
  hint,
  error,
  optional,
  children,
  className,
}: {
  label: string
  htmlFor?: string
  hint?: ReactNode
  error?: string | null
  optional?: boolean
  children: ReactNode
  className?: string
}) => (
  <div className={["flex flex-col gap-y-1.5", className].filter(Boolean).join(" ")}>
    <Label htmlFor={htmlFor} size="small" weight="plus">
      {label}
      {optional && <span className="text-ui-fg-muted font-normal"> (optional)</span>}
    </Label>
    {children}
    {error ? <Hint variant="error">{error}</Hint> : hint ? <Hint>{hint}</Hint> : null}
  </div>
)
