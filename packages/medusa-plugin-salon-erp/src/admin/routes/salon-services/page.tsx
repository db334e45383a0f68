import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Plus, Sparkles, Trash } from "@medusajs/icons"
import {
  Badge,
  Button,
  Heading,
  IconButton,
  Input,
  RadioGroup,
  Label,
  Text,
  createDataTableColumnHelper,
} from "@medusajs/ui"
import { useState } from "react"
import { Field } from "../../components/common/field"
import { ActiveStatus } from "../../components/forms/active-badge"
import { CheckboxGroup } from "../../components/forms/checkbox-group"
import { OptionSelect } from "../../components/forms/option-select"
import { SalesChannelsField } from "../../components/forms/sales-channels-field"
import { SearchStatus } from "../../components/forms/search-status"
import {
  type CreateModalProps,
  CreatePage,
  useCreateForm,
} from "../../components/layout/create-page"
import { ListPage, NameCell, useListPagination } from "../../components/layout/list-page"
import {
  ServiceFields,
  describeTiming,
  emptyServiceValues,
  formatPrice,
  serviceValuesToPayload,
  validateService,
} from "../../components/salon-services/service-form"
import { useStoreCurrencies, useVariantSearch } from "../../hooks/api/core-resources"
import { useCreateSalonService, useSalonServices } from "../../hooks/api/salon-services"
import { useStaffMembers } from "../../hooks/api/staff-members"
import { errorMessage } from "../../lib/errors"
import type { SalonService } from "../../../types/booking/http"
import { useDebouncedValue } from "../../lib/use-debounced-value"

const columnHelper = createDataTableColumnHelper<SalonService>()

const columns = [
  columnHelper.accessor("name", {
    header: "Service",
    cell: ({ row }) => (
      <NameCell name={row.original.name} detail={row.original.category ?? "No category"} />
    ),
  }),
  columnHelper.display({
    id: "timing",
    header: "Time",
    cell: ({ row }) => describeTiming(row.original),
  }),
  columnHelper.accessor("room_type", {
    header: "Room type",
    cell: ({ row }) => row.original.room_type?.replace(/_/g, " ") ?? "—",
  }),
  columnHelper.display({
    id: "price",
    header: "Price",
    cell: ({ row }) =>
      (row.original.product_variant?.prices ?? []).map(formatPrice).join(" · ") || "—",
  }),
  columnHelper.display({
    id: "staff",
    header: "Qualified staff",
    cell: ({ row }) => {
      const names = (row.original.staff_services ?? [])
        .map((link) => link?.staff_member?.name)
        .filter(Boolean)
      return (
        <span className="txt-small text-ui-fg-subtle" title={names.join(", ")}>
          {names.length ? names.join(", ") : "Nobody yet"}
        </span>
      )
    },
  }),
  columnHelper.display({
    id: "status",
    header: "Status",
    cell: ({ row }) => (
      <div className="flex items-center gap-x-1.5">
        <ActiveStatus active={row.original.is_active} />
        {row.original.is_bookable_online && (
          <Badge size="2xsmall" color="blue">
            Online
          </Badge>
        )}
      </div>
    ),
  }),
]

const SalonServicesPage = () => {
  const [search, setSearch] = useState("")
  const pagination = useListPagination()
  const list = useSalonServices({
    q: search || undefined,
    limit: pagination.limit,
    offset: pagination.offset,
  })

  return (
    <ListPage
      title="Salon services"
      subtitle="What customers book. Each is sold as a product variant, so carts and promotions treat it like any product."
      create={(modal) => <CreateSalonServiceModal {...modal} />}
      search={{ value: search, onChange: setSearch, placeholder: "Search by name" }}
      columns={columns}
      query={list}
      rows={list.data?.salon_services}
      count={list.data?.count}
      pagination={pagination}
      rowHref={(row) => `/salon-services/${row.id}`}
      emptyState={{
        empty: {
          heading: "No salon services yet",
          description: "Create the services customers can book.",
        },
        filtered: { heading: "No service matches", description: "Try another name." },
      }}
    />
  )
}

type PriceRow = { currency_code: string; amount: string }
type Variant = { id: string; label: string }

/** Why the prices cannot be sent, if they cannot. */
const priceRowsError = (rows: PriceRow[]) => {
  if (rows.some((row) => !row.currency_code)) return "Choose a currency for every price"
  if (rows.some((row) => row.amount.trim() === "" || !(Number(row.amount) >= 0)))
    return "Every price needs an amount of 0 or more"
  if (new Set(rows.map((row) => row.currency_code)).size !== rows.length)
    return "One price per currency"
  return undefined
}

const CreateSalonServiceModal = (props: CreateModalProps<SalonService>) => {
  const form = useCreateForm(props, {
    ...emptyServiceValues,
    pricing: "prices" as "prices" | "variant",
    prices: [] as PriceRow[],
    sales_channel_ids: [] as string[],
    variant: null as Variant | null,
    staff_member_ids: [] as string[],
  })
  const { values } = form
  const currencies = useStoreCurrencies()
  const staff = useStaffMembers({ is_active: true, limit: 200 }, { enabled: props.open })
  const create = useCreateSalonService()
  const currencyOptions = currencies.data ?? []
  const change = (next: Partial<typeof values>) => form.setValues({ ...values, ...next })
  // Start with one row in the store's default currency.
  const rows: PriceRow[] = values.prices.length
    ? values.prices
    : [
        {
          currency_code:
            currencyOptions.find((currency) => currency.is_default)?.code ??
            currencyOptions[0]?.code ??
            "",
          amount: "",
        },
      ]
  const setRow = (index: number, row: Partial<PriceRow>) =>
    change({ prices: rows.map((r, i) => (i === index ? { ...r, ...row } : r)) })

  const submit = () => {
    const pricingError =
      values.pricing === "variant"
        ? values.variant
          ? undefined
          : "Choose the product variant to sell it as"
        : priceRowsError(rows)
    const found = validateService(values)
    if (!form.check(pricingError ? { ...found, prices: pricingError } : found)) return
    const base = {
      ...serviceValuesToPayload(values),
      name: values.name.trim(),
      duration_minutes: Number(values.duration_minutes),
      staff_member_ids: values.staff_member_ids,
    }
    create.mutate(
      values.pricing === "variant"
        ? { ...base, variant_id: values.variant!.id }
        : {
            ...base,
            prices: rows.map((row) => ({
              currency_code: row.currency_code,
              amount: Number(row.amount),
            })),
            sales_channel_ids: values.sales_channel_ids.length
              ? values.sales_channel_ids
              : undefined,
          },
      form.created(
        ({ salon_service }) => salon_service,
        (service) => `${service.name} created`,
        "Could not create the service"
      )
    )
  }

  return (
    <CreatePage
      {...form.page}
      title="Create salon service"
      description="Timing decides who and what is busy: the staff member during the duration and turnover, the room for all of it."
      submitLabel="Create service"
      isSubmitting={create.isPending}
      onSubmit={submit}
    >
      <ServiceFields values={values} onChange={change} errors={form.errors} />

      <div className="flex flex-col gap-y-3">
        <Heading level="h2">Price</Heading>
        <RadioGroup
          value={values.pricing}
          onValueChange={(value) => change({ pricing: value as "prices" | "variant" })}
          className="flex flex-col gap-y-2"
        >
          <div className="flex items-center gap-x-2">
            <RadioGroup.Item value="prices" id="pricing-prices" />
            <Label htmlFor="pricing-prices" size="small">
              Create a product for it with these prices
            </Label>
          </div>
          <div className="flex items-center gap-x-2">
            <RadioGroup.Item value="variant" id="pricing-variant" />
            <Label htmlFor="pricing-variant" size="small">
              Sell it as an existing product variant
            </Label>
          </div>
        </RadioGroup>
        {values.pricing === "prices" ? (
          <div className="flex flex-col gap-y-3 rounded-lg border p-4">
            {rows.map((row, index) => (
              <div key={index} className="grid grid-cols-[160px_1fr_auto] items-end gap-x-2">
                <Field label={index === 0 ? "Currency" : ""}>
                  <OptionSelect
                    value={row.currency_code}
                    onValueChange={(value) => setRow(index, { currency_code: value })}
                    placeholder="Currency"
                    options={currencyOptions.map((currency) => ({
                      value: currency.code,
                      label: currency.code.toUpperCase(),
                    }))}
                  />
                </Field>
                <Field label={index === 0 ? "Amount" : ""}>
                  <Input
                    size="small"
                    type="number"
                    min={0}
                    step="0.01"
                    aria-label="Amount"
                    value={row.amount}
                    placeholder="480"
                    onChange={(event) => setRow(index, { amount: event.target.value })}
                  />
                </Field>
                <IconButton
                  size="small"
                  variant="transparent"
                  aria-label="Remove price"
                  disabled={rows.length === 1}
                  onClick={() => change({ prices: rows.filter((_, i) => i !== index) })}
                >
                  <Trash />
                </IconButton>
              </div>
            ))}
            <div>
              <Button
                size="small"
                variant="transparent"
                disabled={rows.length >= currencyOptions.length}
                onClick={() =>
                  change({
                    prices: [
                      ...rows,
                      {
                        currency_code:
                          currencyOptions.find(
                            (currency) => !rows.some((row) => row.currency_code === currency.code)
                          )?.code ?? "",
                        amount: "",
                      },
                    ],
                  })
                }
              >
                <Plus />
                Add a price in another currency
              </Button>
            </div>
            <SalesChannelsField
              hint="Where the new product is sold; with none it is in no sales channel"
              value={values.sales_channel_ids}
              onChange={(sales_channel_ids) => change({ sales_channel_ids })}
            />
          </div>
        ) : (
          <VariantPicker value={values.variant} onChange={(variant) => change({ variant })} />
        )}
        {form.errors.prices && (
          <Text size="small" className="text-ui-fg-error">
            {form.errors.prices}
          </Text>
        )}
      </div>

      <CheckboxGroup
        title="Qualified staff"
        level="h2"
        options={(staff.data?.staff_members ?? []).map((member) => ({
          value: member.id,
          label: member.name,
          description: member.level,
        }))}
        value={values.staff_member_ids}
        onChange={(staff_member_ids) => change({ staff_member_ids })}
        emptyText="No staff members yet; qualify them later."
      />
    </CreatePage>
  )
}

const VariantPicker = ({
  value,
  onChange,
}: {
  value: Variant | null
  onChange: (value: Variant | null) => void
}) => {
  const [q, setQ] = useState("")
  const debounced = useDebouncedValue(q.trim())
  const search = useVariantSearch(debounced, !value)

  if (value) {
    return (
      <div className="bg-ui-bg-subtle flex items-center justify-between rounded-md border px-3 py-2">
        <Text size="small" weight="plus">
          {value.label}
        </Text>
        <Button size="small" variant="transparent" onClick={() => onChange(null)}>
          Change
        </Button>
      </div>
    )
  }
  const variants = search.data?.variants ?? []
  return (
    <div className="flex flex-col gap-y-2 rounded-lg border p-4">
      <Input
        size="small"
        type="search"
        placeholder="Search products by title or SKU"
        value={q}
        onChange={(event) => setQ(event.target.value)}
      />
      <div className="max-h-56 overflow-y-auto">
        <SearchStatus
          isLoading={search.isLoading}
          empty={!variants.length}
          emptyText="No variant matches."
        />
        {search.error && (
          <Text size="small" className="text-ui-fg-error">
            {errorMessage(search.error)}
          </Text>
        )}
        {variants.map((variant) => {
          const label = `${variant.product?.title ?? "Product"} · ${variant.title ?? "Default"}${variant.sku ? ` (${variant.sku})` : ""}`
          return (
            <button
              key={variant.id}
              type="button"
              className="hover:bg-ui-bg-base-hover txt-small w-full rounded px-2 py-1.5 text-left"
              onClick={() => onChange({ id: variant.id, label })}
            >
              {label}
            </button>
          )
        })}
      </div>
      <Text size="xsmall" className="text-ui-fg-muted">
        A variant can back only one salon service.
      </Text>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Salon services",
  icon: Sparkles,
  rank: 4,
})

export default SalonServicesPage
