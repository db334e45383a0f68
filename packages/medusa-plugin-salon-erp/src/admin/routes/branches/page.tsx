import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Heading, StatusBadge, Text, createDataTableColumnHelper, toast } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import {
  BranchGeneralFields,
  BranchLinkFields,
  type BranchFormErrors,
  emptyBranchValues,
  intervalsToOpeningHours,
  validateBranch,
  valuesToPayload,
} from "../../components/branches/branch-form"
import {
  WeeklyHoursEditor,
  type WeeklyInterval,
  weeklyIssues,
} from "../../components/common/weekly-hours-editor"
import { CreatePage } from "../../components/layout/create-page"
import { ListPage, useListPagination } from "../../components/layout/list-page"
import { useBranches, useCreateBranch } from "../../hooks/api/branches"
import { errorMessage } from "../../lib/errors"
import { summarizeOpeningHours } from "../../lib/opening-hours"
import { WEEKDAYS } from "../../lib/time"
import type { Branch } from "../../../types/booking/http"

const columnHelper = createDataTableColumnHelper<Branch>()

const columns = [
  columnHelper.accessor("name", {
    header: "Name",
    cell: ({ row }) => (
      <div className="flex flex-col">
        <span className="txt-small-plus text-ui-fg-base">{row.original.name}</span>
        <span className="txt-xsmall text-ui-fg-subtle">{row.original.code}</span>
      </div>
    ),
  }),
  columnHelper.accessor("timezone", { header: "Time zone" }),
  columnHelper.display({
    id: "opening_hours",
    header: "Opening hours",
    cell: ({ row }) => (
      <span className="txt-small text-ui-fg-subtle whitespace-normal">
        {summarizeOpeningHours(row.original.opening_hours)}
      </span>
    ),
  }),
  columnHelper.display({
    id: "links",
    header: "Stock location · Sales channel",
    cell: ({ row }) => (
      <span className="txt-small text-ui-fg-subtle">
        {row.original.stock_location?.name ?? "—"} · {row.original.sales_channel?.name ?? "—"}
      </span>
    ),
  }),
  columnHelper.accessor("is_active", {
    header: "Status",
    cell: ({ row }) => (
      <StatusBadge color={row.original.is_active ? "green" : "grey"}>
        {row.original.is_active ? "Active" : "Inactive"}
      </StatusBadge>
    ),
  }),
]

const BranchesPage = () => {
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const pagination = useListPagination()
  const [creating, setCreating] = useState(false)
  const { data, isLoading, error, refetch } = useBranches({
    q: search || undefined,
    limit: pagination.limit,
    offset: pagination.offset,
  })

  return (
    <ListPage
      title="Branches"
      subtitle="Shops of the chain: opening hours, closures, rooms and links to stock and sales."
      onCreate={() => setCreating(true)}
      search={{ value: search, onChange: setSearch, placeholder: "Search by name" }}
      columns={columns}
      rows={data?.branches ?? []}
      count={data?.count ?? 0}
      isLoading={isLoading}
      error={error}
      onRetry={() => refetch()}
      pagination={pagination}
      rowHref={(row) => `/branches/${row.id}`}
      emptyState={{
        empty: {
          heading: "No branches yet",
          description: "Create the first branch to start taking appointments.",
        },
        filtered: { heading: "No branch matches", description: "Try another name." },
      }}
    >
      <CreateBranchModal
        open={creating}
        onOpenChange={setCreating}
        onCreated={(branch) => navigate(`/branches/${branch.id}`)}
      />
    </ListPage>
  )
}

const DEFAULT_HOURS: WeeklyInterval[] = WEEKDAYS.map(({ value }) => ({
  weekday: value,
  from: "10:00",
  to: "21:00",
}))

const CreateBranchModal = ({
  open,
  onOpenChange,
  onCreated,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  onCreated: (branch: Branch) => void
}) => {
  const [values, setValues] = useState(emptyBranchValues)
  const [hours, setHours] = useState<WeeklyInterval[]>(DEFAULT_HOURS)
  const [errors, setErrors] = useState<BranchFormErrors>({})
  const create = useCreateBranch()

  const reset = () => {
    setValues(emptyBranchValues)
    setHours(DEFAULT_HOURS)
    setErrors({})
  }

  const submit = () => {
    const found = validateBranch(values)
    setErrors(found)
    if (Object.keys(found).length || weeklyIssues(hours).size) return
    create.mutate(
      { ...valuesToPayload(values), opening_hours: intervalsToOpeningHours(hours) },
      {
        onSuccess: ({ branch }) => {
          toast.success(`Branch ${branch.name} created`)
          onOpenChange(false)
          reset()
          onCreated(branch)
        },
        onError: (error) =>
          toast.error("Could not create the branch", { description: errorMessage(error) }),
      }
    )
  }

  return (
    <CreatePage
      open={open}
      onOpenChange={onOpenChange}
      onReset={reset}
      title="Create branch"
      description="Add rooms and closures on the branch page once it exists."
      submitLabel="Create branch"
      isSubmitting={create.isPending}
      onSubmit={submit}
    >
      <BranchGeneralFields values={values} onChange={setValues} errors={errors} />
      <div className="flex flex-col gap-y-3">
        <Heading level="h2">Links</Heading>
        <BranchLinkFields
          values={values}
          onChange={(links) => setValues({ ...values, ...links })}
        />
      </div>
      <div className="flex flex-col gap-y-1">
        <Heading level="h2">Opening hours</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Weekly, in the branch&apos;s wall time. A day without hours is closed.
        </Text>
        <WeeklyHoursEditor
          value={hours}
          onChange={setHours}
          defaultInterval={{ from: "10:00", to: "21:00" }}
        />
      </div>
    </CreatePage>
  )
}

export const config = defineRouteConfig({
  label: "Branches",
  icon: BuildingStorefront,
  rank: 2,
})

export default BranchesPage
