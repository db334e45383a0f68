import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront, Plus } from "@medusajs/icons"
import {
  Button,
  Container,
  DataTable,
  type DataTablePaginationState,
  FocusModal,
  Heading,
  StatusBadge,
  Text,
  createDataTableColumnHelper,
  toast,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
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
import { ErrorState } from "../../components/common/page-states"
import {
  WeeklyHoursEditor,
  type WeeklyInterval,
  weeklyIssues,
} from "../../components/common/weekly-hours-editor"
import { useBranches, useCreateBranch } from "../../hooks/api/branches"
import { errorMessage } from "../../lib/errors"
import { summarizeOpeningHours } from "../../lib/opening-hours"
import { WEEKDAYS } from "../../lib/time"
import type { Branch } from "../../../types/booking/http"

const PAGE_SIZE = 20
const columnHelper = createDataTableColumnHelper<Branch>()

const BranchesPage = () => {
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })
  const [creating, setCreating] = useState(false)
  const { data, isLoading, error, refetch } = useBranches({
    q: search || undefined,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  })

  const columns = useMemo(
    () => [
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
    ],
    []
  )

  const table = useDataTable({
    columns,
    data: data?.branches ?? [],
    rowCount: data?.count ?? 0,
    getRowId: (row) => row.id,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
    search: { state: search, onSearchChange: setSearch },
    onRowClick: (_, row) => navigate(`/branches/${row.id}`),
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <Heading>Branches</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Shops of the chain: opening hours, closures, rooms and links to stock and sales.
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <DataTable.Search placeholder="Search by name" />
            <Button size="small" variant="secondary" onClick={() => setCreating(true)}>
              <Plus />
              Create
            </Button>
          </div>
        </DataTable.Toolbar>
        {error ? (
          <ErrorState error={error} onRetry={() => refetch()} />
        ) : (
          <DataTable.Table
            emptyState={{
              empty: {
                heading: "No branches yet",
                description: "Create the first branch to start taking appointments.",
              },
              filtered: { heading: "No branch matches", description: "Try another name." },
            }}
          />
        )}
        <DataTable.Pagination />
      </DataTable>
      <CreateBranchModal
        open={creating}
        onOpenChange={setCreating}
        onCreated={(branch) => navigate(`/branches/${branch.id}`)}
      />
    </Container>
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
    <FocusModal
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next)
        if (!next) reset()
      }}
    >
      <FocusModal.Content>
        <FocusModal.Header>
          <Button size="small" isLoading={create.isPending} onClick={submit}>
            Create branch
          </Button>
        </FocusModal.Header>
        <FocusModal.Body className="overflow-y-auto">
          <div className="mx-auto flex w-full max-w-[760px] flex-col gap-y-8 px-6 py-8">
            <div>
              <FocusModal.Title asChild>
                <Heading level="h1">Create branch</Heading>
              </FocusModal.Title>
              <FocusModal.Description asChild>
                <Text size="small" className="text-ui-fg-subtle">
                  Add rooms and closures on the branch page once it exists.
                </Text>
              </FocusModal.Description>
            </div>
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
          </div>
        </FocusModal.Body>
      </FocusModal.Content>
    </FocusModal>
  )
}

export const config = defineRouteConfig({
  label: "Branches",
  icon: BuildingStorefront,
  rank: 2,
})

export default BranchesPage
