import { MedusaError } from "@medusajs/framework/utils"
import { allocatePrice } from "../../modules/service-package/lib/allocation"
import { toCents, toMajor } from "../../modules/service-package/lib/money"
import type { AllocationMethodType, BranchScope } from "../../modules/service-package/types"

const DAY_MS = 86_400_000

/** A template as a sale needs it, with its services' names and prices in the sale currency. */
export type TemplateForSale = {
  id: string
  name: string
  currency_code: string
  validity_days: number | null
  valid_until: string | Date | null
  branch_scope: BranchScope
  allocation_method: AllocationMethodType
  refund_fee_percent: number | null
  is_active: boolean
  /** The variant's price in the template's currency, when it has one. */
  list_price: number | null
  items: {
    salon_service_id: string
    service_name: string
    sessions: number
    session_value: number | null
    /** The service's own price in the template's currency. */
    service_price: number | null
  }[]
}

/** The terms a package is sold on: copied from the template, with the price split over the items. */
export function packageTerms(
  template: TemplateForSale,
  pricePaid: number,
  purchasedAt: Date,
  defaultRefundFeePercent: number
) {
  let expiresAt: Date
  if (template.validity_days) {
    expiresAt = new Date(purchasedAt.getTime() + template.validity_days * DAY_MS)
  } else {
    expiresAt = new Date(template.valid_until as string)
    if (expiresAt.getTime() <= purchasedAt.getTime()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${template.name} was valid until ${expiresAt.toISOString().slice(0, 10)}; it can no longer be sold`
      )
    }
  }
  const priceCents = toCents(pricePaid)
  const parts = allocatePrice(
    template.allocation_method,
    template.items.map((item) => ({
      service_name: item.service_name,
      sessions: item.sessions,
      list_price_cents: item.service_price === null ? null : toCents(item.service_price),
      session_value_cents: item.session_value === null ? null : toCents(item.session_value),
    })),
    priceCents
  )
  return {
    template_id: template.id,
    name: template.name,
    currency_code: template.currency_code,
    price_paid: toMajor(priceCents),
    branch_scope: template.branch_scope,
    allocation_method: template.allocation_method,
    refund_fee_percent: template.refund_fee_percent ?? defaultRefundFeePercent,
    purchased_at: purchasedAt.toISOString(),
    expires_at: expiresAt.toISOString(),
    items: template.items.map((item, index) => ({
      salon_service_id: item.salon_service_id,
      service_name: item.service_name,
      sessions: item.sessions,
      allocated_amount: toMajor(parts[index]),
    })),
  }
}
