import {
  ArrowDownTray,
  ArrowLeft,
  ArrowUpTray,
  DocumentText,
  TriangleRightMini,
  XMark,
} from "@medusajs/icons"
import {
  Alert,
  Badge,
  Button,
  Code,
  Container,
  DataTable,
  type DataTablePaginationState,
  Heading,
  IconButton,
  StatusBadge,
  Table,
  Text,
  clx,
  createDataTableColumnHelper,
  toast,
  useDataTable,
  usePrompt,
} from "@medusajs/ui"
import {
  Fragment,
  useEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type ReactNode,
} from "react"
import { Link, useSearchParams } from "react-router-dom"
import { ErrorState, LoadingState } from "../../../components/common/page-states"
import { SectionHeader } from "../../../components/common/section-header"
import { useClientFieldDefinitions } from "../../../hooks/api/clients"
import type { ClientImport } from "../../../../types/clients/imports"
import type { CustomFieldType } from "../../../../types/clients/http"
import {
  IMPORT_COLUMN_GROUPS,
  IMPORT_PHASE_LABELS,
  IMPORT_STATUS_COLORS,
  IMPORT_STATUS_LABELS,
  MAX_IMPORT_FILE_BYTES,
  formatFileSize,
  isImportRunning,
  useClientImport,
  useClientImportIssues,
  useClientImports,
  useCreateClientImport,
  useDownloadClientImportIssues,
  useDownloadClientImportTemplate,
  useRunClientImport,
} from "../../../lib/client-imports"
import { FIELD_TYPE_LABELS, formatWhen, hasOptions } from "../../../lib/clients"
import { errorMessage } from "../../../lib/errors"

const ISSUES_PAGE_SIZE = 20
const RECENT_PAGE_SIZE = 10
/** The search param that holds the import on screen, so a reload keeps it. */
const IMPORT_PARAM = "import"
/** The group of columns the custom field columns follow, as in the template. */
const CUSTOM_FIELDS_AFTER = "Consent and tags"
/** How a custom field's cell is written, by type. */
const CUSTOM_VALUE_HINTS: Partial<Record<CustomFieldType, string>> = {
  date: " (YYYY-MM-DD)",
  boolean: " (yes or no)",
  multi_select: " (several separated by ;)",
}

const numberFormat = new Intl.NumberFormat("en-GB")
const count = (value: number) => numberFormat.format(value)
const plural = (value: number, one: string, many = `${one}s`) =>
  `${count(value)} ${value === 1 ? one : many}`

/**
 * Brings existing customers over from a CSV file: every row is checked first (a dry run that
 * writes nothing), then staff import the valid rows. Reached from the clients list.
 */
const ClientImportPage = () => {
  const [params, setParams] = useSearchParams()
  const selectedId = params.get(IMPORT_PARAM) ?? ""

  const select = (id: string | null) => {
    const next = new URLSearchParams(params)
    if (id) next.set(IMPORT_PARAM, id)
    else next.delete(IMPORT_PARAM)
    setParams(next)
  }

  return (
    <div className="flex flex-col gap-y-3">
      <div>
        <Button size="small" variant="transparent" asChild>
          <Link to="/clients">
            <ArrowLeft />
            Clients
          </Link>
        </Button>
      </div>
      <UploadSection onCreated={select} />
      {selectedId && (
        <ImportSection key={selectedId} id={selectedId} onClose={() => select(null)} />
      )}
      <RecentImportsSection selectedId={selectedId} onSelect={select} />
    </div>
  )
}

// ------------------------------------------------------------------- upload

const isCsv = (file: File) => /\.csv$/i.test(file.name) || file.type === "text/csv"

/** Why a chosen file cannot be sent, or null. */
const fileProblem = (file: File) => {
  if (!isCsv(file)) {
    return `${file.name} is not a .csv file. In your spreadsheet, save the sheet as "CSV UTF-8" first.`
  }
  if (file.size === 0) return `${file.name} is empty.`
  if (file.size > MAX_IMPORT_FILE_BYTES) {
    return `${file.name} is ${formatFileSize(file.size)}: the limit is ${formatFileSize(MAX_IMPORT_FILE_BYTES)}. Split it into smaller files and import them one by one.`
  }
  return null
}

const UploadSection = ({ onCreated }: { onCreated: (id: string) => void }) => {
  const inputRef = useRef<HTMLInputElement>(null)
  const [file, setFile] = useState<File | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [dragging, setDragging] = useState(false)
  const [sending, setSending] = useState(false)
  const prompt = usePrompt()
  const create = useCreateClientImport()
  const template = useDownloadClientImportTemplate()

  const choose = (chosen: File | undefined) => {
    if (!chosen) return
    const why = fileProblem(chosen)
    setProblem(why)
    setFile(why ? null : chosen)
  }

  const clear = () => {
    setFile(null)
    setProblem(null)
    if (inputRef.current) inputRef.current.value = ""
  }

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault()
    setDragging(false)
    if (event.dataTransfer.files.length > 1) {
      setProblem("Drop one file at a time.")
      return
    }
    choose(event.dataTransfer.files[0])
  }

  const check = async () => {
    if (!file) return
    setSending(true)
    try {
      let csv: string
      try {
        csv = await file.text()
      } catch (err) {
        setProblem(`${file.name} could not be read: ${errorMessage(err)}`)
        return
      }
      if (!csv.trim()) {
        setProblem(`${file.name} is empty.`)
        return
      }
      // Text that is not UTF-8 (e.g. a sheet saved as "CSV" in a local code page) decodes to
      // U+FFFD: names and notes would be imported garbled.
      if (csv.includes("\uFFFD")) {
        const goOn = await prompt({
          variant: "confirmation",
          title: "Some characters could not be read",
          description: `${file.name} does not look like UTF-8 text, so some letters would be imported garbled. In your spreadsheet, save it as "CSV UTF-8" and choose it again, or check it anyway.`,
          confirmText: "Check anyway",
          cancelText: "Cancel",
        })
        if (!goOn) return
      }
      const { client_import } = await create.mutateAsync({
        file_name: file.name,
        csv,
        dry_run: true,
      })
      toast.success(`Checking ${client_import.file_name}`, {
        description: "Nothing is written until you import the valid rows.",
      })
      clear()
      onCreated(client_import.id)
    } catch (err) {
      setProblem(
        (err as { status?: number }).status === 413
          ? `${file.name} is too large to send: quotes and line breaks take more room once sent. Split it into smaller files and import them one by one.`
          : errorMessage(err)
      )
    } finally {
      setSending(false)
    }
  }

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        level="h1"
        title="Import clients"
        description="Bring existing customers over from a CSV file. Every row is checked first; nothing is written until you import the valid rows."
        actions={
          <Button
            size="small"
            variant="secondary"
            isLoading={template.isPending}
            onClick={() =>
              template.mutate(undefined, {
                onError: (err) =>
                  toast.error("Could not download the template", {
                    description: errorMessage(err),
                  }),
              })
            }
          >
            <ArrowDownTray />
            Download template
          </Button>
        }
      />
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <input
          ref={inputRef}
          type="file"
          accept=".csv,text/csv"
          className="hidden"
          onChange={(event) => choose(event.target.files?.[0])}
        />
        <button
          type="button"
          onClick={() => inputRef.current?.click()}
          onDragOver={(event) => {
            event.preventDefault()
            setDragging(true)
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          className={clx(
            "bg-ui-bg-component border-ui-border-strong transition-fg flex w-full flex-col items-center gap-y-2 rounded-lg border border-dashed p-8 outline-none",
            "hover:border-ui-border-interactive focus-visible:border-ui-border-interactive focus-visible:shadow-borders-focus",
            dragging && "border-ui-border-interactive bg-ui-bg-component-hover"
          )}
        >
          {/* No pointer events below: leaving a child must not end the drag-over look. */}
          <div className="text-ui-fg-subtle pointer-events-none flex items-center gap-x-2">
            <ArrowUpTray />
            <Text size="small" weight="plus" leading="compact">
              Choose a CSV file
            </Text>
          </div>
          <Text size="small" className="text-ui-fg-muted pointer-events-none">
            or drop it here · up to {formatFileSize(MAX_IMPORT_FILE_BYTES)}, UTF-8
          </Text>
        </button>
        {problem && (
          <Alert variant="error" dismissible={false}>
            {problem}
          </Alert>
        )}
        {file && (
          <div className="shadow-elevation-card-rest bg-ui-bg-component flex items-center gap-x-3 rounded-lg px-3 py-2">
            <DocumentText className="text-ui-fg-subtle shrink-0" />
            <div className="flex min-w-0 flex-1 flex-col">
              <Text size="small" weight="plus" leading="compact" className="truncate">
                {file.name}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {formatFileSize(file.size)}
              </Text>
            </div>
            <IconButton
              size="small"
              variant="transparent"
              aria-label={`Remove ${file.name}`}
              disabled={sending}
              onClick={clear}
            >
              <XMark />
            </IconButton>
          </div>
        )}
        <div className="flex items-center justify-end gap-x-2">
          <Button size="small" disabled={!file} isLoading={sending} onClick={check}>
            Check file
          </Button>
        </div>
      </div>
      <FileFormatHelp />
    </Container>
  )
}

/** The accepted columns, folded away until asked for. */
const FileFormatHelp = () => {
  const definitions = useClientFieldDefinitions({ is_active: true })
  const customFields = [...(definitions.data?.client_field_definitions ?? [])]
    .filter((definition) => definition.is_active)
    .sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label))

  return (
    <details className="group">
      <summary className="txt-compact-small-plus text-ui-fg-base hover:bg-ui-bg-base-hover flex cursor-pointer list-none items-center gap-x-2 px-6 py-4 [&::-webkit-details-marker]:hidden">
        <TriangleRightMini className="text-ui-fg-muted transition-transform group-open:rotate-90" />
        File format
      </summary>
      <div className="flex flex-col gap-y-5 px-6 pb-6">
        <ul className="txt-small text-ui-fg-subtle flex list-disc flex-col gap-y-1 pl-5">
          <li>
            The first line names the columns, in any order and any case. Every column must be one of
            those below: a column the import does not know stops the check, so a misspelt name
            cannot silently drop data. The template has them all, with an example row.
          </li>
          <li>
            Each row needs an <Code>email</Code> or a <Code>phone</Code>. Rows are matched to
            existing customers by email, else by phone: importing the same file again updates them,
            it never creates duplicates. A customer may appear on one row only.
          </li>
          <li>
            Blank cells leave existing data unchanged. Cells are separated by commas (semicolons or
            tabs work too); a value holding the separator must be in double quotes, as spreadsheets
            write it.
          </li>
          <li>
            Opening balances and packages are written once, as &quot;migration&quot; ledger entries:
            importing them again changes nothing.
          </li>
        </ul>
        {IMPORT_COLUMN_GROUPS.map((group) => (
          <Fragment key={group.title}>
            <ColumnGroup title={group.title}>
              {group.columns.map((column) => (
                <ColumnRow key={column.name} name={column.name}>
                  {column.description}
                </ColumnRow>
              ))}
            </ColumnGroup>
            {/* Where the template puts them: after the profile columns. */}
            {group.title === CUSTOM_FIELDS_AFTER && (
              <ColumnGroup
                title="Custom fields"
                description={
                  customFields.length
                    ? "One column per active custom field, named custom.<key>:"
                    : "One column per active custom field, named custom.<key>. No custom field is active."
                }
              >
                {customFields.map((definition) => (
                  <ColumnRow key={definition.id} name={`custom.${definition.key}`}>
                    {definition.label} · {FIELD_TYPE_LABELS[definition.type] ?? definition.type}
                    {hasOptions(definition.type) && definition.options?.length
                      ? `: ${definition.options.join(", ")}`
                      : ""}
                    {CUSTOM_VALUE_HINTS[definition.type] ?? ""}
                    {definition.required ? " · required" : ""}
                  </ColumnRow>
                ))}
              </ColumnGroup>
            )}
          </Fragment>
        ))}
      </div>
    </details>
  )
}

const ColumnGroup = ({
  title,
  description,
  children,
}: {
  title: string
  description?: string
  children: ReactNode
}) => (
  <div className="flex flex-col gap-y-2">
    <div>
      <Heading level="h3">{title}</Heading>
      {description && (
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      )}
    </div>
    <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[264px_1fr]">{children}</dl>
  </div>
)

const ColumnRow = ({ name, children }: { name: string; children?: ReactNode }) => (
  <>
    <dt>
      <Code>{name}</Code>
    </dt>
    <dd className="txt-small text-ui-fg-subtle">{children || "—"}</dd>
  </>
)

// ------------------------------------------------------------ one import

const ImportStatusBadge = ({ status }: { status: ClientImport["status"] }) => (
  <StatusBadge color={IMPORT_STATUS_COLORS[status] ?? "grey"}>
    {IMPORT_STATUS_LABELS[status] ?? status}
  </StatusBadge>
)

const ImportSection = ({ id, onClose }: { id: string; onClose: () => void }) => {
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

const Figure = ({
  label,
  value,
  tone,
}: {
  label: string
  value: number
  tone?: "error" | "success"
}) => (
  <div className="flex flex-col gap-y-0.5">
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text
      size="large"
      weight="plus"
      leading="compact"
      className={clx(
        "tabular-nums",
        tone === "error" && value > 0 && "text-ui-fg-error",
        tone === "success" && value > 0 && "text-ui-tag-green-text"
      )}
    >
      {count(value)}
    </Text>
  </div>
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

// ------------------------------------------------------------------- issues

const IssuesSection = ({ item }: { item: ClientImport }) => {
  const [pageIndex, setPageIndex] = useState(0)
  const { data, isLoading, error, refetch } = useClientImportIssues(item.id, {
    limit: ISSUES_PAGE_SIZE,
    offset: pageIndex * ISSUES_PAGE_SIZE,
  })
  const report = useDownloadClientImportIssues(item.id)
  const issueCount = data?.count ?? item.issue_count
  const pageCount = Math.max(1, Math.ceil(issueCount / ISSUES_PAGE_SIZE))

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Issues"
        description={
          issueCount
            ? `${plural(issueCount, "issue")} by line in the file (the header is line 1).${
                item.status === "failed"
                  ? ""
                  : " A row with an error is skipped; a warning does not stop its row."
              }`
            : item.status === "failed"
              ? "No line-level issue was recorded."
              : "None: every row is valid."
        }
        actions={
          issueCount > 0 && (
            <Button
              size="small"
              variant="secondary"
              isLoading={report.isPending}
              onClick={() =>
                report.mutate(undefined, {
                  onError: (err) =>
                    toast.error("Could not download the error report", {
                      description: errorMessage(err),
                    }),
                })
              }
            >
              <ArrowDownTray />
              Download error report
            </Button>
          )
        }
      />
      {error && <ErrorState error={error} onRetry={() => refetch()} />}
      {!error && isLoading && issueCount > 0 && <LoadingState />}
      {!error && !!data?.issues.length && (
        <div>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell className="w-[72px]">Line</Table.HeaderCell>
                <Table.HeaderCell className="w-[260px]">Column</Table.HeaderCell>
                <Table.HeaderCell className="w-[220px]">Value</Table.HeaderCell>
                <Table.HeaderCell>Problem</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.issues.map((issue, index) => (
                <Table.Row key={`${issue.line}-${issue.column ?? ""}-${index}`}>
                  <Table.Cell className="tabular-nums">{issue.line}</Table.Cell>
                  <Table.Cell>
                    {issue.column ? (
                      <Code className="inline-block max-w-[244px] truncate align-middle">
                        {issue.column}
                      </Code>
                    ) : (
                      <span className="text-ui-fg-muted">—</span>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    {issue.value ? (
                      <span className="block max-w-[204px] truncate" title={issue.value}>
                        {issue.value}
                      </span>
                    ) : (
                      <span className="text-ui-fg-muted">—</span>
                    )}
                  </Table.Cell>
                  <Table.Cell className="whitespace-normal py-2">
                    {issue.severity === "warning" && (
                      <Badge size="2xsmall" color="orange" className="mr-2">
                        Warning
                      </Badge>
                    )}
                    {issue.message}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Table.Pagination
            count={issueCount}
            pageSize={ISSUES_PAGE_SIZE}
            pageIndex={pageIndex}
            pageCount={pageCount}
            canPreviousPage={pageIndex > 0}
            canNextPage={pageIndex + 1 < pageCount}
            previousPage={() => setPageIndex((current) => Math.max(0, current - 1))}
            nextPage={() => setPageIndex((current) => current + 1)}
          />
        </div>
      )}
    </Container>
  )
}

// ----------------------------------------------------------- recent imports

const importColumnHelper = createDataTableColumnHelper<ClientImport>()

const RecentImportsSection = ({
  selectedId,
  onSelect,
}: {
  selectedId: string
  onSelect: (id: string) => void
}) => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: RECENT_PAGE_SIZE,
  })
  const { data, isLoading, error, refetch } = useClientImports({
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  })

  const columns = useMemo(
    () => [
      importColumnHelper.accessor("file_name", {
        header: "File",
        cell: ({ row }) => (
          <span
            className={clx(
              "txt-compact-small-plus block max-w-[280px] truncate",
              row.original.id === selectedId && "text-ui-fg-interactive"
            )}
            title={row.original.file_name}
          >
            {row.original.file_name}
          </span>
        ),
      }),
      importColumnHelper.accessor("status", {
        header: "Status",
        cell: ({ row }) => <ImportStatusBadge status={row.original.status} />,
      }),
      importColumnHelper.accessor("total_rows", {
        header: "Rows",
        cell: ({ getValue }) => <span className="tabular-nums">{count(getValue())}</span>,
      }),
      importColumnHelper.accessor("error_rows", {
        header: "Errors",
        cell: ({ getValue }) => (
          <span className={clx("tabular-nums", getValue() > 0 && "text-ui-fg-error")}>
            {count(getValue())}
          </span>
        ),
      }),
      importColumnHelper.display({
        id: "created_updated",
        header: "Created / updated",
        cell: ({ row }) =>
          row.original.status === "completed" ? (
            <span className="tabular-nums">
              {count(row.original.created_customers)} / {count(row.original.updated_customers)}
            </span>
          ) : (
            <span className="text-ui-fg-muted">—</span>
          ),
      }),
      importColumnHelper.accessor("created_at", {
        header: "Uploaded",
        cell: ({ getValue }) => formatWhen(getValue()),
      }),
    ],
    [selectedId]
  )

  const table = useDataTable({
    columns,
    data: data?.client_imports ?? [],
    rowCount: data?.count ?? 0,
    getRowId: (row) => row.id,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_, row) => onSelect(row.id),
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <SectionHeader
          title="Recent imports"
          description="Open one to see its progress, its issues or its result."
        />
        {error ? (
          <ErrorState error={error} onRetry={() => refetch()} />
        ) : (
          <DataTable.Table
            emptyState={{
              empty: {
                heading: "No imports yet",
                description: "Files you check appear here.",
              },
            }}
          />
        )}
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}

export default ClientImportPage
