import { Plus, Trash } from "@medusajs/icons"
import { Badge, Button, Container, IconButton, Input, Kbd, Select, Text } from "@medusajs/ui"
import { type KeyboardEvent, type RefObject, useState } from "react"
import { EmptyState } from "../../../../components/common/page-states"
import { SectionHeader } from "../../../../components/common/section-header"
import { AmountInput, StaffSelect } from "../../../../components/stored-value/form-fields"
import type { ServicePackage } from "../../../../hooks/api/service-packages"
import { errorMessage } from "../../../../lib/errors"
import { formatMoney } from "../../../../lib/stored-value"
import { useDebouncedValue } from "../../../../lib/use-debounced-value"
import { type CartLine, lineAmount } from "./cart"
import { type CatalogVariant, fetchVariants, type SellableKind, useVariantSearch } from "./catalog"
import { packagesCovering } from "./client-panel"
import { LINE_TYPE_LABELS } from "./sale-format"

import { moveActive, SearchResults } from "../../../../components/common/search-flyout"

// Radix Select cannot hold an empty value.
const PRICE = "__price"

export const variantLabel = (variant: CatalogVariant) =>
  [
    variant.product?.title,
    variant.title && variant.title !== "Default variant" ? variant.title : null,
  ]
    .filter(Boolean)
    .join(" · ") ||
  variant.sku ||
  variant.id

/** The bill: what is sold, by whom, at what price. */
export const LinesPanel = ({
  lines,
  currency,
  branchId,
  packages,
  sellables,
  problems,
  scanRef,
  onAddVariant,
  onAddSellable,
  onAddTip,
  onChange,
  onRemove,
}: {
  lines: CartLine[]
  currency: string
  branchId: string
  /** The client's usable packages (for service lines). */
  packages: ServicePackage[]
  sellables: SellableKind[]
  problems: Record<string, string>
  scanRef: RefObject<HTMLInputElement>
  onAddVariant: (variant: CatalogVariant) => void
  onAddSellable: (sellable: SellableKind) => void
  onAddTip: () => void
  onChange: (key: string, patch: Partial<CartLine>) => void
  onRemove: (key: string) => void
}) => (
  <Container className="divide-y p-0">
    <SectionHeader
      title="Bill"
      description={
        <span>
          Scan or search products <Kbd>F3</Kbd> · Enter adds
        </span>
      }
      actions={
        <>
          <SellableSelect sellables={sellables} onPick={onAddSellable} />
          <Button size="small" variant="secondary" onClick={onAddTip}>
            <Plus />
            Tip
          </Button>
        </>
      }
    />
    <div className="px-6 py-3">
      <ProductScan currency={currency} inputRef={scanRef} onAdd={onAddVariant} />
    </div>
    {lines.length ? (
      <div className="divide-y">
        {lines.map((line) => (
          <LineRow
            key={line.key}
            line={line}
            currency={currency}
            branchId={branchId}
            packages={packages}
            problem={problems[line.key]}
            onChange={(patch) => onChange(line.key, patch)}
            onRemove={() => onRemove(line.key)}
          />
        ))}
      </div>
    ) : (
      <EmptyState
        title="Nothing on the bill yet"
        description="Add a service from today's appointments, scan a product, or sell a package or top-up."
      />
    )}
  </Container>
)

const SellableSelect = ({
  sellables,
  onPick,
}: {
  sellables: SellableKind[]
  onPick: (sellable: SellableKind) => void
}) => {
  // Reset after each pick so the same package can be chosen again.
  const [session, setSession] = useState(0)
  if (!sellables.length) return null
  return (
    <Select
      key={session}
      size="small"
      onValueChange={(variantId) => {
        const picked = sellables.find((s) => s.variant_id === variantId)
        if (picked) onPick(picked)
        setSession((n) => n + 1)
      }}
    >
      <Select.Trigger className="w-[200px]" aria-label="Sell a package or a top-up">
        <Select.Value placeholder="Package or top-up…" />
      </Select.Trigger>
      <Select.Content>
        {(["package", "top_up"] as const).map((type) =>
          sellables
            .filter((s) => s.type === type)
            .map((s) => (
              <Select.Item key={s.variant_id} value={s.variant_id}>
                {LINE_TYPE_LABELS[type]}: {s.name}
              </Select.Item>
            ))
        )}
      </Select.Content>
    </Select>
  )
}

/**
 * One box for a barcode scanner and a typed search: a scanner types the code and Enter, which
 * adds the variant whose SKU or barcode is exactly that; typing shows matches to pick from.
 */
const ProductScan = ({
  currency,
  inputRef,
  onAdd,
}: {
  currency: string
  inputRef: RefObject<HTMLInputElement>
  onAdd: (variant: CatalogVariant) => void
}) => {
  const [q, setQ] = useState("")
  const [active, setActive] = useState(0)
  const [open, setOpen] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const [looking, setLooking] = useState(false)
  const debounced = useDebouncedValue(q.trim(), 250)
  const search = useVariantSearch(debounced)
  const results = debounced ? (search.data?.variants ?? []) : []

  const add = (variant: CatalogVariant) => {
    onAdd(variant)
    setQ("")
    setOpen(false)
    setActive(0)
    setMessage(null)
  }

  const onKeyDown = async (event: KeyboardEvent<HTMLInputElement>) => {
    if (moveActive(event, results.length, setActive)) return
    if (event.key === "Escape") {
      setOpen(false)
      return
    }
    if (event.key !== "Enter") return
    event.preventDefault()
    const code = q.trim()
    if (!code || looking) return
    // The list on screen is for what was typed: pick from it.
    if (debounced === code && results.length && open) {
      const exact = results.find(
        (v) => v.sku?.toLowerCase() === code.toLowerCase() || v.barcode === code
      )
      add(exact ?? results[Math.min(active, results.length - 1)])
      return
    }
    // A scanner is faster than the debounce: look the code up now.
    setLooking(true)
    try {
      const { variants } = await fetchVariants(code, 10)
      const exact = variants.find(
        (v) => v.sku?.toLowerCase() === code.toLowerCase() || v.barcode === code
      )
      if (exact) add(exact)
      else if (variants.length === 1) add(variants[0])
      else if (!variants.length) setMessage(`No product matches "${code}"`)
      else setOpen(true)
    } catch (error) {
      setMessage(errorMessage(error))
    } finally {
      setLooking(false)
    }
  }

  return (
    <div className="relative">
      <Input
        ref={inputRef}
        size="small"
        type="search"
        aria-label="Scan or search a product"
        placeholder="Scan a barcode, or search a product by name or SKU"
        value={q}
        onChange={(event) => {
          setQ(event.target.value)
          setActive(0)
          setOpen(true)
          setMessage(null)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {message && (
        <Text size="xsmall" className="text-ui-fg-error mt-1">
          {message}
        </Text>
      )}
      {open && debounced && (
        <SearchResults
          className="left-0 right-0 max-h-80"
          itemClassName="items-center justify-between gap-x-3"
          items={results}
          getKey={(variant) => variant.id}
          isLoading={search.isLoading}
          emptyText="No product matches."
          active={active}
          onActive={setActive}
          onChoose={(variant) => add(variant)}
          renderItem={(variant) => {
            const price = variant.prices?.find(
              (p) => p.currency_code?.toLowerCase() === currency.toLowerCase()
            )
            return (
              <>
                <span className="flex min-w-0 flex-col">
                  <span className="txt-small-plus truncate">{variantLabel(variant)}</span>
                  <span className="txt-xsmall text-ui-fg-subtle">
                    {[variant.sku && `SKU ${variant.sku}`, variant.barcode]
                      .filter(Boolean)
                      .join(" · ") || "No SKU"}
                  </span>
                </span>
                <span className="txt-small tabular-nums">
                  {price ? formatMoney(price.amount, currency) : "No price"}
                </span>
              </>
            )
          }}
        />
      )}
    </div>
  )
}

const LineRow = ({
  line,
  currency,
  branchId,
  packages,
  problem,
  onChange,
  onRemove,
}: {
  line: CartLine
  currency: string
  branchId: string
  packages: ServicePackage[]
  problem?: string
  onChange: (patch: Partial<CartLine>) => void
  onRemove: () => void
}) => {
  const amount = lineAmount(line, currency)
  const covering = line.type === "service" ? packagesCovering(packages, line.salon_service_id) : []
  return (
    <div className="flex flex-col gap-y-2 px-6 py-3" data-line={line.key}>
      <div className="flex items-start justify-between gap-x-3">
        <div className="flex min-w-0 flex-col">
          <div className="flex items-center gap-x-2">
            <Badge size="2xsmall">{LINE_TYPE_LABELS[line.type]}</Badge>
            <Text size="small" weight="plus" className="truncate">
              {line.title}
            </Text>
          </div>
          {line.type === "service" && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              Technician: {line.performer_name ?? "unassigned"}
              {line.is_designated ? " · designated" : ""}
            </Text>
          )}
          {line.type === "product" && line.subtitle && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {line.subtitle}
            </Text>
          )}
        </div>
        <div className="flex items-center gap-x-2">
          <Text size="small" weight="plus" className="tabular-nums">
            {formatMoney(amount, currency)}
          </Text>
          <IconButton
            size="small"
            variant="transparent"
            aria-label="Remove line"
            onClick={onRemove}
          >
            <Trash />
          </IconButton>
        </div>
      </div>
      <div className="grid grid-cols-3 gap-2">
        {line.type === "service" && (
          <>
            <Select
              size="small"
              value={line.package_id || PRICE}
              onValueChange={(value) =>
                onChange({ package_id: value === PRICE ? "" : value, package_auto: false })
              }
            >
              <Select.Trigger aria-label="How the service is paid" className="[&>span]:truncate">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={PRICE}>Pay the price</Select.Item>
                {covering.map((pkg) => {
                  const item = pkg.items.find((i) => i.salon_service_id === line.salon_service_id)
                  return (
                    <Select.Item key={pkg.id} value={pkg.id}>
                      Session of {pkg.name} ({item?.remaining ?? 0} left)
                    </Select.Item>
                  )
                })}
              </Select.Content>
            </Select>
            {line.package_id ? (
              <Text size="small" className="text-ui-fg-subtle self-center">
                Paid with a session
              </Text>
            ) : (
              <AmountInput
                currency={currency}
                value={line.unit_price}
                onChange={(unit_price) => onChange({ unit_price })}
                invalid={!!problem}
              />
            )}
          </>
        )}
        {line.type === "product" && (
          <>
            <Input
              size="small"
              type="number"
              min={1}
              step={1}
              aria-label="Quantity"
              value={String(line.quantity)}
              onChange={(event) => onChange({ quantity: Number(event.target.value) })}
            />
            <AmountInput
              currency={currency}
              value={line.unit_price}
              onChange={(unit_price) => onChange({ unit_price })}
              invalid={!!problem}
            />
          </>
        )}
        {(line.type === "package" || line.type === "top_up") && (
          <>
            <Input
              size="small"
              type="number"
              min={1}
              step={1}
              aria-label="Quantity"
              value={String(line.quantity)}
              onChange={(event) => onChange({ quantity: Number(event.target.value) })}
            />
            <Text size="small" className="text-ui-fg-subtle self-center tabular-nums">
              {line.list_price != null ? `${formatMoney(line.list_price, currency)} each` : "—"}
            </Text>
          </>
        )}
        {line.type === "tip" && (
          <>
            <Text size="small" className="text-ui-fg-subtle self-center">
              Tip for
            </Text>
            <AmountInput
              currency={currency}
              value={line.amount}
              onChange={(value) => onChange({ amount: value })}
              invalid={!!problem}
            />
          </>
        )}
        <StaffSelect
          branchId={branchId}
          value={line.staff_member_id}
          onChange={(staff_member_id) => onChange({ staff_member_id })}
          noneLabel={line.type === "tip" ? "Choose staff…" : "No seller"}
        />
      </div>
      {problem && (
        <Text size="xsmall" className="text-ui-fg-error">
          {problem}
        </Text>
      )}
    </div>
  )
}
