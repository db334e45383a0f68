import { Heading, Text } from "@medusajs/ui"
import type { ComponentProps } from "react"
import { errorMessage } from "../../lib/errors"
import { CheckboxList } from "../common/checkbox-list"

/**
 * A CheckboxList under its title (a heading at `level`, else a small bold line); when the query
 * its choices come from failed, its error instead of the list.
 */
export const CheckboxGroup = ({
  title,
  level,
  query,
  className = "flex flex-col gap-y-2",
  ...list
}: {
  title?: string
  level?: "h2"
  query?: { error: unknown }
  className?: string
} & ComponentProps<typeof CheckboxList>) => (
  <div className={className}>
    {title &&
      (level ? (
        <Heading level={level}>{title}</Heading>
      ) : (
        <Text size="small" weight="plus">
          {title}
        </Text>
      ))}
    {query?.error ? (
      <Text size="small" className="text-ui-fg-error">
        {errorMessage(query.error)}
      </Text>
    ) : (
      <CheckboxList {...list} />
    )}
  </div>
)
