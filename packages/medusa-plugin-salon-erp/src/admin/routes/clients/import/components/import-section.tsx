import { XMark } from "@medusajs/icons"
import {
  Alert,
  Button,
  Container,
  IconButton,
  StatusBadge,
  Text,
  clx,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useEffect, useRef } from "react"
import { ErrorState, LoadingState } from "../../../../components/common/page-states"
import { SectionHeader } from "../../../../components/common/section-header"
import { Stat } from "../../../../components/common/figures"
import type { ClientImport } from "../../../../../types/clients/imports"
import {
  IMPORT_PHASE_LABELS,
  IMPORT_STATUS_COLORS,
  IMPORT_STATUS_LABELS,
  isImportRunning,
  useClientImport,
  useRunClientImport,
} from "../../../../lib/client-imports"
import { formatWhen } from "../../../../lib/clients"
import { errorMessage } from "../../../../lib/errors"
import { count, plural } from "./format"
import { IssuesSection } from "./issues-section"

export const ImportStatusBadge = ({ status }: { status: ClientImport["status"] }) => (
  <StatusBadge color={IMPORT_STATUS_COLORS[status] ?? "grey"}>
    {IMPORT_STATUS_LABELS[status] ?? status}
  </StatusBadge>
)

export const ImportSection = ({ id, onClose }: { id: string; onClose: () => void }) => {
  const ref = useRef<HTMLDivElement>(null)
  const { data, isLoading, error, refetch } = useClientImport(id)
  const item = data?.client_import
  const notFound = error?.status === 404

  // Opened from the list below: bring it into view.
  useEffect(() => {
    ref.current?.scrollIntoView({ behavior: "smooth", block: "nearest" })
  }, [])

  const close = (
    <IconButton size="small" variant="transparent" aria-label="Close this import" onClick={onClose}>
      <XMark />
    </IconButton>
  )

  return (
    <div ref={ref} className="flex scroll-mt-3 flex-col gap-y-3">
      <Container className="divide-y p-0">
        {!item ? (
          <>
            <SectionHeader title="Import" actions={close} />
            {isLoading ? (
              <LoadingState />
            ) : (
              // An id that names no import (an old link) is not worth retrying.
              <ErrorState error={error} onRetry={notFound ? undefined : () => refetch()} />
            )}
          </>
        ) : (
          <>
            <SectionHeader
              title={item.file_name}
              description={
                <div className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1">
                  <ImportStatusBadge status={item.status} />
                  <span>
                    {item.dry_run ? "Check only · uploaded" : "Uploaded"}{" "}
                    {formatWhen(item.created_at)}
                  </span>
                </div>
              }
              actions={close}
            />
            {isImportRunning(item.status) && <ImportProgress item={item} />}
            {item.status === "validated" && <CheckedSummary item={item} />}
            {item.status === "completed" && <CompletedSummary item={item} />}
            {item.status === "failed" && <FailedSummary item={item} />}
          </>
        )}
      </Container>
      {item && !isImportRunning(item.status) && <IssuesSection item={item} />}
    </div>
  )
}

const ImportProgress = ({ item }: { item: ClientImport }) => {
  const phase = IMPORT_PHASE_LABELS[item.status] ?? "Working"
  const known = item.status !== "queued" && item.total_rows > 0
  const percent = known
    ? Math.min(100, Math.floor((item.processed_rows / item.total_rows) * 100))
    : 0
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <Text size="small" weight="plus">
          {phase}…
        </Text>
        <Text size="small" className="text-ui-fg-subtle tabular-nums">
          {known
            ? `${count(item.processed_rows)} of ${plural(item.total_rows, "row")} · ${percent}%`
            : item.status === "queued"
              ? "Starts in a moment"
              : "Reading the file"}
        </Text>
      </div>
      <div
        role="progressbar"
        aria-label={phase}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={known ? percent : undefined}
        className="bg-ui-bg-switch-off h-2 w-full overflow-hidden rounded-full"
      >
        <div
          className={clx(
            "bg-ui-fg-interactive h-full rounded-full transition-[width] duration-500",
            !known && "w-full animate-pulse opacity-30"
          )}
          style={known ? { width: `${percent}%` } : undefined}
        />
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        {!item.dry_run
          ? "You can leave this page: the import goes on and is listed under Recent imports."
          : "Nothing is written while the file is checked. You can leave this page and come back to it from Recent imports."}
      </Text>
    </div>
  )
}

/** A count, red (errors) or green (valid rows) when `tone` asks and there are any. */
const Figure = ({
  label,
  value,
  tone,
}: {
  label: string
  value: number
  tone?: "error" | "success"
}) => (
  <Stat
    label={label}
    className={clx(
      tone === "error" && value > 0 && "text-ui-fg-error",
      tone === "success" && value > 0 && "text-ui-tag-green-text"
    )}
  >
    {count(value)}
  </Stat>
)

const ColumnsRead = ({ columns }: { columns: string[] }) =>
  columns.length ? (
    <Text size="small" className="text-ui-fg-subtle">
      Columns read: {columns.join(", ")}
    </Text>
  ) : null

const CheckedSummary = ({ item }: { item: ClientImport }) => {
  const prompt = usePrompt()
  const run = useRunClientImport(item.id)
  const rows = plural(item.valid_rows, "valid row")

  const confirm = async () => {
    const confirmed = await prompt({
      variant: "confirmation",
      title: `Import ${rows}?`,
      description: [
        `Clients not found by email or phone are created; the others are updated with the file's non-blank cells.`,
        `Opening balances and packages are written once, as migration entries.`,
        item.error_rows
          ? `${plural(item.error_rows, "row")} with errors ${item.error_rows === 1 ? "is" : "are"} skipped.`
          : "",
      ]
        .filter(Boolean)
        .join(" "),
      confirmText: "Import",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    run.mutate(undefined, {
      onSuccess: () => toast.success(`Importing ${rows} from ${item.file_name}`),
      onError: (err) =>
        toast.error("Could not start the import", { description: errorMessage(err) }),
    })
  }

  return (
    <div className="flex flex-col gap-y-4 px-6 py-4">
      <div className="grid grid-cols-3 gap-4">
        <Figure label="Rows in file" value={item.total_rows} />
        <Figure label="Valid rows" value={item.valid_rows} tone="success" />
        <Figure label="Rows with errors" value={item.error_rows} tone="error" />
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        {item.valid_rows
          ? "Nothing has been written yet. Importing skips the rows with errors; fix those in the file and import it again later: clients already imported are updated, not duplicated."
          : "No row can be imported: fix the issues below in the file and check it again."}
      </Text>
      <div className="flex flex-wrap items-center justify-end gap-2">
        <Button
          size="small"
          disabled={!item.valid_rows || !item.dry_run}
          isLoading={run.isPending}
          onClick={confirm}
        >
          Import {rows}
        </Button>
      </div>
    </div>
  )
}

const CompletedSummary = ({ item }: { item: ClientImport }) => (
  <div className="flex flex-col gap-y-4 px-6 py-4">
    <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
      <Figure label="Clients created" value={item.created_customers} />
      <Figure label="Clients updated" value={item.updated_customers} />
      <Figure label="Opening balances" value={item.stored_value_openings} />
      <Figure label="Packages opened" value={item.packages_opened} />
    </div>
    <Text size="small" className="text-ui-fg-subtle">
      {[
        `${plural(item.total_rows, "row")} in the file`,
        item.error_rows ? `${plural(item.error_rows, "row")} skipped for errors` : null,
        item.warning_count ? plural(item.warning_count, "warning") : null,
        item.finished_at ? `finished ${formatWhen(item.finished_at)}` : null,
      ]
        .filter(Boolean)
        .join(" · ")}
    </Text>
  </div>
)

const FailedSummary = ({ item }: { item: ClientImport }) => (
  <div className="flex flex-col gap-y-3 px-6 py-4">
    <Alert variant="error" dismissible={false}>
      {item.failure_reason || "The import stopped without giving a reason."}
    </Alert>
    <ColumnsRead columns={item.columns ?? []} />
    <Text size="small" className="text-ui-fg-subtle">
      Fix the file and check it again; the template shows the accepted columns.
    </Text>
  </div>
)
