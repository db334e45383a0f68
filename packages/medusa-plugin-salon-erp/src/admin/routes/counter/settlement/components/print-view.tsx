import { Heading, Text } from "@medusajs/ui"
import { type ReactNode, useEffect } from "react"
import { createPortal } from "react-dom"

const ROOT_CLASS = "salon-settlement-print"

/** While printing, only the print copy is laid out: the admin's chrome is not printed. */
const PRINT_CSS = `
@media screen { .${ROOT_CLASS} { display: none; } }
@media print {
  body > *:not(.${ROOT_CLASS}) { display: none !important; }
  .${ROOT_CLASS} { display: block; padding: 0; }
  .${ROOT_CLASS} .shadow-elevation-card-rest { box-shadow: none; border: 1px solid #ddd; }
  .${ROOT_CLASS} > * + * { margin-top: 12px; }
  @page { margin: 12mm; }
}`

/**
 * A printable copy of a report: while `printing`, the children are rendered straight under
 * <body> (outside the admin's layout, whose scrolling panes would cut pages), the browser's
 * print dialog opens, and `onDone` runs when it closes.
 */
export const PrintView = ({
  printing,
  onDone,
  title,
  subtitle,
  children,
}: {
  printing: boolean
  onDone: () => void
  title: ReactNode
  subtitle: ReactNode
  children: ReactNode
}) => {
  useEffect(() => {
    if (!printing) return
    // Let the copy render first; print() returns once the dialog closes.
    const timer = window.setTimeout(() => {
      window.print()
      onDone()
    }, 100)
    return () => window.clearTimeout(timer)
  }, [printing, onDone])
  if (!printing) return null
  return createPortal(
    <div className={ROOT_CLASS}>
      <style>{PRINT_CSS}</style>
      <div>
        <Heading level="h1">{title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {subtitle}
        </Text>
      </div>
      {children}
    </div>,
    document.body
  )
}
