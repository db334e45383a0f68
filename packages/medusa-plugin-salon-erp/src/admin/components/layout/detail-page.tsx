import { ArrowLeft, Trash } from "@medusajs/icons"
import { Button, Container, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link, useNavigate } from "react-router-dom"
import { type Question, useConfirm } from "../forms/confirm"
import { toastOutcome } from "../forms/toasts"
import { SectionHeader } from "../common/section-header"
import { EmptyState, PageState } from "../common/page-states"

/**
 * What a detail page shows before its record is there: loading, the error, or "not found".
 * Returns null once there is data, so a page reads `if (!data) return <DetailPageState … />`.
 */
export const DetailPageState = ({
  query,
  isLoading = query?.isLoading,
  error = query?.error,
  onRetry = query && (() => query.refetch()),
  notFound = "Not found",
}: {
  /** The record's query; or its `isLoading`, `error` and `onRetry` one by one. */
  query?: { isLoading: boolean; error: unknown; refetch: () => unknown }
  isLoading?: boolean
  error?: unknown
  onRetry?: () => void
  notFound?: string
}) =>
  isLoading || error ? (
    <PageState isLoading={isLoading} error={error} onRetry={onRetry} />
  ) : (
    <Container className="p-0">
      <EmptyState title={notFound} />
    </Container>
  )

/**
 * A detail page: a back link (with optional actions on its right), then either one column
 * of sections or a main column and a narrower side column.
 */
export const DetailPage = ({
  back,
  actions,
  main,
  side,
  children,
}: {
  back?: { to: string; label: string }
  actions?: ReactNode
  /** The wide column; with no `side` it is the only one. */
  main: ReactNode
  side?: ReactNode
  /** Rendered after the columns (drawers, dialogs). */
  children?: ReactNode
}) => (
  <div className="flex flex-col gap-y-3">
    {(back || actions) && (
      <div className="flex items-center justify-between">
        {back ? (
          <Button size="small" variant="transparent" asChild>
            <Link to={back.to}>
              <ArrowLeft />
              {back.label}
            </Link>
          </Button>
        ) : (
          <span />
        )}
        {actions && <div className="flex items-center gap-x-2">{actions}</div>}
      </div>
    )}
    {side ? (
      <div className="flex flex-col gap-3 xl:flex-row xl:items-start">
        <div className="flex min-w-0 flex-1 flex-col gap-y-3">{main}</div>
        <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">{side}</div>
      </div>
    ) : (
      main
    )}
    {children}
  </div>
)

/**
 * One card of a detail page: a header (title, description, status badges, actions) over
 * its rows. The page's first section uses `level="h1"` and carries the record's name.
 */
export const Section = ({
  title,
  description,
  status,
  actions,
  level,
  children,
  className,
}: {
  title: ReactNode
  description?: ReactNode
  /** Badges shown before the actions. */
  status?: ReactNode
  actions?: ReactNode
  level?: "h1" | "h2"
  children?: ReactNode
  className?: string
}) => (
  <Container className={className ?? "divide-y p-0"}>
    <SectionHeader
      level={level}
      title={title}
      description={description}
      actions={
        status || actions ? (
          <>
            {status}
            {actions}
          </>
        ) : undefined
      }
    />
    {children}
  </Container>
)

/** A label and its value; an empty value shows a dash. */
export const Row = ({
  label,
  value,
  children,
  className,
}: {
  label: ReactNode
  value?: ReactNode
  /** The value, when it is more than text. */
  children?: ReactNode
  className?: string
}) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start gap-x-4 px-6 py-4">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <Text
      size="small"
      leading="compact"
      as="div"
      className={`whitespace-pre-line break-words tabular-nums ${className ?? ""}`}
    >
      {children ?? (value || "—")}
    </Text>
  </div>
)

/** A section with an explanation and a button row, e.g. the danger zone with "Delete". */
export const ActionSection = ({
  title,
  description,
  children,
}: {
  title: ReactNode
  description: ReactNode
  /** The buttons. */
  children: ReactNode
}) => (
  <Section title={title}>
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <Text size="small" className="text-ui-fg-subtle">
        {description}
      </Text>
      <div className="flex flex-wrap gap-2">{children}</div>
    </div>
  </Section>
)

/** The red "Delete …" button of a record's page. */
export const DeleteButton = ({
  label,
  isDeleting,
  onDelete,
}: {
  label: string
  isDeleting: boolean
  onDelete: () => void
}) => (
  <Button size="small" variant="danger" isLoading={isDeleting} onClick={onDelete}>
    <Trash />
    {label}
  </Button>
)

/** The "Danger zone" section: what deleting means, and the delete button. */
export const DangerZone = ({
  description,
  ...button
}: { description: ReactNode } & Parameters<typeof DeleteButton>[0]) => (
  <ActionSection title="Danger zone" description={description}>
    <DeleteButton {...button} />
  </ActionSection>
)

/**
 * The delete action of a record's page: once confirmed, deletes the record, toasts `deleted`
 * (or `failed` with the API's message) and goes back to the list at `listPath`.
 */
export const useDeleteRecord = <TData,>(
  remove: {
    mutate: (
      variables: void,
      callbacks: { onSuccess: (data: TData) => void; onError: (error: unknown) => void }
    ) => void
  },
  listPath: string
) => {
  const confirm = useConfirm()
  const navigate = useNavigate()
  return (question: Question, deleted: string, failed: string) =>
    confirm(question, () =>
      remove.mutate(
        undefined,
        toastOutcome<TData>(deleted, failed, () => navigate(listPath))
      )
    )
}
