import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CreditCard } from "@medusajs/icons"
import { StatusBadge, createDataTableColumnHelper } from "@medusajs/ui"
import { useState } from "react"
import { SalesChannelsField } from "../../components/forms/sales-channels-field"
import {
  type CreateModalProps,
  CreatePage,
  useCreateForm,
} from "../../components/layout/create-page"
import { ListPage, SelectFilter, useListPagination } from "../../components/layout/list-page"
import {
  PlanFields,
  emptyPlanValues,
  planValuesToPayload,
  validatePlan,
} from "../../components/stored-value/plan-form"
import { useStoreCurrencies } from "../../hooks/api/core-resources"
import { useCreateRechargePlan, useRechargePlans } from "../../hooks/api/stored-value"
import {
  describeBonus,
  describeDates,
  describeValidity,
  formatMoney,
  planAvailability,
  planValue,
} from "../../lib/stored-value"
import type { RechargePlan } from "../../../types/stored-value/http"

const columnHelper = createDataTableColumnHelper<RechargePlan>()

const columns = [
  columnHelper.accessor("name", {
    header: "Plan",
    cell: ({ row }) => (
      <div className="flex flex-col py-1">
        <span className="txt-small-plus text-ui-fg-base">{row.original.name}</span>
        {row.original.description && (
          <span className="txt-xsmall text-ui-fg-subtle max-w-[260px] truncate">
            {row.original.description}
          </span>
        )}
      </div>
    ),
  }),
  columnHelper.accessor("pay_amount", {
    header: "Pay",
    cell: ({ row }) => (
      <span className="tabular-nums">
        {formatMoney(row.original.pay_amount, row.original.currency_code)}
      </span>
    ),
  }),
  columnHelper.display({
    id: "bonus",
    header: "Bonus",
    cell: ({ row }) => <span className="tabular-nums">{describeBonus(row.original)}</span>,
  }),
  columnHelper.display({
    id: "value",
    header: "Member gets",
    cell: ({ row }) => (
      <span className="txt-small-plus tabular-nums">
        {formatMoney(planValue(row.original), row.original.currency_code)}
      </span>
    ),
  }),
  columnHelper.accessor("bonus_validity_days", {
    header: "Bonus validity",
    cell: ({ row }) =>
      Number(row.original.bonus_value) ? describeValidity(row.original.bonus_validity_days) : "—",
  }),
  columnHelper.display({
    id: "dates",
    header: "On sale",
    cell: ({ row }) => describeDates(row.original.starts_at, row.original.ends_at),
  }),
  columnHelper.accessor("is_active", {
    header: "Status",
    cell: ({ row }) => {
      const state = planAvailability(row.original)
      return <StatusBadge color={state.color}>{state.label}</StatusBadge>
    },
  }),
]

const RechargePlansPage = () => {
  const pagination = useListPagination()
  const [currency, setCurrency] = useState("")
  const [active, setActive] = useState<"" | "true" | "false">("")
  const currencies = useStoreCurrencies()
  const list = useRechargePlans({
    currency_code: currency || undefined,
    is_active: active ? active === "true" : undefined,
    limit: pagination.limit,
    offset: pagination.offset,
  })

  return (
    <ListPage
      title="Recharge plans"
      subtitle="Top-up offers set by headquarters: pay an amount, get it as principal plus a bonus. Each is sold online as a product; new terms apply to future top-ups only."
      filters={
        <>
          <SelectFilter
            label="Currency"
            allLabel="All currencies"
            className="w-[140px]"
            value={currency}
            onChange={pagination.filter(setCurrency)}
            options={(currencies.data ?? []).map((entry) => ({
              value: entry.code,
              label: entry.code.toUpperCase(),
            }))}
          />
          <SelectFilter
            label="Active"
            allLabel="Any status"
            className="w-[130px]"
            value={active}
            onChange={pagination.filter((value) => setActive(value as "" | "true" | "false"))}
            options={[
              { value: "true", label: "Active" },
              { value: "false", label: "Inactive" },
            ]}
          />
        </>
      }
      create={(modal) => <CreatePlanModal {...modal} />}
      columns={columns}
      query={list}
      rows={list.data?.recharge_plans}
      count={list.data?.count}
      pagination={pagination}
      rowHref={(row) => `/recharge-plans/${row.id}`}
      emptyState={{
        empty: {
          heading: "No recharge plans yet",
          description: "Create one, e.g. pay 1,000 and get 1,200.",
        },
        filtered: { heading: "No plan matches", description: "Try other filters." },
      }}
    />
  )
}

const CreatePlanModal = (props: CreateModalProps<RechargePlan>) => {
  const currencies = useStoreCurrencies()
  const form = useCreateForm(props, { ...emptyPlanValues, sales_channel_ids: [] as string[] })
  const create = useCreateRechargePlan()
  const defaultCurrency =
    currencies.data?.find((entry) => entry.is_default)?.code ?? currencies.data?.[0]?.code ?? ""
  // The store's default currency until another is chosen.
  const shown = form.values.currency_code
    ? form.values
    : { ...form.values, currency_code: defaultCurrency }

  const submit = () => {
    if (!form.check(validatePlan(shown, { creating: true }))) return
    create.mutate(
      {
        ...planValuesToPayload(shown),
        name: shown.name.trim(),
        currency_code: shown.currency_code,
        pay_amount: Number(shown.pay_amount),
        sales_channel_ids: shown.sales_channel_ids.length ? shown.sales_channel_ids : undefined,
      },
      form.created(
        ({ recharge_plan }) => recharge_plan,
        (plan) => `${plan.name} created`,
        "Could not create the plan"
      )
    )
  }

  return (
    <CreatePage
      {...form.page}
      title="Create recharge plan"
      description="The plan is sold online as a new product at the pay amount, and offered at the counter when topping up."
      submitLabel="Create plan"
      isSubmitting={create.isPending}
      onSubmit={submit}
      width="max-w-[720px]"
    >
      <PlanFields
        values={shown}
        onChange={(values) => form.setValues({ ...form.values, ...values })}
        errors={form.errors}
        creating
      />
      <SalesChannelsField
        hint="Where the plan's product is sold online; with none it is only sold at the counter"
        value={form.values.sales_channel_ids}
        onChange={(sales_channel_ids) => form.setValues({ ...form.values, sales_channel_ids })}
      />
    </CreatePage>
  )
}

export const config = defineRouteConfig({
  label: "Recharge plans",
  icon: CreditCard,
  rank: 6,
})

export default RechargePlansPage
