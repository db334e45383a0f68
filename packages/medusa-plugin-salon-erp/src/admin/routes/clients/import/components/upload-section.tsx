import { ArrowDownTray, ArrowUpTray, DocumentText, TriangleRightMini, XMark } from "@medusajs/icons"
import {
  Alert,
  Button,
  Code,
  Container,
  Heading,
  IconButton,
  Text,
  clx,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { Fragment, useRef, useState, type DragEvent, type ReactNode } from "react"
import { SectionHeader } from "../../../../components/common/section-header"
import { useClientFieldDefinitions } from "../../../../hooks/api/clients"
import type { CustomFieldType } from "../../../../../types/clients/http"
import {
  IMPORT_COLUMN_GROUPS,
  MAX_IMPORT_FILE_BYTES,
  formatFileSize,
  useCreateClientImport,
  useDownloadClientImportTemplate,
} from "../../../../lib/client-imports"
import { FIELD_TYPE_LABELS, hasOptions } from "../../../../lib/clients"
import { errorMessage } from "../../../../lib/errors"

/** The group of columns the custom field columns follow, as in the template. */
const CUSTOM_FIELDS_AFTER = "Consent and tags"

/** How a custom field's cell is written, by type. */
const CUSTOM_VALUE_HINTS: Partial<Record<CustomFieldType, string>> = {
  date: " (YYYY-MM-DD)",
  boolean: " (yes or no)",
  multi_select: " (several separated by ;)",
}

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

export const UploadSection = ({ onCreated }: { onCreated: (id: string) => void }) => {
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
