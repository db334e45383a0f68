import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight, Plus, Tag } from "@medusajs/icons"
import {
  Button,
  Container,
  DataTable,
  type DataTablePaginationState,
  Heading,
  Select,
  Text,
  createDataTableColumnHelper,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link, useNavigate, useSearchParams } from "react-router-dom"
import {
  type Complaint,
  type ComplaintListParams,
  useComplaints,
  useFeedbackLookups,
} from "../../hooks/api/feedback"
import { CreateComplaintModal } from "./components/create-complaint-modal"
import {
  ComplaintStatusBadge,
  SEVERITY_LABELS,
  SLA_LABELS,
  STATUS_LABELS,
  SeverityBadge,
  SlaBadge,
  dueIn,
  errorText,
  personName,
  relative,
} from "./components/labels"

const PAGE_SIZE = 20
const ALL = "__all"
const ACTIVE = "open,assigned,in_progress,reopened"
const columnHelper = createDataTableColumnHelper<Complaint>()

/** The complaints board: what is open, who has it, and how it stands against its deadlines. */
const ComplaintsPage = () => {
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const [search, setSearch] = useState("")
  const [creating, setCreating] = useState(false)
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })
  const filter = (name: string, fallback = ALL) => params.get(name) ?? fallback
  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params)
    if (value === ALL) next.delete(name)
    else next.set(name, value)
    setParams(next, { replace: true })
    setPagination((previous) => ({ ...previous, pageIndex: 0 }))
  }
  const lookups = useFeedbackLookups()
  const query: ComplaintListParams = {
    q: search || undefined,
    status: filter("status", ACTIVE) === ALL ? undefined : filter("status", ACTIVE),
    branch_id: filter("branch_id") === ALL ? undefined : filter("branch_id"),
    category_id: filter("category_id") === ALL ? undefined : filter("category_id"),
    sla_state: filter("sla_state") === ALL ? undefined : filter("sla_state"),
    severity: filter("severity") === ALL ? undefined : filter("severity"),
    customer_id: params.get("customer_id") ?? undefined,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  }
  const { data, isLoading, error, refetch } = useComplaints(query)
  const atRisk = useComplaints({ sla_state: "at_risk", status: ACTIVE, limit: 1, fields: "id" })
  const breached = useComplaints({ sla_state: "breached", status: ACTIVE, limit: 1, fields: "id" })

  const columns = useMemo(
    () => [
      columnHelper.accessor("display_id", {
        header: "#",
        cell: ({ row }) => <span className="tabular-nums">{row.original.display_id}</span>,
      }),
      columnHelper.display({
        id: "about",
        header: "Complaint",
        cell: ({ row }) => (
          <div className="flex max-w-[320px] flex-col py-2">
            <span className="txt-small-plus truncate">
              {row.original.subject || row.original.description}
            </span>
            <span className="txt-small text-ui-fg-subtle truncate">
              {personName(row.original.customer)} · {row.original.category?.name ?? "—"}
            </span>
          </div>
        ),
      }),
      columnHelper.display({
        id: "branch",
        header: "Branch",
        cell: ({ row }) => row.original.branch?.name ?? "—",
      }),
      columnHelper.accessor("severity", {
        header: "Severity",
        cell: ({ row }) => <SeverityBadge severity={row.original.severity} />,
      }),
      columnHelper.accessor("status", {
        header: "Status",
        cell: ({ row }) => <ComplaintStatusBadge status={row.original.status} />,
      }),
      columnHelper.display({
        id: "sla",
        header: "SLA",
        cell: ({ row }) => {
          const complaint = row.original
          const running = !["resolved", "closed"].includes(complaint.status)
          const next = !complaint.first_responded_at
            ? { label: "reply", at: complaint.first_response_due_at }
            : { label: "resolve", at: complaint.resolution_due_at }
          return (
            <div className="flex flex-col gap-y-1 py-2">
              <SlaBadge state={complaint.sla_state} />
              {running && (
                <span className="txt-compact-xsmall text-ui-fg-subtle">
                  {next.label} {dueIn(next.at)}
                </span>
              )}
            </div>
          )
        },
      }),
      columnHelper.display({
        id: "assignee",
        header: "Assignee",
        cell: ({ row }) =>
          row.original.user ? (
            personName(row.original.user)
          ) : (
            <span className="text-ui-fg-muted">Unassigned</span>
          ),
      }),
      columnHelper.accessor("created_at", {
        header: "Filed",
        cell: ({ row }) => (
          <span className="txt-small text-ui-fg-subtle">{relative(row.original.created_at)}</span>
        ),
      }),
    ],
    []
  )

  const table = useDataTable({
    columns,
    data: data?.complaints ?? [],
    rowCount: data?.count ?? 0,
    getRowId: (row) => row.id,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
    search: { state: search, onSearchChange: setSearch },
    onRowClick: (_, row) => navigate(`/complaints/${row.id}`),
  })

  const select = (
    name: string,
    label: string,
    options: { value: string; label: string }[],
    fallback = ALL,
    width = "w-[150px]"
  ) => (
    <div className={width}>
      <Select size="small" value={filter(name, fallback)} onValueChange={(v) => setFilter(name, v)}>
        <Select.Trigger aria-label={label}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {options.map((option) => (
            <Select.Item key={option.value} value={option.value}>
              {option.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-3 px-6 py-4">
          <div className="flex w-full flex-wrap items-start justify-between gap-2">
            <div>
              <Heading>Complaints</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                {atRisk.data?.count ?? 0} at risk · {breached.data?.count ?? 0} past a deadline
                {params.get("customer_id") ? " · one customer's complaints" : ""}
              </Text>
            </div>
            <div className="flex items-center gap-2">
              <Button size="small" variant="secondary" asChild>
                <Link to="/complaints/categories">
                  <Tag />
                  Categories
                </Link>
              </Button>
              <Button size="small" onClick={() => setCreating(true)}>
                <Plus />
                Log complaint
              </Button>
            </div>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            {select(
              "status",
              "Status",
              [
                { value: ACTIVE, label: "Being worked on" },
                { value: ALL, label: "All statuses" },
                ...Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label })),
              ],
              ACTIVE,
              "w-[170px]"
            )}
            {select("branch_id", "Branch", [
              { value: ALL, label: "All branches" },
              ...(lookups.data?.branches ?? []).map((b) => ({ value: b.id, label: b.name })),
            ])}
            {select("category_id", "Category", [
              { value: ALL, label: "All categories" },
              ...(lookups.data?.categories ?? []).map((c) => ({ value: c.id, label: c.name })),
            ])}
            {select("sla_state", "SLA", [
              { value: ALL, label: "Any SLA state" },
              ...Object.entries(SLA_LABELS).map(([value, label]) => ({ value, label })),
            ])}
            {select("severity", "Severity", [
              { value: ALL, label: "Any severity" },
              ...Object.entries(SEVERITY_LABELS).map(([value, label]) => ({ value, label })),
            ])}
            <DataTable.Search placeholder="#12 or words" />
          </div>
        </DataTable.Toolbar>
        {error ? (
          <div className="flex items-center justify-between px-6 py-4">
            <Text size="small" className="text-ui-fg-error">
              {errorText(error)}
            </Text>
            <Button size="small" variant="secondary" onClick={() => refetch()}>
              Retry
            </Button>
          </div>
        ) : (
          <>
            <DataTable.Table
              emptyState={{
                empty: {
                  heading: "No complaints here",
                  description: "Nothing matches these filters.",
                },
              }}
            />
            <DataTable.Pagination />
          </>
        )}
      </DataTable>
      <CreateComplaintModal
        open={creating}
        onOpenChange={setCreating}
        onCreated={(id) => navigate(`/complaints/${id}`)}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Complaints",
  icon: ChatBubbleLeftRight,
})

export default ComplaintsPage
