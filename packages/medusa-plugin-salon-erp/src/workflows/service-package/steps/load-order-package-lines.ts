import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SERVICE_PACKAGE_MODULE } from "../../../modules/service-package"
import type ServicePackageModuleService from "../../../modules/service-package/service"
import { toCents, toMajor, splitByWeights } from "../../../modules/service-package/lib/money"
import { loadTemplatesForSale } from "../../../lib/service-package/load-templates"
import { packageTerms } from "../../../lib/service-package/terms"

type OrderRow = {
  id: string
  customer_id: string | null
  currency_code: string
  sales_channel_id: string | null
  created_at: string
  metadata?: Record<string, unknown> | null
  items: {
    id: string
    variant_id: string | null
    quantity: number | string
    unit_price: number | string
    total?: number | string | null
    metadata?: Record<string, unknown> | null
  }[]
}

export const loadOrderPackageLinesStepId = "load-order-package-lines"
/**
 * This step finds the order lines that bought a package and prepares one issue per unit: the
 * template's terms, the price paid for that unit (the line total split evenly), and the branch
 * (the line's `metadata.branch_id`, else the branch selling through the order's sales channel
 * when there is exactly one). Orders without a customer or without packages give nothing.
 */
export const loadOrderPackageLinesStep = createStep(
  loadOrderPackageLinesStepId,
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    const {
      data: [found],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "customer_id",
        "currency_code",
        "sales_channel_id",
        "created_at",
        "metadata",
        // The whole line: quantity and totals come from the item's detail and are computed.
        "items.*",
      ],
      filters: { id: input.order_id },
    })
    const order = found as unknown as OrderRow | undefined
    if (!order?.customer_id || !order.items?.length) {
      return new StepResponse([])
    }
    const variantIds = order.items.map((item) => item.variant_id).filter(Boolean) as string[]
    const templates = variantIds.length
      ? await loadTemplatesForSale(container, { variant_id: variantIds })
      : []
    if (!templates.length) {
      return new StepResponse([])
    }
    let channelBranch: string | null = null
    if (order.sales_channel_id) {
      const { data: branches } = await query.graph({
        entity: "branch",
        fields: ["id", "sales_channel.id"],
        filters: { is_active: true },
      })
      const selling = branches.filter(
        (branch: { sales_channel?: { id: string } | null }) =>
          branch.sales_channel?.id === order.sales_channel_id
      )
      channelBranch = selling.length === 1 ? selling[0].id : null
    }
    const settings = await packages.getSettings()
    const purchasedAt = new Date(order.created_at)
    const issues = []
    for (const line of order.items) {
      const template = templates.find((candidate) => candidate.variant_id === line.variant_id)
      if (!template) continue
      const quantity = Number(line.quantity)
      const lineTotal =
        line.total === null || line.total === undefined
          ? toCents(line.unit_price) * quantity
          : toCents(line.total)
      const unitPrices = splitByWeights(
        lineTotal,
        Array.from({ length: quantity }, () => 1)
      )
      const branchId =
        typeof line.metadata?.branch_id === "string" ? line.metadata.branch_id : channelBranch
      for (let unit = 1; unit <= quantity; unit++) {
        issues.push({
          idempotency_key: `order-line:${line.id}:${unit}`,
          key_scope: "system" as const,
          author_type: "customer" as const,
          author_id: order.customer_id,
          customer_id: order.customer_id,
          // A counter sale records how it was paid; an online order was paid online.
          ...(order.metadata?.channel === "counter"
            ? {
                source: "counter" as const,
                payment_method: String(order.metadata.payment_method ?? "cash"),
              }
            : { source: "online" as const, payment_method: "online" }),
          selling_branch_id: branchId,
          order_id: order.id,
          order_line_item_id: line.id,
          ...packageTerms(
            { ...template, currency_code: order.currency_code, is_active: true },
            toMajor(unitPrices[unit - 1]),
            purchasedAt,
            settings.refund_fee_percent
          ),
        })
      }
    }
    return new StepResponse(issues)
  }
)
