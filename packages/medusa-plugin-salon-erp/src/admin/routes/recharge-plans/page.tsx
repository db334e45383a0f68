import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CreditCard, Plus } from "@medusajs/icons"
import {
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
import { Field } from "../../components/common/field"
import { ErrorState } from "../../components/common/page-states"
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

const PAGE_SIZE = 20
const ALL = "__all"
const columnHelper = createDataTableColumnHelper<RechargePlan>()

const RechargePlansPage = () => {
  const navigate = useNavigate()
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })
  const [currency, setCurrency] = useState("")
  const [active, setActive] = useState<"" | "true" | "false">("")
  const [creating, setCreating] = useState(false)
  const currencies = useStoreCurrencies()
  const { data, isLoading, error, refetch } = useRechargePlans({
    currency_code: currency || undefined,
    is_active: active ? active === "true" : undefined,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  })

  const columns = useMemo(
    () => [
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
          Number(row.original.bonus_value)
            ? describeValidity(row.original.bonus_validity_days)
            : "—",
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
    ],
    []
  )

  const table = useDataTable({
    columns,
    data: data?.recharge_plans ?? [],
    rowCount: data?.count ?? 0,
    getRowId: (row) => row.id,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_, row) => navigate(`/recharge-plans/${row.id}`),
  })

  const resetPage = () => setPagination((current) => ({ ...current, pageIndex: 0 }))

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <Heading>Recharge plans</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Top-up offers set by headquarters: pay an amount, get it as principal plus a bonus.
              Each is sold online as a product; new terms apply to future top-ups only.
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <Select
              size="small"
              value={currency || ALL}
              onValueChange={(value) => {
                setCurrency(value === ALL ? "" : value)
                resetPage()
              }}
            >
              <Select.Trigger className="w-[140px]" aria-label="Currency">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL}>All currencies</Select.Item>
                {(currencies.data ?? []).map((entry) => (
                  <Select.Item key={entry.code} value={entry.code}>
                    {entry.code.toUpperCase()}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            <Select
              size="small"
              value={active || ALL}
              onValueChange={(value) => {
                setActive(value === ALL ? "" : (value as "true" | "false"))
                resetPage()
              }}
            >
              <Select.Trigger className="w-[130px]" aria-label="Active">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL}>Any status</Select.Item>
                <Select.Item value="true">Active</Select.Item>
                <Select.Item value="false">Inactive</Select.Item>
              </Select.Content>
            </Select>
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
                heading: "No recharge plans yet",
                description: "Create one, e.g. pay 1,000 and get 1,200.",
              },
              filtered: { heading: "No plan matches", description: "Try other filters." },
            }}
          />
        )}
        <DataTable.Pagination />
      </DataTable>
      <CreatePlanModal
        open={creating}
        onOpenChange={setCreating}
        onCreated={(plan) => navigate(`/recharge-plans/${plan.id}`)}
      />
    </Container>
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
            Create plan
          </Button>
        </FocusModal.Header>
        <FocusModal.Body className="overflow-y-auto">
          <div className="mx-auto flex w-full max-w-[720px] flex-col gap-y-8 px-6 py-8">
            <div>
              <FocusModal.Title asChild>
                <Heading level="h1">Create recharge plan</Heading>
              </FocusModal.Title>
              <FocusModal.Description asChild>
                <Text size="small" className="text-ui-fg-subtle">
                  The plan is sold online as a new product at the pay amount, and offered at the
                  counter when topping up.
                </Text>
              </FocusModal.Description>
            </div>
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
          </div>
        </FocusModal.Body>
      </FocusModal.Content>
    </FocusModal>
  )
}

export const config = defineRouteConfig({
  label: "Recharge plans",
  icon: CreditCard,
  rank: 6,
})

export default RechargePlansPage
