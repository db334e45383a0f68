import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import type { EarningLine } from "../../modules/commission/lib/calculate"
import type { CommissionOptions } from "../../modules/commission/lib/options"

/** What earns commission, and where its facts are read from. */
export const COMMISSION_SOURCE_TYPES = [
  "appointment",
  "order",
  "stored_value_top_up",
  "service_package",
  "package_redemption",
] as const
export type CommissionSourceType = (typeof COMMISSION_SOURCE_TYPES)[number]
export type CommissionSource = { source_type: CommissionSourceType; source_id: string }

/** A line of a source that staff can attribute, whether or not anyone earns on it yet. */
export type AttributableLine = {
  source_line_id: string
  role: "labour" | "sales"
  label: string
  occurred_at: string
}

export type CollectedSource = CommissionSource & {
  /** False when the source does not exist (any more). */
  found: boolean
  lines: EarningLine[]
  attributable: AttributableLine[]
}

/** A row read through Query: these entities have no generated types here. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>

type Query = {
  graph: (config: Record<string, unknown>) => Promise<{ data: Row[] }>
}

type Share = { staff_member_id: string; share: number }
type Attributions = Map<string, Share[]>

export type AttributionOverride = {
  source_line_id: string
  role: "labour" | "sales"
  shares: Share[]
}

type LineFacts = Omit<EarningLine, "staff_member_id" | "staff_level" | "share" | "role"> & {
  role: "labour" | "sales"
  /** Who earns when staff set no attribution (the performer, the recorded seller). */
  default_staff_member_id: string | null
}

const iso = (value: unknown) => new Date(value as string).toISOString()
type Amount = Parameters<typeof MathBN.convert>[0]
/** Query returns amounts as numbers, strings or BigNumber objects (computed totals). */
const money = (value: unknown) => MathBN.convert((value ?? 0) as Amount)
type Big = ReturnType<typeof MathBN.convert>
const positive = (value: unknown) => MathBN.max(money(value), 0)

/**
 * Reads the facts of one source (what was sold or performed, for how much, by whom) from the
 * modules that own them, and turns them into earning lines, one per staff member and line.
 * Everything is read fresh, so syncing a source twice gives the same lines.
 */
export async function collectEarningLines(
  container: MedusaContainer,
  source: CommissionSource,
  options: CommissionOptions,
  /** An attribution about to be written, applied over the stored ones. */
  pending?: AttributionOverride
): Promise<CollectedSource> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
  const facts = await FACT_READERS[source.source_type](query, source.source_id, options)
  if (!facts) {
    return { ...source, found: false, lines: [], attributable: [] }
  }
  const attributions = await loadAttributions(query, source)
  if (pending) {
    const key = `${pending.source_line_id}|${pending.role}`
    if (pending.shares.length) attributions.set(key, sortShares([...pending.shares]))
    else attributions.delete(key)
  }
  const earners = new Map<string, Share[]>()
  for (const line of facts) {
    const set = attributions.get(`${line.source_line_id}|${line.role}`)
    earners.set(
      line.source_line_id,
      set ??
        (line.default_staff_member_id
          ? [{ staff_member_id: line.default_staff_member_id, share: 100 }]
          : [])
    )
  }
  const levels = await loadStaffLevels(
    query,
    [...earners.values()].flat().map((share) => share.staff_member_id)
  )
  const lines: EarningLine[] = []
  for (const line of facts) {
    const { default_staff_member_id: _default, ...rest } = line
    for (const share of earners.get(line.source_line_id) ?? []) {
      lines.push({
        ...rest,
        staff_member_id: share.staff_member_id,
        staff_level: levels.get(share.staff_member_id) ?? null,
        share: share.share,
      })
    }
  }
  return {
    ...source,
    found: true,
    lines,
    attributable: facts.map((line) => ({
      source_line_id: line.source_line_id,
      role: line.role,
      label: line.label,
      occurred_at: line.occurred_at,
    })),
  }
}

async function loadAttributions(query: Query, source: CommissionSource): Promise<Attributions> {
  const { data } = await query.graph({
    entity: "commission_attribution",
    fields: ["source_line_id", "role", "staff_member_id", "share"],
    filters: { source_type: source.source_type, source_id: source.source_id },
  })
  const map: Attributions = new Map()
  for (const row of data) {
    const key = `${row.source_line_id}|${row.role}`
    map.set(key, [
      ...(map.get(key) ?? []),
      { staff_member_id: row.staff_member_id, share: Number(row.share) },
    ])
  }
  for (const shares of map.values()) sortShares(shares)
  return map
}

/** Largest share first, so lists read the same every time. */
function sortShares(shares: Share[]): Share[] {
  return shares.sort(
    (a, b) => b.share - a.share || a.staff_member_id.localeCompare(b.staff_member_id)
  )
}

async function loadStaffLevels(query: Query, staffIds: string[]) {
  const ids = [...new Set(staffIds)]
  if (!ids.length) return new Map<string, string>()
  const { data } = await query.graph({
    entity: "staff_member",
    fields: ["id", "level"],
    filters: { id: ids },
    withDeleted: true,
  })
  return new Map(data.map((row) => [row.id as string, row.level as string]))
}

type FactReader = (
  query: Query,
  id: string,
  options: CommissionOptions
) => Promise<LineFacts[] | null>

const FACT_READERS: Record<CommissionSourceType, FactReader> = {
  appointment: appointmentFacts,
  order: orderFacts,
  stored_value_top_up: topUpFacts,
  service_package: packageSaleFacts,
  package_redemption: packageRedemptionFacts,
}

/**
 * A completed appointment: one labour line per service, for the staff member who performed it.
 * Services paid from a package earn as package sessions instead. The base is, in order: the
 * order line that paid for it; the stored value spent on the appointment (principal only unless
 * the bonus counts); the service's list price when no payment was recorded.
 */
async function appointmentFacts(
  query: Query,
  id: string,
  options: CommissionOptions
): Promise<LineFacts[] | null> {
  const {
    data: [appointment],
  } = await query.graph({
    entity: "appointment",
    fields: [
      "id",
      "display_id",
      "status",
      "customer_id",
      "completed_at",
      "order_id",
      "branch_id",
      "items.id",
      "items.service_name",
      "items.variant_id",
      "items.is_designated",
      "items.staff_member_id",
      "items.salon_service.id",
      "items.salon_service.category",
      "items.salon_service.product_variant.product_id",
      "items.salon_service.product_variant.prices.amount",
      "items.salon_service.product_variant.prices.currency_code",
    ],
    filters: { id },
  })
  if (!appointment) return null
  if (appointment.status !== "completed") return []

  const items = (appointment.items as Row[]).filter(Boolean)
  const covered = await packageCoveredItems(query, id)
  const paidItems = items.filter((item) => !covered.has(item.id))
  if (!paidItems.length) return []

  const currency = options.currency_code.toLowerCase()
  const listPrice = (item: Row) => {
    const prices = (item.salon_service?.product_variant?.prices ?? []) as {
      amount: number
      currency_code: string
    }[]
    return money(
      prices.find((price) => price.currency_code?.toLowerCase() === currency)?.amount ?? 0
    )
  }

  // 1. Paid by an order: each service's own order line, after discounts and without tax.
  const orderPaid = new Map<string, ReturnType<typeof money>>()
  let orderCurrency: string | null = null
  if (appointment.order_id) {
    const order = await loadOrder(query, appointment.order_id)
    if (order && order.status !== "canceled") {
      orderCurrency = order.currency_code
      const bonusRatio = options.count_stored_value_bonus
        ? money(0)
        : await orderBonusRatio(query, order)
      const remaining = [...(order.items as Row[])]
      const refunded = (await counterRefunds(query, order)).units
      for (const item of paidItems) {
        // A counter sale names the appointment item on its line; other orders match by service.
        const exact = remaining.findIndex((line) => line.metadata?.appointment_item_id === item.id)
        const index =
          exact >= 0 ? exact : remaining.findIndex((line) => line.variant_id === item.variant_id)
        if (index < 0) continue
        const [line] = remaining.splice(index, 1)
        // A refunded service earns nothing (the refund takes the commission back).
        const kept =
          1 -
          Math.min(
            1,
            Number(line.detail?.return_received_quantity ?? 0) + (refunded.get(line.id) ?? 0)
          )
        orderPaid.set(
          item.id,
          MathBN.mult(MathBN.mult(lineNet(line), MathBN.sub(1, bonusRatio)), Math.max(kept, 0))
        )
      }
    }
  }

  // 2. Paid from stored value at the counter: what was spent on the appointment, net of refunds.
  const spent = await storedValueSpentOn(query, "appointment", id)
  const listTotal = paidItems.reduce<Big>((sum, item) => MathBN.add(sum, listPrice(item)), money(0))
  const spentTotal = MathBN.add(spent.principal, spent.bonus)
  const counted = options.count_stored_value_bonus ? spentTotal : spent.principal

  return paidItems.map((item) => {
    let base = listPrice(item)
    let note = "list price: no payment recorded"
    if (orderPaid.has(item.id)) {
      base = orderPaid.get(item.id)!
      note = options.count_stored_value_bonus
        ? "paid by order"
        : "paid by order, less stored value bonus"
    } else if (MathBN.gt(spentTotal, 0)) {
      // Spread the stored value paid over the services in proportion to their list prices.
      const weight = MathBN.gt(listTotal, 0)
        ? MathBN.div(listPrice(item), listTotal)
        : MathBN.div(1, paidItems.length)
      base = MathBN.mult(counted, weight)
      note = options.count_stored_value_bonus
        ? "paid from stored value"
        : "stored value principal, bonus not counted"
    }
    return {
      source_type: "appointment",
      source_id: id,
      source_line_id: item.id,
      kind: "service_performed" as const,
      role: "labour" as const,
      default_staff_member_id: item.staff_member_id,
      base: base.decimalPlaces(2, 4).toFixed(),
      quantity: 1,
      currency_code: spent.currency_code ?? orderCurrency ?? currency,
      branch_id: appointment.branch_id,
      customer_id: appointment.customer_id,
      occurred_at: iso(appointment.completed_at),
      is_designated: !!item.is_designated,
      targets: [
        { type: "salon_service" as const, id: item.salon_service?.id },
        { type: "product_variant" as const, id: item.variant_id },
        ...(item.salon_service?.product_variant?.product_id
          ? [{ type: "product" as const, id: item.salon_service.product_variant.product_id }]
          : []),
      ].filter((target) => !!target.id),
      categories: item.salon_service?.category ? [item.salon_service.category] : [],
      label: `${item.service_name}, appointment #${appointment.display_id}`,
      base_note: note,
    }
  })
}

/** Appointment services paid from a package: reserved or redeemed sessions that were not reversed. */
async function packageCoveredItems(query: Query, appointmentId: string): Promise<Set<string>> {
  const [{ data: reservations }, { data: redemptions }] = await Promise.all([
    query.graph({
      entity: "package_reservation",
      fields: ["appointment_item_id", "status"],
      filters: { appointment_id: appointmentId, status: ["reserved", "redeemed"] },
    }),
    query.graph({
      entity: "package_ledger_entry",
      fields: ["id", "appointment_item_id"],
      filters: { appointment_id: appointmentId, type: "redeem" },
    }),
  ])
  const reversed = await reversedLedgerEntries(
    query,
    redemptions.map((row) => row.id)
  )
  return new Set([
    ...reservations.map((row) => row.appointment_item_id as string),
    ...redemptions
      .filter((row) => !reversed.has(row.id))
      .map((row) => row.appointment_item_id as string),
  ])
}

async function reversedLedgerEntries(query: Query, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set()
  const { data } = await query.graph({
    entity: "package_ledger_entry",
    fields: ["reverses_entry_id"],
    filters: { reverses_entry_id: ids },
  })
  return new Set(data.map((row) => row.reverses_entry_id as string))
}

const ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "customer_id",
  "currency_code",
  "created_at",
  "metadata",
  "sales_channel_id",
  "total",
  "item_total",
  "shipping_total",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.variant_id",
  "items.product_id",
  "items.metadata",
  "items.total",
  "items.tax_total",
  "items.detail.return_received_quantity",
  "items.detail.written_off_quantity",
  "cart.id",
]

/**
 * Units of each order line refunded at the counter (counter refunds append negative sale lines),
 * and the amount refunded over all lines.
 */
async function counterRefunds(
  query: Query,
  order: Row
): Promise<{ units: Map<string, number>; amount: ReturnType<typeof money> }> {
  const units = new Map<string, number>()
  let amount = money(0)
  const ids = ((order.items ?? []) as Row[]).map((item) => item.id)
  if (order.metadata?.channel !== "counter" || !ids.length) return { units, amount }
  const { data } = await query.graph({
    entity: "counter_sale_line",
    fields: ["order_line_id", "quantity", "net_amount", "refund_id"],
    filters: { order_line_id: ids },
  })
  for (const line of data.filter((row) => row.refund_id)) {
    units.set(line.order_line_id, (units.get(line.order_line_id) ?? 0) - Number(line.quantity))
    amount = MathBN.sub(amount, money(line.net_amount))
  }
  return { units, amount }
}

async function loadOrder(query: Query, id: string) {
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id } })
  return order ?? null
}

/** What an order line cost the customer: its total after discounts, without tax. */
const lineNet = (line: Row) => positive(MathBN.sub(money(line.total), money(line.tax_total)))

/**
 * The share of an order paid with stored value bonus (not real money: excluded from bases by
 * default): the bonus still spent over what the order still charges (counter refunds give both
 * back in proportion, so the share of what was kept does not change).
 */
async function orderBonusRatio(query: Query, order: Row) {
  // Online: spent on the order's cart; at the counter: spent on the order itself.
  const spent = order.cart?.id
    ? await storedValueSpentOn(query, "cart", order.cart.id)
    : await storedValueSpentOn(query, "order", order.id)
  const refunded = (await counterRefunds(query, order)).amount
  const gross = MathBN.sub(
    MathBN.add(money(order.item_total), money(order.shipping_total)),
    refunded
  )
  if (!MathBN.gt(spent.bonus, 0) || !MathBN.gt(gross, 0)) return money(0)
  return MathBN.min(MathBN.div(spent.bonus, gross), 1)
}

/**
 * Principal and bonus spent on something (an appointment, a cart), net of the refunds and
 * reversals of those spends, as positive amounts.
 */
async function storedValueSpentOn(query: Query, referenceType: string, referenceId: string) {
  const { data: spends } = await query.graph({
    entity: "stored_value_entry",
    fields: ["operation_id", "principal_amount", "bonus_amount", "currency_code"],
    filters: { reference_type: referenceType, reference_id: referenceId, type: "spend" },
  })
  if (!spends.length)
    return { principal: money(0), bonus: money(0), currency_code: null as string | null }
  const operationIds = [...new Set(spends.map((row) => row.operation_id as string))]
  const { data: undone } = await query.graph({
    entity: "stored_value_operation",
    fields: ["id", "entries.principal_amount", "entries.bonus_amount"],
    filters: { target_operation_id: operationIds },
  })
  let principal = money(0)
  let bonus = money(0)
  for (const row of [...spends, ...undone.flatMap((operation) => operation.entries ?? [])]) {
    principal = MathBN.sub(principal, money(row.principal_amount))
    bonus = MathBN.sub(bonus, money(row.bonus_amount))
  }
  return {
    principal: MathBN.max(principal, 0),
    bonus: MathBN.max(bonus, 0),
    currency_code: spends[0].currency_code as string,
  }
}

/** The share of a stored value debit that was bonus (refunds return it in the same split). */
async function bonusShareOfDebit(query: Query, operationId: string) {
  const { data: entries } = await query.graph({
    entity: "stored_value_entry",
    fields: ["principal_amount", "bonus_amount"],
    filters: { operation_id: operationId, type: "spend" },
  })
  const principal = entries.reduce<Big>(
    (sum, entry) => MathBN.sub(sum, money(entry.principal_amount)),
    money(0)
  )
  const bonus = entries.reduce<Big>(
    (sum, entry) => MathBN.sub(sum, money(entry.bonus_amount)),
    money(0)
  )
  const total = MathBN.add(principal, bonus)
  return MathBN.gt(total, 0) ? MathBN.div(bonus, total) : money(0)
}

/**
 * An order's retail lines, for the staff member(s) who sold them: set in the admin, or recorded
 * on the line or order as `metadata.sold_by_staff_member_id` by a counter sale. Online orders have
 * no seller. Services, packages and top-ups sold in an order earn through their own sources.
 * Returned quantities and a canceled order take the commission back.
 */
async function orderFacts(
  query: Query,
  id: string,
  options: CommissionOptions
): Promise<LineFacts[] | null> {
  const order = await loadOrder(query, id)
  if (!order) return null
  if (order.status === "canceled" || order.status === "draft") return []
  const items = (order.items as Row[]).filter(Boolean)
  const productIds = [...new Set(items.map((item) => item.product_id).filter(Boolean))]
  const { data: products } = productIds.length
    ? await query.graph({
        entity: "product",
        fields: ["id", "metadata", "categories.id"],
        filters: { id: productIds },
        withDeleted: true,
      })
    : { data: [] }
  const productById = new Map(products.map((product) => [product.id as string, product]))
  const bonusRatio = options.count_stored_value_bonus
    ? money(0)
    : await orderBonusRatio(query, order)
  const branchId =
    (order.metadata?.branch_id as string | undefined) ??
    (await branchOfSalesChannel(query, order.sales_channel_id))
  const orderSeller = (order.metadata?.sold_by_staff_member_id as string | undefined) ?? null
  const refunded = (await counterRefunds(query, order)).units

  const facts: LineFacts[] = []
  for (const item of items) {
    const product = item.product_id ? productById.get(item.product_id) : null
    if (product?.metadata?.salon_kind) continue
    // A tip is the staff member's own money, not a sale that earns commission.
    if (item.metadata?.salon_line_type === "tip") continue
    const quantity = Number(item.quantity)
    const kept =
      quantity -
      Number(item.detail?.return_received_quantity ?? 0) -
      Number(item.detail?.written_off_quantity ?? 0) -
      (refunded.get(item.id) ?? 0)
    const paid = MathBN.mult(lineNet(item), MathBN.sub(1, bonusRatio))
    const base =
      quantity > 0 ? MathBN.div(MathBN.mult(paid, Math.max(kept, 0)), quantity) : money(0)
    const returned = quantity - Math.max(kept, 0)
    facts.push({
      source_type: "order",
      source_id: id,
      source_line_id: item.id,
      kind: "product_sold",
      role: "sales",
      default_staff_member_id:
        (item.metadata?.sold_by_staff_member_id as string | undefined) ?? orderSeller,
      base: base.decimalPlaces(2, 4).toFixed(),
      quantity: Math.max(kept, 0),
      currency_code: order.currency_code,
      branch_id: branchId,
      customer_id: order.customer_id ?? null,
      occurred_at: iso(order.created_at),
      is_designated: false,
      targets: [
        ...(item.product_id ? [{ type: "product" as const, id: item.product_id as string }] : []),
        ...(item.variant_id
          ? [{ type: "product_variant" as const, id: item.variant_id as string }]
          : []),
      ],
      categories: ((product?.categories ?? []) as { id: string }[]).map((category) => category.id),
      label: `${item.product_title ?? item.title}${item.variant_title && item.variant_title !== "Default" ? ` ${item.variant_title}` : ""} × ${quantity}, order #${order.display_id}`,
      base_note: [
        MathBN.gt(bonusRatio, 0)
          ? "paid after discounts, less stored value bonus"
          : "paid after discounts",
        returned > 0 ? `${returned} returned` : null,
      ]
        .filter(Boolean)
        .join(", "),
    })
  }
  return facts
}

async function branchOfSalesChannel(
  query: Query,
  salesChannelId: string | null
): Promise<string | null> {
  if (!salesChannelId) return null
  const {
    data: [channel],
  } = await query.graph({
    entity: "sales_channel",
    fields: ["id", "branches.id"],
    filters: { id: salesChannelId },
  })
  const branches = ((channel?.branches ?? []) as { id: string }[]).filter(Boolean)
  // A channel shared by several branches does not say which one sold.
  return branches.length === 1 ? branches[0].id : null
}

/**
 * A stored value top-up, for the staff member who sold it: the base is the principal (money paid)
 * net of what was later refunded or reversed; the bonus never counts.
 */
async function topUpFacts(query: Query, id: string): Promise<LineFacts[] | null> {
  const {
    data: [operation],
  } = await query.graph({
    entity: "stored_value_operation",
    fields: [
      "id",
      "kind",
      "created_at",
      "entries.type",
      "entries.principal_amount",
      "entries.bonus_amount",
      "entries.currency_code",
      "entries.customer_id",
      "entries.branch_id",
      "entries.staff_member_id",
      "entries.reference_type",
      "entries.reference_id",
    ],
    filters: { id },
  })
  if (!operation) return null
  if (operation.kind !== "top_up") return []
  const principalEntry = (operation.entries as Row[]).find(
    (entry) => entry.type === "top_up_principal"
  )
  if (!principalEntry) return []
  const { data: undone } = await query.graph({
    entity: "stored_value_operation",
    fields: ["id", "entries.principal_amount"],
    filters: { target_operation_id: id },
  })
  const base = positive(
    (undone.flatMap((row) => row.entries ?? []) as Row[]).reduce<Big>(
      (sum, entry) => MathBN.add(sum, money(entry.principal_amount)),
      money(principalEntry.principal_amount)
    )
  )
  const planId =
    principalEntry.reference_type === "recharge_plan"
      ? (principalEntry.reference_id as string)
      : null
  return [
    {
      source_type: "stored_value_top_up",
      source_id: id,
      source_line_id: id,
      kind: "top_up_sold",
      role: "sales",
      default_staff_member_id: principalEntry.staff_member_id ?? null,
      base: base.decimalPlaces(2, 4).toFixed(),
      quantity: 1,
      currency_code: principalEntry.currency_code,
      branch_id: principalEntry.branch_id ?? null,
      customer_id: principalEntry.customer_id,
      occurred_at: iso(operation.created_at),
      is_designated: false,
      targets: planId ? [{ type: "recharge_plan", id: planId }] : [],
      categories: [],
      label: `stored value top-up of ${money(principalEntry.principal_amount).toFixed(2)} ${String(principalEntry.currency_code).toUpperCase()}`,
      base_note: MathBN.lt(base, money(principalEntry.principal_amount))
        ? "principal paid less refunds, bonus not counted"
        : "principal paid, bonus not counted",
    },
  ]
}

/**
 * A service package sold, for the staff member who sold it: the base is the price paid, less
 * what was refunded. Packages received by transfer were not sold and earn nothing.
 */
async function packageSaleFacts(
  query: Query,
  id: string,
  options: CommissionOptions
): Promise<LineFacts[] | null> {
  const {
    data: [pkg],
  } = await query.graph({
    entity: "customer_package",
    fields: [
      "id",
      "display_id",
      "name",
      "status",
      "source",
      "template_id",
      "customer_id",
      "currency_code",
      "price_paid",
      "refund_amount",
      "selling_branch_id",
      "sold_by_staff_member_id",
      "purchased_at",
      "metadata",
    ],
    filters: { id },
  })
  if (!pkg) return null
  if (pkg.source === "transfer" || pkg.status === "canceled") return []
  const refunded = money(pkg.refund_amount ?? 0)
  // Paid from stored value: the bonus part was not money (unless the setting counts it).
  const debit = pkg.metadata?.stored_value_operation_id as string | undefined
  const bonusShare =
    debit && !options.count_stored_value_bonus ? await bonusShareOfDebit(query, debit) : money(0)
  const base = MathBN.mult(
    positive(MathBN.sub(money(pkg.price_paid), refunded)),
    MathBN.sub(1, bonusShare)
  )
  return [
    {
      source_type: "service_package",
      source_id: id,
      source_line_id: id,
      kind: "package_sold",
      role: "sales",
      default_staff_member_id: pkg.sold_by_staff_member_id ?? null,
      base: base.decimalPlaces(2, 4).toFixed(),
      quantity: 1,
      currency_code: pkg.currency_code,
      branch_id: pkg.selling_branch_id ?? null,
      customer_id: pkg.customer_id,
      occurred_at: iso(pkg.purchased_at),
      is_designated: false,
      targets: pkg.template_id ? [{ type: "package_template", id: pkg.template_id }] : [],
      categories: [],
      label: `package ${pkg.name} #${pkg.display_id}`,
      base_note: [
        MathBN.gt(refunded, 0) ? "price paid, less the refund" : "price paid",
        MathBN.gt(bonusShare, 0) ? "stored value principal, bonus not counted" : null,
      ]
        .filter(Boolean)
        .join(", "),
    },
  ]
}

/**
 * One package session redeemed, for the staff member who performed it: the base is the session's
 * allocated value (the package price spread over its sessions). A reversed redemption earns nothing.
 */
async function packageRedemptionFacts(query: Query, id: string): Promise<LineFacts[] | null> {
  const {
    data: [entry],
  } = await query.graph({
    entity: "package_ledger_entry",
    fields: [
      "id",
      "type",
      "quantity",
      "value",
      "session_value",
      "currency_code",
      "customer_id",
      "branch_id",
      "staff_member_id",
      "salon_service_id",
      "appointment_item_id",
      "created_at",
      "package.display_id",
      "package.name",
      "package.template_id",
      "package_item.service_name",
    ],
    filters: { id },
  })
  if (!entry) return null
  if (entry.type !== "redeem") return []
  if ((await reversedLedgerEntries(query, [id])).has(id)) return []
  const sessions = Math.abs(Number(entry.quantity))
  const [{ data: services }, { data: items }] = await Promise.all([
    query.graph({
      entity: "salon_service",
      fields: ["id", "category", "variant_id"],
      filters: { id: entry.salon_service_id },
      withDeleted: true,
    }),
    entry.appointment_item_id
      ? query.graph({
          entity: "appointment_item",
          fields: ["id", "is_designated"],
          filters: { id: entry.appointment_item_id },
        })
      : Promise.resolve({ data: [] as Row[] }),
  ])
  const service = services[0]
  const value = money(entry.value).abs()
  const base = MathBN.gt(value, 0) ? value : MathBN.mult(money(entry.session_value), sessions)
  return [
    {
      source_type: "package_redemption",
      source_id: id,
      source_line_id: id,
      kind: "package_session_redeemed",
      role: "labour",
      default_staff_member_id: entry.staff_member_id ?? null,
      base: base.decimalPlaces(2, 4).toFixed(),
      quantity: sessions,
      currency_code: entry.currency_code,
      branch_id: entry.branch_id ?? null,
      customer_id: entry.customer_id,
      occurred_at: iso(entry.created_at),
      is_designated: !!items[0]?.is_designated,
      targets: [
        { type: "salon_service" as const, id: entry.salon_service_id as string },
        ...(service?.variant_id
          ? [{ type: "product_variant" as const, id: service.variant_id as string }]
          : []),
        ...(entry.package?.template_id
          ? [{ type: "package_template" as const, id: entry.package.template_id as string }]
          : []),
      ],
      categories: service?.category ? [service.category] : [],
      label: `${entry.package_item?.service_name ?? "Session"} × ${sessions} from package #${entry.package?.display_id ?? ""}`,
      base_note: "session value allocated from the package price",
    },
  ]
}
