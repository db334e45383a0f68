import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CreditCard } from "@medusajs/icons"
import { StatusBadge, createDataTableColumnHelper, toast } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { CheckboxList } from "../../components/common/checkbox-list"
import { Field } from "../../components/common/field"
import { CreatePage } from "../../components/layout/create-page"
import { ListPage, SelectFilter, useListPagination } from "../../components/layout/list-page"
import {
  PlanFields,
  type PlanErrors,
  emptyPlanValues,
  planValuesToPayload,
  validatePlan,
} from "../../components/stored-value/plan-form"
import { useSalesChannels, useStoreCurrencies } from "../../hooks/api/core-resources"
import { useCreateRechargePlan, useRechargePlans } from "../../hooks/api/stored-value"
import { errorMessage } from "../../lib/errors"
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
  const navigate = useNavigate()
  const pagination = useListPagination()
  const [currency, setCurrency] = useState("")
  const [active, setActive] = useState<"" | "true" | "false">("")
  const [creating, setCreating] = useState(false)
  const currencies = useStoreCurrencies()
  const { data, isLoading, error, refetch } = useRechargePlans({
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
            onChange={(value) => {
              setCurrency(value)
              pagination.resetPage()
            }}
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
            onChange={(value) => {
              setActive(value as "" | "true" | "false")
              pagination.resetPage()
            }}
            options={[
              { value: "true", label: "Active" },
              { value: "false", label: "Inactive" },
            ]}
          />
        </>
      }
      onCreate={() => setCreating(true)}
      columns={columns}
      rows={data?.recharge_plans ?? []}
      count={data?.count ?? 0}
      isLoading={isLoading}
      error={error}
      onRetry={() => refetch()}
      pagination={pagination}
      rowHref={(row) => `/recharge-plans/${row.id}`}
      emptyState={{
        empty: {
          heading: "No recharge plans yet",
          description: "Create one, e.g. pay 1,000 and get 1,200.",
        },
        filtered: { heading: "No plan matches", description: "Try other filters." },
      }}
    >
      <CreatePlanModal
        open={creating}
        onOpenChange={setCreating}
        onCreated={(plan) => navigate(`/recharge-plans/${plan.id}`)}
      />
    </ListPage>
  )
}

const CreatePlanModal = ({
  open,
  onOpenChange,
  onCreated,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  onCreated: (plan: RechargePlan) => void
}) => {
  const currencies = useStoreCurrencies()
  const salesChannels = useSalesChannels()
  const [values, setValues] = useState(emptyPlanValues)
  const [errors, setErrors] = useState<PlanErrors>({})
  const [salesChannelIds, setSalesChannelIds] = useState<string[]>([])
  const create = useCreateRechargePlan()
  const defaultCurrency =
    currencies.data?.find((entry) => entry.is_default)?.code ?? currencies.data?.[0]?.code ?? ""
  // The store's default currency until another is chosen.
  const shown = values.currency_code ? values : { ...values, currency_code: defaultCurrency }

  const reset = () => {
    setValues(emptyPlanValues)
    setErrors({})
    setSalesChannelIds([])
  }

  const submit = () => {
    const found = validatePlan(shown, { creating: true })
    setErrors(found)
    if (Object.keys(found).length) return
    create.mutate(
      {
        ...planValuesToPayload(shown),
        name: shown.name.trim(),
        currency_code: shown.currency_code,
        pay_amount: Number(shown.pay_amount),
        sales_channel_ids: salesChannelIds.length ? salesChannelIds : undefined,
      },
      {
        onSuccess: ({ recharge_plan }) => {
          toast.success(`${recharge_plan.name} created`)
          onOpenChange(false)
          reset()
          onCreated(recharge_plan)
        },
        onError: (error) =>
          toast.error("Could not create the plan", { description: errorMessage(error) }),
      }
    )
  }

  return (
    <CreatePage
      open={open}
      onOpenChange={onOpenChange}
      onReset={reset}
      title="Create recharge plan"
      description="The plan is sold online as a new product at the pay amount, and offered at the counter when topping up."
      submitLabel="Create plan"
      isSubmitting={create.isPending}
      onSubmit={submit}
      width="max-w-[720px]"
    >
      <PlanFields values={shown} onChange={setValues} errors={errors} creating />
      <Field
        label="Sales channels"
        optional
        hint="Where the plan's product is sold online; with none it is only sold at the counter"
      >
        <CheckboxList
          options={(salesChannels.data?.sales_channels ?? []).map((channel) => ({
            value: channel.id,
            label: channel.name,
          }))}
          value={salesChannelIds}
          onChange={setSalesChannelIds}
        />
      </Field>
    </CreatePage>
  )
}

export const config = defineRouteConfig({
  label: "Recharge plans",
  icon: CreditCard,
  rank: 6,
})

export default RechargePlansPage
