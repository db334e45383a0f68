import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Plus, Users } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  DataTable,
  type DataTablePaginationState,
  FocusModal,
  Heading,
  Select,
  StatusBadge,
  Text,
  createDataTableColumnHelper,
  toast,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useNavigate } from "react-router-dom"
import { CheckboxList } from "../../components/common/checkbox-list"
import { ErrorState } from "../../components/common/page-states"
import {
  LEVEL_LABELS,
  StaffProfileFields,
  type StaffFormErrors,
  emptyStaffValues,
  staffValuesToPayload,
  validateStaff,
} from "../../components/staff/staff-form"
import { useBranches } from "../../hooks/api/branches"
import { useSalonServices } from "../../hooks/api/salon-services"
import { useCreateStaffMember, useStaffMembers } from "../../hooks/api/staff-members"
import { errorMessage } from "../../lib/errors"
import { STAFF_LEVELS, type StaffLevel, type StaffMember } from "../../../types/booking/http"

const PAGE_SIZE = 20
const ALL = "__all"
const columnHelper = createDataTableColumnHelper<StaffMember>()

const StaffPage = () => {
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const [branchId, setBranchId] = useState(ALL)
  const [level, setLevel] = useState(ALL)
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })
  const [creating, setCreating] = useState(false)
  const branches = useBranches({ limit: 100 })
  const { data, isLoading, error, refetch } = useStaffMembers({
    q: search || undefined,
    branch_id: branchId === ALL ? undefined : branchId,
    level: level === ALL ? undefined : (level as StaffLevel),
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  })

  const columns = useMemo(
    () => [
      columnHelper.accessor("name", {
        header: "Name",
        cell: ({ row }) => (
          <div className="flex items-center gap-x-2">
            <span
              className="h-2.5 w-2.5 shrink-0 rounded-full border"
              style={{ backgroundColor: row.original.color ?? "transparent" }}
            />
            <span className="txt-small-plus text-ui-fg-base">{row.original.name}</span>
          </div>
        ),
      }),
      columnHelper.accessor("level", {
        header: "Level",
        cell: ({ row }) => <Badge size="2xsmall">{LEVEL_LABELS[row.original.level]}</Badge>,
      }),
      columnHelper.display({
        id: "branches",
        header: "Branches",
        cell: ({ row }) =>
          (row.original.staff_branches ?? [])
            .map((link) => link?.branch?.name)
            .filter(Boolean)
            .join(", ") || "—",
      }),
      columnHelper.display({
        id: "services",
        header: "Qualified services",
        cell: ({ row }) => {
          const names = (row.original.staff_services ?? [])
            .map((link) => link?.salon_service?.name)
            .filter(Boolean)
          return (
            <span className="txt-small text-ui-fg-subtle" title={names.join(", ")}>
              {names.length
                ? `${names.length}: ${names.slice(0, 3).join(", ")}${names.length > 3 ? "…" : ""}`
                : "None"}
            </span>
          )
        },
      }),
      columnHelper.display({
        id: "contact",
        header: "Contact",
        cell: ({ row }) => (
          <span className="txt-small text-ui-fg-subtle">
            {[row.original.phone, row.original.email].filter(Boolean).join(" · ") || "—"}
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
    data: data?.staff_members ?? [],
    rowCount: data?.count ?? 0,
    getRowId: (row) => row.id,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
    search: { state: search, onSearchChange: setSearch },
    onRowClick: (_, row) => navigate(`/staff/${row.id}`),
  })

  const resetPage = () => setPagination((prev) => ({ ...prev, pageIndex: 0 }))

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 lg:flex-row lg:items-center">
          <div>
            <Heading>Staff</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Technicians and therapists: where they work, what they do and when.
            </Text>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <div className="w-[170px]">
              <Select
                size="small"
                value={branchId}
                onValueChange={(value) => {
                  setBranchId(value)
                  resetPage()
                }}
              >
                <Select.Trigger aria-label="Branch">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value={ALL}>All branches</Select.Item>
                  {(branches.data?.branches ?? []).map((branch) => (
                    <Select.Item key={branch.id} value={branch.id}>
                      {branch.name}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            <div className="w-[140px]">
              <Select
                size="small"
                value={level}
                onValueChange={(value) => {
                  setLevel(value)
                  resetPage()
                }}
              >
                <Select.Trigger aria-label="Level">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value={ALL}>All levels</Select.Item>
                  {STAFF_LEVELS.map((value) => (
                    <Select.Item key={value} value={value}>
                      {LEVEL_LABELS[value]}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
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
                heading: "No staff members yet",
                description: "Add the people who perform services, then set their weekly schedule.",
              },
              filtered: {
                heading: "Nobody matches",
                description: "Try another name, branch or level.",
              },
            }}
          />
        )}
        <DataTable.Pagination />
      </DataTable>
      <CreateStaffMemberModal
        open={creating}
        onOpenChange={setCreating}
        onCreated={(member) => navigate(`/staff/${member.id}`)}
      />
    </Container>
  )
}

const CreateStaffMemberModal = ({
  open,
  onOpenChange,
  onCreated,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  onCreated: (member: StaffMember) => void
}) => {
  const [values, setValues] = useState(emptyStaffValues)
  const [branchIds, setBranchIds] = useState<string[]>([])
  const [serviceIds, setServiceIds] = useState<string[]>([])
  const [errors, setErrors] = useState<StaffFormErrors>({})
  const branches = useBranches({ limit: 100 }, { enabled: open })
  const services = useSalonServices({ limit: 200 }, { enabled: open })
  const create = useCreateStaffMember()

  const reset = () => {
    setValues(emptyStaffValues)
    setBranchIds([])
    setServiceIds([])
    setErrors({})
  }

  const submit = () => {
    const found = validateStaff(values)
    setErrors(found)
    if (Object.keys(found).length) return
    create.mutate(
      { ...staffValuesToPayload(values), branch_ids: branchIds, salon_service_ids: serviceIds },
      {
        onSuccess: ({ staff_member }) => {
          toast.success(`${staff_member.name} added`, {
            description: "Set their weekly schedule so they can be booked.",
          })
          onOpenChange(false)
          reset()
          onCreated(staff_member)
        },
        onError: (error) =>
          toast.error("Could not add the staff member", { description: errorMessage(error) }),
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
            Create staff member
          </Button>
        </FocusModal.Header>
        <FocusModal.Body className="overflow-y-auto">
          <div className="mx-auto flex w-full max-w-[760px] flex-col gap-y-8 px-6 py-8">
            <div>
              <FocusModal.Title asChild>
                <Heading level="h1">Create staff member</Heading>
              </FocusModal.Title>
              <FocusModal.Description asChild>
                <Text size="small" className="text-ui-fg-subtle">
                  After creating, set their weekly schedule at each branch on their page.
                </Text>
              </FocusModal.Description>
            </div>
            <StaffProfileFields values={values} onChange={setValues} errors={errors} />
            <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
              <div className="flex flex-col gap-y-2">
                <Heading level="h2">Branches</Heading>
                <CheckboxList
                  options={(branches.data?.branches ?? []).map((branch) => ({
                    value: branch.id,
                    label: branch.name,
                    description: branch.is_active ? undefined : "Inactive",
                  }))}
                  value={branchIds}
                  onChange={setBranchIds}
                  emptyText="No branches yet."
                />
              </div>
              <div className="flex flex-col gap-y-2">
                <Heading level="h2">Qualified services</Heading>
                <CheckboxList
                  options={(services.data?.salon_services ?? []).map((service) => ({
                    value: service.id,
                    label: service.name,
                    description: service.category ?? undefined,
                  }))}
                  value={serviceIds}
                  onChange={setServiceIds}
                  emptyText="No salon services yet."
                />
              </div>
            </div>
          </div>
        </FocusModal.Body>
      </FocusModal.Content>
    </FocusModal>
  )
}

export const config = defineRouteConfig({
  label: "Staff",
  icon: Users,
  rank: 3,
})

export default StaffPage
