import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUNTER_MODULE } from "../../../modules/counter"
import type CounterModuleService from "../../../modules/counter/service"
import { fingerprintOf } from "../../../modules/counter/lib/fingerprint"
import { canonical } from "../../../modules/counter/lib/money"
import type { SubmitCounterSaleInput } from "../../../lib/counter/sale-plan"

/** The calendar day at an instant in a time zone, YYYY-MM-DD (the settlement day). */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, dateStyle: "short" }).format(at)
}

/** What the request asks for, independent of field order and of 10 vs "10.00". */
export function saleFingerprint(input: SubmitCounterSaleInput): string {
  const money = (value: number | string | undefined) =>
    value === undefined ? null : canonical(value)
  return fingerprintOf({
    action: "counter_sale",
    shift_id: input.shift_id,
    customer_id: input.customer_id ?? null,
    lines: input.lines.map((line) => ({
      ...line,
      ...("unit_price" in line ? { unit_price: money(line.unit_price) } : {}),
      ...("amount" in line ? { amount: money(line.amount) } : {}),
    })),
    tenders: input.tenders.map((tender) => ({
      kind: tender.kind,
      amount: money(tender.amount),
      tendered: money(tender.tendered),
      reference: tender.reference ?? null,
    })),
    promo_codes: [...(input.promo_codes ?? [])].sort(),
    manual_discount: input.manual_discount
      ? { amount: money(input.manual_discount.amount), reason: input.manual_discount.reason }
      : null,
  })
}

export const claimCounterSaleStepId = "claim-counter-sale"
/**
 * This step claims the sale's idempotency key before anything moves: a new key starts a sale; a
 * key whose sale completed answers with that sale (`replayed`), so nothing moves twice; a key in
 * use by a submission still running waits for it. Compensation marks the claim failed, so a retry
 * with the same key may try again.
 */
export const claimCounterSaleStep = createStep(
  claimCounterSaleStepId,
  async (input: SubmitCounterSaleInput, { container }) => {
    const counter: CounterModuleService = container.resolve(COUNTER_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [shift] = await counter.listCounterShifts({ id: input.shift_id })
    if (!shift) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Counter shift with id: ${input.shift_id} was not found`
      )
    }
    const {
      data: [branch],
    } = await query.graph({
      entity: "branch",
      fields: ["id", "timezone"],
      filters: { id: shift.branch_id },
    })
    const claim = await counter.claimSale({
      idempotency_key: input.idempotency_key,
      fingerprint: saleFingerprint(input),
      branch_id: shift.branch_id,
      register_id: shift.register_id,
      shift_id: shift.id,
      currency_code: shift.currency_code,
      customer_id: input.customer_id ?? null,
      created_by: input.created_by,
      business_date: localDate(
        input.sold_at ? new Date(input.sold_at) : new Date(),
        branch?.timezone ?? "UTC"
      ),
    })
    return new StepResponse(claim, claim.replayed ? null : claim.sale_id)
  },
  async (saleId, { container }) => {
    if (!saleId) return
    const counter: CounterModuleService = container.resolve(COUNTER_MODULE)
    await counter.failSale(
      saleId,
      "The sale was rolled back: see the error returned to the request"
    )
  }
)
