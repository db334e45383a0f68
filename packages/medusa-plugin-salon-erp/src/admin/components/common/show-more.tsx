import { Button, clx, Text } from "@medusajs/ui"

/**
 * The "Show more" row under a list that loads a page at a time; with `total`, it also says how
 * many of them are on screen.
 */
export const ShowMore = ({
  shown,
  total,
  isLoading,
  onClick,
  className,
}: {
  shown?: number
  total?: number
  isLoading: boolean
  onClick: () => void
  className?: string
}) => (
  <div className={clx("flex items-center justify-between px-6 py-3", className)}>
    {total !== undefined && (
      <Text size="small" className="text-ui-fg-subtle">
        Showing {shown} of {total}
      </Text>
    )}
    <Button size="small" variant="secondary" isLoading={isLoading} onClick={onClick}>
      Show more
    </Button>
  </div>
)
