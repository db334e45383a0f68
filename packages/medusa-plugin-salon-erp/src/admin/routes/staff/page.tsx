import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Badge, createDataTableColumnHelper } from "@medusajs/ui"
import { useState } from "react"
import { CheckboxGroup } from "../../components/forms/checkbox-group"
import {
  type CreateModalProps,
  CreatePage,
  useCreateForm,
} from "../../components/layout/create-page"
import {
  ListPage,
  SelectFilter,
  activeStatusColumn,
  useListPagination,
} from "../../components/layout/list-page"
import {
  LEVEL_LABELS,
  StaffProfileFields,
  emptyStaffValues,
  staffValuesToPayload,
  validateStaff,
} from "../../components/staff/staff-form"
import { useBranches } from "../../hooks/api/branches"
import { useSalonServices } from "../../hooks/api/salon-services"
import { useCreateStaffMember, useStaffMembers } from "../../hooks/api/staff-members"
import { STAFF_LEVELS, type StaffLevel, type StaffMember } from "../../../types/booking/http"
import { branchOptions } from "../../components/branches/branch-form"

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
  activeStatusColumn<StaffMember>(),
]

const StaffPage = () => {
  const [search, setSearch] = useState("")
  const [branchId, setBranchId] = useState("")
  const [level, setLevel] = useState("")
  const pagination = useListPagination()
  const branches = useBranches({ limit: 100 })
  const list = useStaffMembers({
    q: search || undefined,
    branch_id: branchId || undefined,
    level: (level || undefined) as StaffLevel | undefined,
    limit: pagination.limit,
    offset: pagination.offset,
  })

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
            onChange={pagination.filter(setBranchId)}
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
            onChange={pagination.filter(setLevel)}
            options={STAFF_LEVELS.map((value) => ({ value, label: LEVEL_LABELS[value] }))}
          />
        </>
      }
      create={(modal) => <CreateStaffMemberModal {...modal} />}
      search={{ value: search, onChange: setSearch, placeholder: "Search by name" }}
      columns={columns}
      query={list}
      rows={list.data?.staff_members}
      count={list.data?.count}
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
    />
  )
}

const CreateStaffMemberModal = (props: CreateModalProps<StaffMember>) => {
  const form = useCreateForm(props, {
    ...emptyStaffValues,
    branch_ids: [] as string[],
    salon_service_ids: [] as string[],
  })
  const branches = useBranches({ limit: 100 }, { enabled: props.open })
  const services = useSalonServices({ limit: 200 }, { enabled: props.open })
  const create = useCreateStaffMember()
  const change = (values: Partial<typeof form.values>) =>
    form.setValues({ ...form.values, ...values })

  const submit = () => {
    if (!form.check(validateStaff(form.values))) return
    const { branch_ids, salon_service_ids } = form.values
    create.mutate(
      { ...staffValuesToPayload(form.values), branch_ids, salon_service_ids },
      form.created(
        ({ staff_member }) => staff_member,
        (member) => ({
          title: `${member.name} added`,
          description: "Set their weekly schedule so they can be booked.",
        }),
        "Could not add the staff member"
      )
    )
  }

  return (
    <CreatePage
      {...form.page}
      title="Create staff member"
      description="After creating, set their weekly schedule at each branch on their page."
      submitLabel="Create staff member"
      isSubmitting={create.isPending}
      onSubmit={submit}
    >
      <StaffProfileFields values={form.values} onChange={change} errors={form.errors} />
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
        <CheckboxGroup
          title="Branches"
          level="h2"
          options={branchOptions(branches.data?.branches ?? [])}
          value={form.values.branch_ids}
          onChange={(branch_ids) => change({ branch_ids })}
          emptyText="No branches yet."
        />
        <CheckboxGroup
          title="Qualified services"
          level="h2"
          options={(services.data?.salon_services ?? []).map((service) => ({
            value: service.id,
            label: service.name,
            description: service.category ?? undefined,
          }))}
          value={form.values.salon_service_ids}
          onChange={(salon_service_ids) => change({ salon_service_ids })}
          emptyText="No salon services yet."
        />
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
