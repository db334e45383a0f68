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
  Select,
  StatusBadge,
  Text,
  createDataTableColumnHelper,
  toast,
} from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { CheckboxList } from "../../components/common/checkbox-list"
import { Field } from "../../components/common/field"
import { CreatePage } from "../../components/layout/create-page"
import { ListPage, useListPagination } from "../../components/layout/list-page"
import {
  ServiceFields,
  type ServiceFormErrors,
  describeTiming,
  emptyServiceValues,
  formatPrice,
  serviceValuesToPayload,
  validateService,
} from "../../components/salon-services/service-form"
import {
  useSalesChannels,
  useStoreCurrencies,
  useVariantSearch,
} from "../../hooks/api/core-resources"
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
      <div className="flex flex-col">
        <span className="txt-small-plus text-ui-fg-base">{row.original.name}</span>
        <span className="txt-xsmall text-ui-fg-subtle">
          {row.original.category ?? "No category"}
        </span>
      </div>
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
        <StatusBadge color={row.original.is_active ? "green" : "grey"}>
          {row.original.is_active ? "Active" : "Inactive"}
        </StatusBadge>
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
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const pagination = useListPagination()
  const [creating, setCreating] = useState(false)
  const { data, isLoading, error, refetch } = useSalonServices({
    q: search || undefined,
    limit: pagination.limit,
    offset: pagination.offset,
  })

  return (
    <ListPage
      title="Salon services"
      subtitle="What customers book. Each is sold as a product variant, so carts and promotions treat it like any product."
      onCreate={() => setCreating(true)}
      search={{ value: search, onChange: setSearch, placeholder: "Search by name" }}
      columns={columns}
      rows={data?.salon_services ?? []}
      count={data?.count ?? 0}
      isLoading={isLoading}
      error={error}
      onRetry={() => refetch()}
      pagination={pagination}
      rowHref={(row) => `/salon-services/${row.id}`}
      emptyState={{
        empty: {
          heading: "No salon services yet",
          description: "Create the services customers can book.",
        },
        filtered: { heading: "No service matches", description: "Try another name." },
      }}
    >
      <CreateSalonServiceModal
        open={creating}
        onOpenChange={setCreating}
        onCreated={(service) => navigate(`/salon-services/${service.id}`)}
      />
    </ListPage>
  )
}

type PriceRow = { currency_code: string; amount: string }
type Pricing = "prices" | "variant"

const CreateSalonServiceModal = ({
  open,
  onOpenChange,
  onCreated,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  onCreated: (service: SalonService) => void
}) => {
  const [values, setValues] = useState(emptyServiceValues)
  const [errors, setErrors] = useState<ServiceFormErrors>({})
  const [pricing, setPricing] = useState<Pricing>("prices")
  const [prices, setPrices] = useState<PriceRow[]>([])
  const [salesChannelIds, setSalesChannelIds] = useState<string[]>([])
  const [variant, setVariant] = useState<{ id: string; label: string } | null>(null)
  const [staffIds, setStaffIds] = useState<string[]>([])
  const [pricingError, setPricingError] = useState<string | null>(null)
  const currencies = useStoreCurrencies()
  const salesChannels = useSalesChannels()
  const staff = useStaffMembers({ is_active: true, limit: 200 }, { enabled: open })
  const create = useCreateSalonService()
  const currencyOptions = currencies.data ?? []
  // Start with one row in the store's default currency.
  const rows: PriceRow[] = prices.length
    ? prices
    : [
        {
          currency_code:
            currencyOptions.find((currency) => currency.is_default)?.code ??
            currencyOptions[0]?.code ??
            "",
          amount: "",
        },
      ]

  const reset = () => {
    setValues(emptyServiceValues)
    setErrors({})
    setPricing("prices")
    setPrices([])
    setSalesChannelIds([])
    setVariant(null)
    setStaffIds([])
    setPricingError(null)
  }

  const submit = () => {
    const found = validateService(values)
    setErrors(found)
    let priceError: string | null = null
    if (pricing === "variant" && !variant) priceError = "Choose the product variant to sell it as"
    if (pricing === "prices") {
      if (rows.some((row) => !row.currency_code)) priceError = "Choose a currency for every price"
      else if (rows.some((row) => row.amount.trim() === "" || !(Number(row.amount) >= 0)))
        priceError = "Every price needs an amount of 0 or more"
      else if (new Set(rows.map((row) => row.currency_code)).size !== rows.length)
        priceError = "One price per currency"
    }
    setPricingError(priceError)
    if (Object.keys(found).length || priceError) return
    const base = {
      ...serviceValuesToPayload(values),
      name: values.name.trim(),
      duration_minutes: Number(values.duration_minutes),
      staff_member_ids: staffIds,
    }
    create.mutate(
      pricing === "variant"
        ? { ...base, variant_id: variant!.id }
        : {
            ...base,
            prices: rows.map((row) => ({
              currency_code: row.currency_code,
              amount: Number(row.amount),
            })),
            sales_channel_ids: salesChannelIds.length ? salesChannelIds : undefined,
          },
      {
        onSuccess: ({ salon_service }) => {
          toast.success(`${salon_service.name} created`)
          onOpenChange(false)
          reset()
          onCreated(salon_service)
        },
        onError: (error) =>
          toast.error("Could not create the service", { description: errorMessage(error) }),
      }
    )
  }

  return (
    <CreatePage
      open={open}
      onOpenChange={onOpenChange}
      onReset={reset}
      title="Create salon service"
      description="Timing decides who and what is busy: the staff member during the duration and turnover, the room for all of it."
      submitLabel="Create service"
      isSubmitting={create.isPending}
      onSubmit={submit}
    >
      <ServiceFields values={values} onChange={setValues} errors={errors} />

      <div className="flex flex-col gap-y-3">
        <Heading level="h2">Price</Heading>
        <RadioGroup
          value={pricing}
          onValueChange={(value) => setPricing(value as Pricing)}
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
        {pricing === "prices" ? (
          <div className="flex flex-col gap-y-3 rounded-lg border p-4">
            {rows.map((row, index) => (
              <div key={index} className="grid grid-cols-[160px_1fr_auto] items-end gap-x-2">
                <Field label={index === 0 ? "Currency" : ""}>
                  <Select
                    size="small"
                    value={row.currency_code}
                    onValueChange={(value) =>
                      setPrices(
                        rows.map((r, i) => (i === index ? { ...r, currency_code: value } : r))
                      )
                    }
                  >
                    <Select.Trigger>
                      <Select.Value placeholder="Currency" />
                    </Select.Trigger>
                    <Select.Content>
                      {currencyOptions.map((currency) => (
                        <Select.Item key={currency.code} value={currency.code}>
                          {currency.code.toUpperCase()}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
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
                    onChange={(event) =>
                      setPrices(
                        rows.map((r, i) => (i === index ? { ...r, amount: event.target.value } : r))
                      )
                    }
                  />
                </Field>
                <IconButton
                  size="small"
                  variant="transparent"
                  aria-label="Remove price"
                  disabled={rows.length === 1}
                  onClick={() => setPrices(rows.filter((_, i) => i !== index))}
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
                  setPrices([
                    ...rows,
                    {
                      currency_code:
                        currencyOptions.find(
                          (currency) => !rows.some((row) => row.currency_code === currency.code)
                        )?.code ?? "",
                      amount: "",
                    },
                  ])
                }
              >
                <Plus />
                Add a price in another currency
              </Button>
            </div>
            <Field
              label="Sales channels"
              optional
              hint="Where the new product is sold; with none it is in no sales channel"
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
        ) : (
          <VariantPicker value={variant} onChange={setVariant} />
        )}
        {pricingError && (
          <Text size="small" className="text-ui-fg-error">
            {pricingError}
          </Text>
        )}
      </div>

      <div className="flex flex-col gap-y-2">
        <Heading level="h2">Qualified staff</Heading>
        <CheckboxList
          options={(staff.data?.staff_members ?? []).map((member) => ({
            value: member.id,
            label: member.name,
            description: member.level,
          }))}
          value={staffIds}
          onChange={setStaffIds}
          emptyText="No staff members yet; qualify them later."
        />
      </div>
    </CreatePage>
  )
}

const VariantPicker = ({
  value,
  onChange,
}: {
  value: { id: string; label: string } | null
  onChange: (value: { id: string; label: string } | null) => void
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
        {search.isLoading && (
          <Text size="small" className="text-ui-fg-subtle px-1 py-1">
            Searching…
          </Text>
        )}
        {search.error && (
          <Text size="small" className="text-ui-fg-error">
            {errorMessage(search.error)}
          </Text>
        )}
        {!search.isLoading && !variants.length && (
          <Text size="small" className="text-ui-fg-subtle px-1 py-1">
            No variant matches.
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
