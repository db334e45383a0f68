import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Heading, Text, createDataTableColumnHelper } from "@medusajs/ui"
import { useState } from "react"
import {
  BranchGeneralFields,
  BranchLinkFields,
  OpeningHoursEditor,
  emptyBranchValues,
  intervalsToOpeningHours,
  validateBranch,
  valuesToPayload,
} from "../../components/branches/branch-form"
import { type WeeklyInterval, weeklyIssues } from "../../components/common/weekly-hours-editor"
import {
  type CreateModalProps,
  CreatePage,
  useCreateForm,
} from "../../components/layout/create-page"
import {
  ListPage,
  NameCell,
  activeStatusColumn,
  useListPagination,
} from "../../components/layout/list-page"
import { useBranches, useCreateBranch } from "../../hooks/api/branches"
import { summarizeOpeningHours } from "../../lib/opening-hours"
import { WEEKDAYS } from "../../lib/time"
import type { Branch } from "../../../types/booking/http"

const columnHelper = createDataTableColumnHelper<Branch>()

const columns = [
  columnHelper.accessor("name", {
    header: "Name",
    cell: ({ row }) => <NameCell name={row.original.name} detail={row.original.code} />,
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
  activeStatusColumn<Branch>(),
]

const BranchesPage = () => {
  const [search, setSearch] = useState("")
  const pagination = useListPagination()
  const list = useBranches({
    q: search || undefined,
    limit: pagination.limit,
    offset: pagination.offset,
  })

  return (
    <ListPage
      title="Branches"
      subtitle="Shops of the chain: opening hours, closures, rooms and links to stock and sales."
      create={(modal) => <CreateBranchModal {...modal} />}
      search={{ value: search, onChange: setSearch, placeholder: "Search by name" }}
      columns={columns}
      query={list}
      rows={list.data?.branches}
      count={list.data?.count}
      pagination={pagination}
      rowHref={(row) => `/branches/${row.id}`}
      emptyState={{
        empty: {
          heading: "No branches yet",
          description: "Create the first branch to start taking appointments.",
        },
        filtered: { heading: "No branch matches", description: "Try another name." },
      }}
    />
  )
}

const DEFAULT_HOURS: WeeklyInterval[] = WEEKDAYS.map(({ value }) => ({
  weekday: value,
  from: "10:00",
  to: "21:00",
}))

const CreateBranchModal = (props: CreateModalProps<Branch>) => {
  const form = useCreateForm(props, { ...emptyBranchValues, hours: DEFAULT_HOURS })
  const create = useCreateBranch()

  const submit = () => {
    if (!form.check(validateBranch(form.values)) || weeklyIssues(form.values.hours).size) return
    create.mutate(
      {
        ...valuesToPayload(form.values),
        opening_hours: intervalsToOpeningHours(form.values.hours),
      },
      form.created(
        ({ branch }) => branch,
        (branch) => `Branch ${branch.name} created`,
        "Could not create the branch"
      )
    )
  }
  const change = (values: Partial<typeof form.values>) =>
    form.setValues({ ...form.values, ...values })

  return (
    <CreatePage
      {...form.page}
      title="Create branch"
      description="Add rooms and closures on the branch page once it exists."
      submitLabel="Create branch"
      isSubmitting={create.isPending}
      onSubmit={submit}
    >
      <BranchGeneralFields values={form.values} onChange={change} errors={form.errors} />
      <div className="flex flex-col gap-y-3">
        <Heading level="h2">Links</Heading>
        <BranchLinkFields values={form.values} onChange={change} />
      </div>
      <div className="flex flex-col gap-y-1">
        <Heading level="h2">Opening hours</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Weekly, in the branch&apos;s wall time. A day without hours is closed.
        </Text>
        <OpeningHoursEditor value={form.values.hours} onChange={(hours) => change({ hours })} />
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
