import { clx, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A label and a figure in a two-column summary. */
export const Figure = ({
  label,
  children,
  className,
}: {
  label: ReactNode
  children: ReactNode
  className?: string
}) => (
  <>
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" weight="plus" className={`text-right tabular-nums ${className ?? ""}`}>
      {children}
    </Text>
  </>
)

/** The shaded box a form shows its summary figures in (what a change leaves, what is counted). */
export const FigureGrid = ({ children }: { children: ReactNode }) => (
  <div className="bg-ui-bg-subtle grid grid-cols-2 gap-y-1 rounded-lg border px-4 py-3">
    {children}
  </div>
)

/** A headline figure under its label (a balance, a period's total), with an optional line below. */
export const Stat = ({
  label,
  children,
  size = "large",
  className,
  hint,
}: {
  label: ReactNode
  children: ReactNode
  size?: "large" | "xlarge"
  className?: string
  hint?: ReactNode
}) => (
  <div className="flex flex-col gap-y-0.5">
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text
      size={size}
      weight="plus"
      leading="compact"
      as="div"
      className={clx("tabular-nums", className)}
    >
      {children}
    </Text>
    {hint && (
      <Text size="xsmall" className="text-ui-fg-muted tabular-nums">
        {hint}
      </Text>
    )}
  </div>
)
