import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** The title row of a Container section, with actions on the right. */
export const SectionHeader = ({
  title,
  description,
  actions,
  level = "h2",
}: {
  title: ReactNode
  description?: ReactNode
  actions?: ReactNode
  level?: "h1" | "h2"
}) => (
  <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
    <div>
      <Heading level={level}>{title}</Heading>
      {description && (
        // A div, as descriptions may hold badges or pickers (block elements inside a <p> are invalid).
        <Text size="small" className="text-ui-fg-subtle" as="div">
          {description}
        </Text>
      )}
    </div>
    {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
  </div>
)
