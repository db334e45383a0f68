import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Badge, Heading, StatusBadge, createDataTableColumnHelper, toast } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { CheckboxList } from "../../components/common/checkbox-list"
import { CreatePage } from "../../components/layout/create-page"
import { ListPage, SelectFilter, useListPagination } from "../../components/layout/list-page"
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

const columnHelper = createDataTableColumnHelper<StaffMember>()

const columns = [
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
]

const StaffPage = () => {
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const [branchId, setBranchId] = useState("")
  const [level, setLevel] = useState("")
  const pagination = useListPagination()
  const [creating, setCreating] = useState(false)
  const branches = useBranches({ limit: 100 })
  const { data, isLoading, error, refetch } = useStaffMembers({
    q: search || undefined,
    branch_id: branchId || undefined,
    level: (level || undefined) as StaffLevel | undefined,
    limit: pagination.limit,
    offset: pagination.offset,
  })

  const filter = (set: (value: string) => void) => (value: string) => {
    set(value)
    pagination.resetPage()
  }

  return (
    <ListPage
      title="Staff"
      subtitle="Technicians and therapists: where they work, what they do and when."
      filters={
        <>
          <SelectFilter
            label="Branch"
            allLabel="All branches"
            className="w-[170px]"
            value={branchId}
            onChange={filter(setBranchId)}
            options={(branches.data?.branches ?? []).map((branch) => ({
              value: branch.id,
              label: branch.name,
            }))}
          />
          <SelectFilter
            label="Level"
            allLabel="All levels"
            className="w-[140px]"
            value={level}
            onChange={filter(setLevel)}
            options={STAFF_LEVELS.map((value) => ({ value, label: LEVEL_LABELS[value] }))}
          />
        </>
      }
      onCreate={() => setCreating(true)}
      search={{ value: search, onChange: setSearch, placeholder: "Search by name" }}
      columns={columns}
      rows={data?.staff_members ?? []}
      count={data?.count ?? 0}
      isLoading={isLoading}
      error={error}
      onRetry={() => refetch()}
      pagination={pagination}
      rowHref={(row) => `/staff/${row.id}`}
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
    >
      <CreateStaffMemberModal
        open={creating}
        onOpenChange={setCreating}
        onCreated={(member) => navigate(`/staff/${member.id}`)}
      />
    </ListPage>
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
    <CreatePage
      open={open}
      onOpenChange={onOpenChange}
      onReset={reset}
      title="Create staff member"
      description="After creating, set their weekly schedule at each branch on their page."
      submitLabel="Create staff member"
      isSubmitting={create.isPending}
      onSubmit={submit}
    >
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
    </CreatePage>
  )
}

export const config = defineRouteConfig({
  label: "Staff",
  icon: Users,
  rank: 3,
})

export default StaffPage
