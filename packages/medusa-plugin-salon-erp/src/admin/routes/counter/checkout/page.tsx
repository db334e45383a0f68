import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowLeft } from "@medusajs/icons"
import { Button, Container, Kbd, toast } from "@medusajs/ui"
import type { FetchError } from "@medusajs/js-sdk"
import { useCallback, useEffect, useMemo, useRef, useState } from "react"
import { Link, useNavigate, useSearchParams } from "react-router-dom"
import type { CounterTenderKind } from "../../../../types/counter/sales"
import { PageState } from "../../../components/common/page-states"
import { SectionHeader } from "../../../components/common/section-header"
import { useBranch } from "../../../hooks/api/branches"
import { useCounterRegister, useCounterShift } from "../../../hooks/api/counter"
import { useCreateCounterSale } from "../../../hooks/api/counter-sales"
import { errorMessage } from "../../../lib/errors"
import { newIdempotencyKey } from "../../../lib/idempotency"
import { customerName, formatMoney } from "../../../lib/stored-value"
import { todayIn } from "../../../lib/time"
import type { Appointment, AppointmentItem } from "../../../../types/booking/http"
import { useCounterNames } from "../components/shared"
import {
  buildSaleRequest,
  type CartDiscount,
  type CartLine,
  type CartTender,
  cartProblems,
  cartTotals,
  newRowKey,
  variantPrice,
} from "./components/cart"
import {
  type CatalogVariant,
  type SellableKind,
  useSellables,
  useVariantPrices,
} from "./components/catalog"
import {
  type ChosenClient,
  ClientPanel,
  packagesCovering,
  useClientBalance,
  useClientPackages,
} from "./components/client-panel"
import { LinesPanel, variantLabel } from "./components/lines-panel"
import { saleTitle } from "./components/sale-format"
import { ShiftPicker } from "./components/shift-picker"
import { TendersPanel } from "./components/tenders-panel"

/** The key of one checkout attempt: kept across retries, replaced once the server said no. */
const saleKey = () => newIdempotencyKey("admin-counter-sale")

/**
 * A 4xx refusing the sale: the server rolled the attempt back (nothing moved), so the next
 * attempt, usually with a changed bill, takes a new key (the old one stays tied to the refused
 * request). A network error, a 5xx, a sale still being submitted or a key problem keeps the key:
 * the first attempt may have gone through, and the same key makes sure it is not rung up twice.
 */
const isDefinitiveRejection = (error: unknown) => {
  const status = (error as FetchError | null)?.status ?? 0
  if (status < 400 || status >= 500 || status === 429) return false
  return !/idempoten|still being submitted/i.test(errorMessage(error, ""))
}

const CheckoutPage = () => {
  const [searchParams, setSearchParams] = useSearchParams()
  const shiftId = searchParams.get("shift_id") ?? ""
  const pick = (id: string) => setSearchParams({ shift_id: id }, { replace: true })

  if (!shiftId) {
    return <ShiftPicker message="Choose the open shift this sale goes into." onPick={pick} />
  }
  return <CheckoutForShift key={shiftId} shiftId={shiftId} onPickShift={pick} />
}

const CheckoutForShift = ({
  shiftId,
  onPickShift,
}: {
  shiftId: string
  onPickShift: (id: string) => void
}) => {
  const shift = useCounterShift(shiftId)
  const data = shift.data?.counter_shift
  const register = useCounterRegister(data?.register_id ?? "", {
    enabled: !!data?.register_id,
    retry: false,
  })
  const branch = useBranch(data?.branch_id ?? "", { enabled: !!data?.branch_id })

  if (shift.isLoading || shift.error || !data) {
    return (
      <PageState isLoading={shift.isLoading} error={shift.error} onRetry={() => shift.refetch()} />
    )
  }
  if (data.status !== "open") {
    return <ShiftPicker message="That shift is closed: choose an open one." onPick={onPickShift} />
  }
  const timeZone = branch.data?.branch.timezone
  if (branch.isLoading || !timeZone) {
    return (
      <PageState
        isLoading={branch.isLoading}
        error={branch.error ?? new Error("The shift's branch could not be read")}
        onRetry={() => branch.refetch()}
      />
    )
  }
  const reg = register.data?.counter_register
  return (
    <Checkout
      shiftId={data.id}
      branchId={data.branch_id}
      branchName={branch.data?.branch.name ?? ""}
      registerName={reg ? `${reg.name} (${reg.code})` : "Register"}
      currency={data.currency_code}
      timeZone={timeZone}
    />
  )
}

const Checkout = ({
  shiftId,
  branchId,
  branchName,
  registerName,
  currency,
  timeZone,
}: {
  shiftId: string
  branchId: string
  branchName: string
  registerName: string
  currency: string
  timeZone: string
}) => {
  const navigate = useNavigate()
  const names = useCounterNames()
  const today = useMemo(() => todayIn(timeZone), [timeZone])
  const [client, setClient] = useState<ChosenClient | null>(null)
  const [lines, setLines] = useState<CartLine[]>([])
  const [tenders, setTenders] = useState<CartTender[]>([])
  const [promoCodes, setPromoCodes] = useState<string[]>([])
  const [discount, setDiscount] = useState<CartDiscount | null>(null)
  const [submitError, setSubmitError] = useState<string | null>(null)
  const [focusTender, setFocusTender] = useState<string | null>(null)
  const key = useRef(saleKey())
  const busy = useRef(false)

  const clientRef = useRef<HTMLInputElement>(null)
  const scanRef = useRef<HTMLInputElement>(null)
  const tenderRef = useRef<HTMLDivElement>(null)

  const customerId = client?.id ?? ""
  const balance = useClientBalance(customerId, currency)
  const packages = useClientPackages(customerId, branchId)
  const sellables = useSellables(currency)
  const servicePrices = useVariantPrices(
    lines.flatMap((line) => (line.type === "service" && line.variant_id ? [line.variant_id] : [])),
    currency
  )

  // A service's list price arrives after the line was added: fill it in once.
  useEffect(() => {
    setLines((current) => {
      let changed = false
      const next = current.map((line) => {
        if (line.type !== "service" || line.list_price != null || !line.variant_id) return line
        const price = servicePrices.prices.get(line.variant_id)
        if (price == null) return line
        changed = true
        return { ...line, list_price: price, unit_price: line.unit_price || String(price) }
      })
      return changed ? next : current
    })
  }, [servicePrices.prices])

  // A service one of the client's packages covers is paid with a session of it, as the client
  // expects; the cashier can still choose the price or another package on the line.
  const clientPackages = packages.data ? packages.usable : null
  useEffect(() => {
    if (!clientPackages) return
    setLines((current) => {
      let changed = false
      const next = current.map((line) => {
        if (line.type !== "service" || !line.package_auto) return line
        changed = true
        const covering = packagesCovering(clientPackages, line.salon_service_id)
        return {
          ...line,
          package_auto: false,
          package_id: covering.length === 1 ? covering[0].id : line.package_id,
        }
      })
      return changed ? next : current
    })
  }, [clientPackages, lines.length])

  const totals = cartTotals(lines, tenders, discount, currency)
  const problems = cartProblems({
    lines,
    tenders,
    discount,
    currency,
    totals,
    storedValueBalance: balance.balance,
    customerId,
    hasPromo: promoCodes.length > 0,
  })
  const canSubmit =
    !problems.sale.length && !Object.keys(problems.rows).length && !problems.discount

  // Any edit makes the last refusal stale.
  useEffect(() => setSubmitError(null), [lines, tenders, promoCodes, discount, client])

  const chooseClient = (next: ChosenClient | null) => {
    setClient(next)
    // Services belong to the appointment's client: another client's leave the bill.
    const keep = (line: CartLine) =>
      line.type !== "service" || (!!next && line.customer_id === next.id)
    if (!lines.every(keep)) {
      setLines((current) => current.filter(keep))
      toast.info("Services of the previous client were taken off the bill")
    }
    if (!next) setTenders((current) => current.filter((t) => t.kind !== "stored_value"))
  }

  const addService = (appointment: Appointment, item: AppointmentItem) => {
    if (client?.id !== appointment.customer_id) {
      chooseClient({
        id: appointment.customer_id,
        label: customerName(appointment.customer) ?? "Client",
      })
    }
    const known = item.variant_id ? servicePrices.prices.get(item.variant_id) : undefined
    setLines((current) => [
      ...current,
      {
        key: newRowKey("svc"),
        type: "service",
        title: item.service_name,
        appointment_id: appointment.id,
        appointment_item_id: item.id,
        customer_id: appointment.customer_id,
        salon_service_id: item.salon_service_id,
        variant_id: item.variant_id ?? null,
        list_price: known ?? null,
        unit_price: known != null ? String(known) : "",
        performer_id: item.staff_member_id,
        performer_name: item.staff_member?.name ?? null,
        is_designated: item.is_designated,
        staff_member_id: item.staff_member_id ?? "",
        package_id: "",
        package_auto: true,
      },
    ])
  }

  const addVariant = (variant: CatalogVariant) => {
    const sellable = sellables.byVariant.get(variant.id)
    if (sellable) return addSellable(sellable)
    const price = variantPrice(variant.prices, currency)
    setLines((current) => {
      // Scanning the same product again adds one to its line.
      const same = current.find((l) => l.type === "product" && l.variant_id === variant.id)
      if (same && same.type === "product") {
        return current.map((l) => (l === same ? { ...same, quantity: same.quantity + 1 } : l))
      }
      return [
        ...current,
        {
          key: newRowKey("prd"),
          type: "product",
          title: variantLabel(variant),
          subtitle:
            [variant.sku && `SKU ${variant.sku}`, variant.barcode].filter(Boolean).join(" · ") ||
            null,
          variant_id: variant.id,
          list_price: price,
          unit_price: price != null ? String(price) : "",
          quantity: 1,
          staff_member_id: "",
        },
      ]
    })
  }

  const addSellable = (sellable: SellableKind) =>
    setLines((current) => [
      ...current,
      {
        key: newRowKey(sellable.type),
        type: sellable.type,
        title: sellable.name,
        variant_id: sellable.variant_id,
        list_price: sellable.price,
        quantity: 1,
        staff_member_id: "",
      },
    ])

  const addTip = () =>
    setLines((current) => [
      ...current,
      { key: newRowKey("tip"), type: "tip", title: "Tip", amount: "", staff_member_id: "" },
    ])

  const addTender = useCallback(
    (kind: CounterTenderKind) => {
      const open = Math.max(0, totals.remaining)
      const amount =
        kind === "stored_value" && balance.balance != null ? Math.min(open, balance.balance) : open
      const tenderKey = newRowKey("tnd")
      setTenders((current) => [
        ...current,
        { key: tenderKey, kind, amount: amount ? String(amount) : "", tendered: "", reference: "" },
      ])
      setFocusTender(tenderKey)
    },
    [totals.remaining, balance.balance]
  )

  // Cash: the cashier types what was handed over; others: the amount.
  useEffect(() => {
    if (!focusTender) return
    const row = document.querySelector(`[data-tender="${focusTender}"]`)
    const input =
      row?.querySelector<HTMLInputElement>('input[aria-label="Cash handed over"]') ??
      row?.querySelector<HTMLInputElement>("input")
    input?.focus()
    input?.select()
    setFocusTender(null)
  }, [focusTender, tenders])

  const create = useCreateCounterSale()
  const submit = useCallback(() => {
    if (!canSubmit || busy.current) return
    busy.current = true
    setSubmitError(null)
    const body = buildSaleRequest({ shiftId, customerId, lines, tenders, discount, promoCodes })
    create.mutate(
      { ...body, idempotency_key: key.current },
      {
        onSuccess: ({ counter_sale: sale }) => {
          toast.success(`${saleTitle(sale)} completed`, {
            description: `${formatMoney(sale.total, sale.currency_code)}${
              sale.change_given
                ? ` · change ${formatMoney(sale.change_given, sale.currency_code)}`
                : ""
            }`,
          })
          navigate(`/counter/sales/${sale.id}`)
        },
        onError: (error) => {
          setSubmitError(errorMessage(error, "The sale could not be submitted"))
          if (isDefinitiveRejection(error)) key.current = saleKey()
        },
        onSettled: () => {
          busy.current = false
        },
      }
    )
  }, [canSubmit, shiftId, customerId, lines, tenders, discount, promoCodes, create, navigate])

  // F2 client, F3 product, F4 tender, Ctrl/⌘+Enter submit.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "F2") {
        event.preventDefault()
        clientRef.current?.focus()
      } else if (event.key === "F3") {
        event.preventDefault()
        scanRef.current?.focus()
      } else if (event.key === "F4") {
        event.preventDefault()
        const last = tenders[tenders.length - 1]
        if (last) setFocusTender(last.key)
        else addTender("cash")
      } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault()
        submit()
      }
    }
    window.addEventListener("keydown", onKey)
    return () => window.removeEventListener("keydown", onKey)
  }, [tenders, addTender, submit])

  // The cashier starts by finding the client.
  useEffect(() => {
    clientRef.current?.focus()
  }, [])

  const inCart = useMemo(
    () =>
      new Set(lines.flatMap((line) => (line.type === "service" ? [line.appointment_item_id] : []))),
    [lines]
  )

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="p-0">
        <SectionHeader
          level="h1"
          title="Checkout"
          description={`${registerName} · ${branchName || names.branch(branchId)} · ${currency.toUpperCase()}`}
          actions={
            <>
              <span className="txt-compact-xsmall text-ui-fg-subtle hidden items-center gap-x-1 lg:flex">
                <Kbd>F2</Kbd> client <Kbd>F3</Kbd> product <Kbd>F4</Kbd> tender <Kbd>Ctrl</Kbd>+
                <Kbd>Enter</Kbd> submit
              </span>
              <Button size="small" variant="secondary" asChild>
                <Link to={`/counter/shifts/${shiftId}`}>
                  <ArrowLeft />
                  Shift
                </Link>
              </Button>
            </>
          }
        />
      </Container>
      <div className="grid grid-cols-1 items-start gap-3 lg:grid-cols-[minmax(300px,2fr)_5fr]">
        <ClientPanel
          branchId={branchId}
          timeZone={timeZone}
          today={today}
          currency={currency}
          client={client}
          onClientChange={chooseClient}
          searchRef={clientRef}
          inCart={inCart}
          onAddService={addService}
        />
        <div className="grid grid-cols-1 items-start gap-3 2xl:grid-cols-[3fr_2fr]">
          <LinesPanel
            lines={lines}
            currency={currency}
            branchId={branchId}
            packages={packages.usable}
            sellables={sellables.list}
            problems={problems.rows}
            scanRef={scanRef}
            onAddVariant={addVariant}
            onAddSellable={addSellable}
            onAddTip={addTip}
            onChange={(lineKey, patch) =>
              setLines((current) =>
                current.map((line) =>
                  line.key === lineKey ? ({ ...line, ...patch } as CartLine) : line
                )
              )
            }
            onRemove={(lineKey) =>
              setLines((current) => current.filter((line) => line.key !== lineKey))
            }
          />
          <TendersPanel
            currency={currency}
            totals={totals}
            problems={problems}
            tenders={tenders}
            promoCodes={promoCodes}
            discount={discount}
            storedValueBalance={balance.balance}
            isWalkIn={!client}
            tenderRef={tenderRef}
            submitError={submitError}
            isSubmitting={create.isPending}
            onAddTender={addTender}
            onChangeTender={(tenderKey, patch) =>
              setTenders((current) =>
                current.map((t) => (t.key === tenderKey ? { ...t, ...patch } : t))
              )
            }
            onRemoveTender={(tenderKey) =>
              setTenders((current) => current.filter((t) => t.key !== tenderKey))
            }
            onPromoCodes={setPromoCodes}
            onDiscount={setDiscount}
            onSubmit={submit}
          />
        </div>
      </div>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Checkout", rank: 0 })

export default CheckoutPage
