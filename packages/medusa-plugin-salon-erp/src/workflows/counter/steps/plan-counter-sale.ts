import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUNTER_MODULE } from "../../../modules/counter"
import type CounterModuleService from "../../../modules/counter/service"
import { canonical, formatAmount, hasTooManyDecimals } from "../../../modules/counter/lib/money"
import { SERVICE_PACKAGE_MODULE } from "../../../modules/service-package"
import type ServicePackageModuleService from "../../../modules/service-package/service"
import type {
  CounterSaleLineInput,
  CounterSalePlan,
  PackageCoverage,
  PlannedLine,
  PlannedTender,
  SubmitCounterSaleInput,
} from "../../../lib/counter/sale-plan"

// Query rows are loosely typed; each reader below names the fields it uses.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
const notFound = (message: string) => new MedusaError(MedusaError.Types.NOT_FOUND, message)
const conflict = (message: string) => new MedusaError(MedusaError.Types.CONFLICT, message)

/** Appointments whose services can be charged: the client is in (or done). */
const CHARGEABLE_APPOINTMENT_STATUSES = ["checked_in", "in_service", "completed"]

/** What each line type's product must be (products created by the salon carry `salon_kind`). */
const SALON_KIND_OF: Record<string, string | null> = {
  product: null,
  package: "service_package",
  top_up: "recharge_plan",
}

const VARIANT_FIELDS = [
  "id",
  "title",
  "sku",
  "barcode",
  "manage_inventory",
  "allow_backorder",
  "product.title",
  "product.metadata",
  "prices.amount",
  "prices.currency_code",
  "prices.price_list_id",
  "prices.rules_count",
  "inventory_items.inventory_item_id",
  "inventory_items.required_quantity",
]

/** The variant's plain price in the currency (no price list, fewest rules), or null. */
function listPrice(variant: Row, currency: string): string | null {
  const prices = ((variant.prices ?? []) as Row[])
    .filter((price) => price.currency_code?.toLowerCase() === currency && !price.price_list_id)
    .sort((a, b) => Number(a.rules_count ?? 0) - Number(b.rules_count ?? 0))
  return prices.length ? canonical(prices[0].amount) : null
}

function variantTitle(variant: Row): string {
  const product = variant.product?.title ?? variant.title
  return variant.title && variant.title !== "Default" && variant.title !== product
    ? `${product} ${variant.title}`
    : product
}

export const planCounterSaleStepId = "plan-counter-sale"
/**
 * This step reads and checks everything a counter sale needs before anything is written: the
 * shift is open; the branch sells through a sales channel from a stock location with a shipping
 * option (the fulfillment that takes stock off needs one); the client exists; each appointment
 * item is the client's, at this branch, performed or in progress and not paid yet; each service
 * already paid by a package session (reserved at booking, or redeemed when the appointment was
 * completed) is covered by it, so it is never charged twice; each product, package or top-up is
 * the right kind of product and has a price; tenders are well-formed (cash change, stored value
 * only for a client). Read-only, so no compensation.
 */
export const planCounterSaleStep = createStep(
  planCounterSaleStepId,
  async (input: SubmitCounterSaleInput & { sale_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const counter: CounterModuleService = container.resolve(COUNTER_MODULE)
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)

    const [shift] = await counter.listCounterShifts({ id: input.shift_id })
    if (shift.status !== "open") {
      throw conflict(`Counter shift ${shift.id} is closed: open a shift on the register to sell`)
    }
    const [register] = await counter.listCounterRegisters({ id: shift.register_id })
    const currency = shift.currency_code.toLowerCase()

    const {
      data: [branch],
    } = await query.graph({
      entity: "branch",
      fields: ["id", "name", "sales_channel.id", "stock_location.id"],
      filters: { id: shift.branch_id },
    })
    if (!branch?.sales_channel?.id || !branch?.stock_location?.id) {
      throw conflict(
        `Branch ${branch?.name ?? shift.branch_id} needs a sales channel and a stock location to sell at the counter: set them on the branch`
      )
    }
    const {
      data: [location],
    } = await query.graph({
      entity: "stock_location",
      fields: [
        "id",
        "fulfillment_sets.service_zones.shipping_options.id",
        "fulfillment_sets.service_zones.shipping_options.type.code",
      ],
      filters: { id: branch.stock_location.id },
    })
    const options = ((location?.fulfillment_sets ?? []) as Row[])
      .flatMap((set) => (set.service_zones ?? []) as Row[])
      .flatMap((zone) => (zone.shipping_options ?? []) as Row[])
    const shippingOption =
      options.find((option) => ["counter", "pickup"].includes(option.type?.code)) ?? options[0]
    if (!shippingOption) {
      throw conflict(
        `The stock location of branch ${branch.name} has no shipping option: add a pick-up option to its fulfillment set (counter sales are handed over through it)`
      )
    }
    const { data: regions } = await query.graph({
      entity: "region",
      fields: ["id", "currency_code"],
      filters: { currency_code: currency },
    })
    if (!regions.length) {
      throw conflict(`No region sells in ${currency.toUpperCase()}: the register's currency`)
    }

    let customer: Row | null = null
    if (input.customer_id) {
      const { data } = await query.graph({
        entity: "customer",
        fields: ["id", "email"],
        filters: { id: input.customer_id },
      })
      customer = data[0] ?? null
      if (!customer) throw notFound(`Customer with id: ${input.customer_id} was not found`)
    }

    const settings = await counter.getCounterSettings()
    if (!settings.allow_tips) {
      const tip = input.lines.findIndex((line) => line.type === "tip")
      if (tip >= 0) throw invalid(`lines[${tip}]: tips are not taken at this salon`)
    }
    const lines = await planLines(query, packages, input, {
      branch_id: shift.branch_id,
      currency,
      customer_id: customer?.id ?? null,
    })
    const tenders = planTenders(input, currency, !!customer)

    let manualDiscount: CounterSalePlan["manual_discount"] = null
    if (input.manual_discount) {
      const amount = canonical(input.manual_discount.amount)
      if (hasTooManyDecimals(amount, currency)) {
        throw invalid(`manual_discount.amount has more decimals than ${currency.toUpperCase()} has`)
      }
      manualDiscount = { amount, reason: input.manual_discount.reason }
    }

    const plan: CounterSalePlan = {
      sale_id: input.sale_id,
      shift_id: shift.id,
      register_id: register.id,
      register_code: register.code,
      branch_id: shift.branch_id,
      branch_name: branch.name,
      currency_code: currency,
      region_id: regions[0].id,
      sales_channel_id: branch.sales_channel.id,
      stock_location_id: branch.stock_location.id,
      shipping_option_id: shippingOption.id,
      customer_id: customer?.id ?? null,
      email: customer?.email ?? null,
      lines,
      tenders,
      promo_codes: input.promo_codes ?? [],
      manual_discount: manualDiscount,
      max_manual_discount_percent: settings.max_manual_discount_percent,
      created_by: input.created_by,
      sold_at: input.sold_at ?? null,
    }
    return new StepResponse(plan)
  }
)

function planTenders(
  input: SubmitCounterSaleInput,
  currency: string,
  hasCustomer: boolean
): PlannedTender[] {
  let storedValueTenders = 0
  return input.tenders.map((tender, index) => {
    const field = `tenders[${index}]`
    const amount = canonical(tender.amount)
    if (hasTooManyDecimals(amount, currency)) {
      throw invalid(`${field}.amount has more decimals than ${currency.toUpperCase()} has`)
    }
    let tendered: string | null = null
    let change: string | null = null
    if (tender.tendered !== undefined) {
      if (tender.kind !== "cash") throw invalid(`${field}.tendered is only for cash`)
      tendered = canonical(tender.tendered)
      if (MathBN.lt(tendered, amount)) {
        throw invalid(
          `${field}.tendered (${formatAmount(tendered, currency)}) is less than the cash amount (${formatAmount(amount, currency)})`
        )
      }
      change = canonical(MathBN.sub(tendered, amount))
    }
    if (tender.kind === "stored_value") {
      if (!hasCustomer) throw invalid(`${field}: stored value needs a client (customer_id)`)
      if (++storedValueTenders > 1) throw invalid(`${field}: give stored value as one tender`)
    }
    return { kind: tender.kind, amount, tendered, change, reference: tender.reference ?? null }
  })
}

type LineContext = { branch_id: string; currency: string; customer_id: string | null }

async function planLines(
  query: Omit<RemoteQueryFunction, symbol>,
  packages: ServicePackageModuleService,
  input: SubmitCounterSaleInput,
  context: LineContext
): Promise<PlannedLine[]> {
  const serviceLines = input.lines
    .map((line, position) => ({ line, position }))
    .filter(
      (
        entry
      ): entry is { line: Extract<CounterSaleLineInput, { type: "service" }>; position: number } =>
        entry.line.type === "service"
    )
  const itemIds = serviceLines.map(({ line }) => line.appointment_item_id)
  const duplicate = itemIds.find((id, index) => itemIds.indexOf(id) !== index)
  if (duplicate) throw invalid(`lines: appointment item ${duplicate} is charged twice`)
  if (itemIds.length && !context.customer_id) {
    throw invalid("customer_id: services from appointments need the appointment's client")
  }

  const { data: items } = itemIds.length
    ? await query.graph({
        entity: "appointment_item",
        fields: [
          "id",
          "service_name",
          "variant_id",
          "is_designated",
          "staff_member_id",
          "salon_service.id",
          "appointment.id",
          "appointment.display_id",
          "appointment.customer_id",
          "appointment.branch_id",
          "appointment.status",
          "appointment.order_id",
        ],
        filters: { id: itemIds },
      })
    : { data: [] as Row[] }
  const itemById = new Map(items.map((item) => [item.id as string, item]))
  const reservations = itemIds.length
    ? await packages.listPackageReservations({ appointment_item_id: itemIds })
    : []

  // Variants of every line, read in one query.
  const variantIds = new Set<string>(items.map((item) => item.variant_id).filter(Boolean))
  const skus: string[] = []
  const barcodes: string[] = []
  for (const line of input.lines) {
    if (line.type === "product" || line.type === "package" || line.type === "top_up") {
      if (line.variant_id) variantIds.add(line.variant_id)
      else if (line.type === "product" && line.sku) skus.push(line.sku)
      else if (line.type === "product" && line.barcode) barcodes.push(line.barcode)
    }
  }
  const variants: Row[] = []
  for (const [field, values] of [
    ["id", [...variantIds]],
    ["sku", skus],
    ["barcode", barcodes],
  ] as const) {
    if (!values.length) continue
    const { data } = await query.graph({
      entity: "product_variant",
      fields: VARIANT_FIELDS,
      filters: { [field]: values },
    })
    variants.push(...data)
  }

  const planned: PlannedLine[] = []
  for (const [position, line] of input.lines.entries()) {
    const field = `lines[${position}]`
    if (line.type === "service") {
      const item = itemById.get(line.appointment_item_id)
      if (!item)
        throw notFound(`Appointment item with id: ${line.appointment_item_id} was not found`)
      const appointment = item.appointment as Row
      const label = `${item.service_name} (appointment #${appointment.display_id})`
      if (appointment.customer_id !== context.customer_id) {
        throw invalid(`${field}: ${label} is another client's appointment`)
      }
      if (appointment.branch_id !== context.branch_id) {
        throw invalid(`${field}: ${label} is at another branch`)
      }
      if (!CHARGEABLE_APPOINTMENT_STATUSES.includes(appointment.status)) {
        throw conflict(
          `${field}: ${label} is ${appointment.status}: only appointments checked in, in service or completed can be charged`
        )
      }
      if (appointment.order_id) {
        throw conflict(`${field}: ${label} is already paid by order ${appointment.order_id}`)
      }
      const variant = variants.find((candidate) => candidate.id === item.variant_id)
      const coverage = await packageCoverage(packages, reservations, item, line, context, field)
      const price =
        line.unit_price !== undefined
          ? canonical(line.unit_price)
          : variant
            ? listPrice(variant, context.currency)
            : null
      if (price === null && !coverage) {
        throw invalid(
          `${field}.unit_price: ${label} has no ${context.currency.toUpperCase()} price; give one`
        )
      }
      planned.push({
        position,
        line_type: "service",
        title: item.service_name,
        quantity: 1,
        unit_price: coverage ? "0" : price!,
        variant_id: item.variant_id ?? null,
        staff_member_id: line.staff_member_id ?? item.staff_member_id ?? null,
        is_designated: !!item.is_designated,
        appointment_id: appointment.id,
        appointment_item_id: item.id,
        salon_service_id: item.salon_service?.id ?? null,
        coverage,
        inventory: [],
      })
      continue
    }
    if (line.type === "tip") {
      planned.push({
        position,
        line_type: "tip",
        title: "Tip",
        quantity: 1,
        unit_price: canonical(line.amount),
        variant_id: null,
        staff_member_id: line.staff_member_id,
        is_designated: false,
        appointment_id: null,
        appointment_item_id: null,
        salon_service_id: null,
        coverage: null,
        inventory: [],
      })
      continue
    }
    const variant = variants.find((candidate) =>
      line.variant_id
        ? candidate.id === line.variant_id
        : line.type === "product" && line.sku
          ? candidate.sku === line.sku
          : line.type === "product" && candidate.barcode === line.barcode
    )
    if (!variant) {
      const what = line.variant_id
        ? `Product variant with id: ${line.variant_id}`
        : line.type === "product" && line.sku
          ? `Product with SKU ${line.sku}`
          : `Product with barcode ${line.type === "product" ? line.barcode : ""}`
      throw notFound(`${what} was not found`)
    }
    const kind = (variant.product?.metadata?.salon_kind as string | undefined) ?? null
    if (kind !== SALON_KIND_OF[line.type]) {
      throw invalid(
        `${field}: ${variantTitle(variant)} is ${kind ? `a ${kind.replace("_", " ")}` : "a retail product"}, not a ${line.type.replace("_", " ")} line`
      )
    }
    if ((line.type === "package" || line.type === "top_up") && !context.customer_id) {
      throw invalid(`${field}: a ${line.type.replace("_", " ")} is sold to a client (customer_id)`)
    }
    const quantity = line.type === "product" ? line.quantity : (line.quantity ?? 1)
    const price =
      line.type === "product" && line.unit_price !== undefined
        ? canonical(line.unit_price)
        : listPrice(variant, context.currency)
    if (price === null) {
      throw invalid(
        `${field}: ${variantTitle(variant)} has no ${context.currency.toUpperCase()} price`
      )
    }
    planned.push({
      position,
      line_type: line.type,
      title: variantTitle(variant),
      quantity,
      unit_price: price,
      variant_id: variant.id,
      staff_member_id: line.staff_member_id ?? null,
      is_designated: false,
      appointment_id: null,
      appointment_item_id: null,
      salon_service_id: null,
      coverage: null,
      inventory: variant.manage_inventory
        ? ((variant.inventory_items ?? []) as Row[]).map((link) => ({
            inventory_item_id: link.inventory_item_id,
            quantity: Number(link.required_quantity ?? 1) * quantity,
            allow_backorder: !!variant.allow_backorder,
          }))
        : [],
    })
  }
  return planned
}

/**
 * Whether a service is paid by a package session: one redeemed for it already (completed
 * appointment), one reserved for it at booking, or the package the front desk chose.
 */
async function packageCoverage(
  packages: ServicePackageModuleService,
  reservations: Row[],
  item: Row,
  line: { package_id?: string },
  context: LineContext,
  field: string
): Promise<PackageCoverage | null> {
  const held = reservations.find(
    (reservation) =>
      reservation.appointment_item_id === item.id &&
      ["reserved", "redeemed"].includes(reservation.status)
  )
  if (held) {
    if (line.package_id && line.package_id !== held.package_id) {
      throw invalid(
        `${field}.package_id: ${item.service_name} is already paid by a session of package ${held.package_id}`
      )
    }
    return held.status === "redeemed"
      ? {
          mode: "redeemed",
          package_id: held.package_id,
          package_item_id: held.package_item_id,
          entry_id: held.ledger_entry_id,
        }
      : {
          mode: "reservation",
          package_id: held.package_id,
          package_item_id: held.package_item_id,
          reservation_id: held.id,
        }
  }
  if (!line.package_id) return null
  const salonServiceId = item.salon_service?.id as string | undefined
  const eligible = salonServiceId
    ? await packages.listEligiblePackageItems({
        customer_id: context.customer_id!,
        salon_service_id: salonServiceId,
        branch_id: context.branch_id,
      })
    : []
  if (!eligible.some((candidate) => candidate.package_id === line.package_id)) {
    throw invalid(
      `${field}.package_id: package ${line.package_id} cannot pay for ${item.service_name}: it is not the client's, has expired, is not valid at this branch, or has no session of this service left`
    )
  }
  return { mode: "redeem", package_id: line.package_id, salon_service_id: salonServiceId! }
}
