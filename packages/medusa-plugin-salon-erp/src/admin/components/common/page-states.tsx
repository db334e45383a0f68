import { ExclamationCircle, Spinner } from "@medusajs/icons"
import { Button, Container, Text } from "@medusajs/ui"
import { errorMessage } from "../../lib/errors"

export const LoadingState = ({ label = "Loading…" }: { label?: string }) => (
  <div className="text-ui-fg-subtle flex items-center justify-center gap-x-2 px-6 py-10">
    <Spinner className="animate-spin" />
    <Text size="small">{label}</Text>
  </div>
)

export const ErrorState = ({ error, onRetry }: { error: unknown; onRetry?: () => void }) => (
  <div className="flex flex-col items-center justify-center gap-y-3 px-6 py-10 text-center">
    <div className="text-ui-fg-error flex items-center gap-x-2">
      <ExclamationCircle />
      <Text size="small" weight="plus">
        Could not load this
      </Text>
    </div>
    <Text size="small" className="text-ui-fg-subtle max-w-lg">
      {errorMessage(error)}
    </Text>
    {onRetry && (
      <Button size="small" variant="secondary" onClick={onRetry}>
        Try again
      </Button>
    )}
  </div>
)

/** A whole page that failed or is loading, inside the usual container. */
export const PageState = ({
  isLoading,
  error,
  onRetry,
}: {
  isLoading?: boolean
  error?: unknown
  onRetry?: () => void
}) => (
  <Container className="p-0">
    {isLoading ? <LoadingState /> : <ErrorState error={error} onRetry={onRetry} />}
  </Container>
)

export const EmptyState = ({ title, description }: { title: string; description?: string }) => (
  <div className="flex flex-col items-center justify-center gap-y-1 px-6 py-8 text-center">
    <Text size="small" weight="plus">
      {title}
    </Text>
    {description && (
      <Text size="small" className="text-ui-fg-subtle">
        {description}
      </Text>
    )}
  </div>
)
