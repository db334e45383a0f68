import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight, Plus, Tag } from "@medusajs/icons"
import { Button, createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import {
  type Complaint,
  type ComplaintListParams,
  useComplaints,
  useFeedbackLookups,
} from "../../hooks/api/feedback"
import { ListPage, SelectFilter, useListPagination } from "../../components/layout/list-page"
import { CreateComplaintModal } from "./components/create-complaint-modal"
import {
  ComplaintStatusBadge,
  SEVERITY_LABELS,
  SLA_LABELS,
  STATUS_LABELS,
  SeverityBadge,
  SlaBadge,
  dueIn,
  personName,
  relative,
} from "./components/labels"
import { useUrlParams } from "../../lib/use-url-params"

const ALL = "__all"
const ACTIVE = "open,assigned,in_progress,reopened"
const columnHelper = createDataTableColumnHelper<Complaint>()

/** The complaints board: what is open, who has it, and how it stands against its deadlines. */
const ComplaintsPage = () => {
  const navigate = useNavigate()
  const [params, setParam] = useUrlParams()
  const [search, setSearch] = useState("")
  const [creating, setCreating] = useState(false)
  const pagination = useListPagination()
  /** A filter's value in the address; "" when it is not set. */
  const filter = (name: string) => params.get(name) ?? ""
  const setFilter = (name: string, value: string) => {
    setParam({ [name]: value })
    pagination.resetPage()
  }
  // "All statuses" is a choice of its own; without a status in the address, the active ones.
  const statusFilter = filter("status") || ACTIVE
  const lookups = useFeedbackLookups()
  const query: ComplaintListParams = {
    q: search || undefined,
    status: statusFilter === ALL ? undefined : statusFilter,
    branch_id: filter("branch_id") || undefined,
    category_id: filter("category_id") || undefined,
    sla_state: filter("sla_state") || undefined,
    severity: filter("severity") || undefined,
    customer_id: params.get("customer_id") ?? undefined,
    limit: pagination.limit,
    offset: pagination.offset,
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

  const filterOptions = (labels: Record<string, string>) =>
    Object.entries(labels).map(([value, label]) => ({ value, label }))

  return (
    <ListPage
      title="Complaints"
      subtitle={
        <>
          {atRisk.data?.count ?? 0} at risk · {breached.data?.count ?? 0} past a deadline
          {params.get("customer_id") ? " · one customer's complaints" : ""}
        </>
      }
      toolbar="stacked"
      actions={
        <>
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
        </>
      }
      filters={
        <>
          <SelectFilter
            label="Status"
            className="w-[170px]"
            value={statusFilter}
            onChange={(value) => setFilter("status", value)}
            options={[
              { value: ACTIVE, label: "Being worked on" },
              { value: ALL, label: "All statuses" },
              ...filterOptions(STATUS_LABELS),
            ]}
          />
          <SelectFilter
            label="Branch"
            allLabel="All branches"
            value={filter("branch_id")}
            onChange={(value) => setFilter("branch_id", value)}
            options={(lookups.data?.branches ?? []).map((b) => ({ value: b.id, label: b.name }))}
          />
          <SelectFilter
            label="Category"
            allLabel="All categories"
            value={filter("category_id")}
            onChange={(value) => setFilter("category_id", value)}
            options={(lookups.data?.categories ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
          <SelectFilter
            label="SLA"
            allLabel="Any SLA state"
            value={filter("sla_state")}
            onChange={(value) => setFilter("sla_state", value)}
            options={filterOptions(SLA_LABELS)}
          />
          <SelectFilter
            label="Severity"
            allLabel="Any severity"
            value={filter("severity")}
            onChange={(value) => setFilter("severity", value)}
            options={filterOptions(SEVERITY_LABELS)}
          />
        </>
      }
      search={{ value: search, onChange: setSearch, placeholder: "#12 or words" }}
      columns={columns}
      rows={data?.complaints ?? []}
      count={data?.count ?? 0}
      isLoading={isLoading}
      error={error}
      onRetry={() => refetch()}
      pagination={pagination}
      rowHref={(row) => `/complaints/${row.id}`}
      emptyState={{
        empty: {
          heading: "No complaints here",
          description: "Nothing matches these filters.",
        },
      }}
    >
      <CreateComplaintModal
        open={creating}
        onOpenChange={setCreating}
        onCreated={(id) => navigate(`/complaints/${id}`)}
      />
    </ListPage>
  )
}

export const config = defineRouteConfig({
  label: "Complaints",
  icon: ChatBubbleLeftRight,
})

export default ComplaintsPage
