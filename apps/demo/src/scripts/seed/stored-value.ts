import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { STORED_VALUE_MODULE } from "medusa-plugin-salon-erp/modules/stored-value"
import type StoredValueModuleService from "medusa-plugin-salon-erp/src/modules/stored-value/service"
import { adjustStoredValueWorkflow } from "medusa-plugin-salon-erp/src/workflows/stored-value/workflows/adjust-stored-value"
import { closeStoredValueAccountWorkflow } from "medusa-plugin-salon-erp/src/workflows/stored-value/workflows/close-stored-value-account"
import { createRechargePlanWorkflow } from "medusa-plugin-salon-erp/src/workflows/stored-value/workflows/create-recharge-plan"
import { refundStoredValueWorkflow } from "medusa-plugin-salon-erp/src/workflows/stored-value/workflows/refund-stored-value"
import { spendStoredValueWorkflow } from "medusa-plugin-salon-erp/src/workflows/stored-value/workflows/spend-stored-value"
import { topUpStoredValueWorkflow } from "medusa-plugin-salon-erp/src/workflows/stored-value/workflows/top-up-stored-value"
import type { BookingSeed } from "./booking"
import type { SeedContext } from "./context"

const PLANS = [
  {
    key: "550",
    name: "Pay ¥500, get ¥550",
    pay_amount: 500,
    bonus_type: "fixed" as const,
    bonus_value: 50,
    bonus_validity_days: 180,
  },
  {
    key: "1200",
    name: "Pay ¥1,000, get ¥1,200",
    pay_amount: 1000,
    bonus_type: "fixed" as const,
    bonus_value: 200,
    bonus_validity_days: 365,
  },
  {
    key: "3900",
    name: "Pay ¥3,000, get ¥3,900",
    pay_amount: 3000,
    bonus_type: "percent" as const,
    bonus_value: 30,
    bonus_validity_days: 365,
  },
]

/**
 * Recharge plans (pay 500 get 550, 1,000 → 1,200, 3,000 → 3,900) and members with balances and
 * history: counter top-ups sold by staff at both branches, charges for completed appointments, a
 * refund, a manager's adjustment and one canceled card. Keyed operations: a second run moves nothing.
 */
export async function seedStoredValue(
  container: MedusaContainer,
  ctx: SeedContext,
  booking: BookingSeed
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const service: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)

  const plans: Record<string, string> = {}
  for (const plan of PLANS) {
    let [existing] = await service.listRechargePlans({ name: plan.name })
    if (!existing) {
      const { result } = await createRechargePlanWorkflow(container).run({
        input: {
          ...plan,
          currency_code: "cny",
          description: "Valid at every Lotus Beauty branch.",
          sales_channel_ids: [ctx.sales_channel_id],
        },
      })
      existing = result
    }
    plans[plan.key] = existing.id
  }

  const branchIds = Object.values(booking.branches).map((branch) => branch.id)
  const sellers = Object.values(booking.staff).map((member) => member.id)
  const members = booking.customers.slice(0, 14)
  const key = (label: string) => `demo:stored-value:${label}`
  const staffLike = { created_by: null }

  for (const [index, member] of members.entries()) {
    const plan = index % 5 === 0 ? plans["3900"] : index % 2 === 0 ? plans["1200"] : plans["550"]
    await topUpStoredValueWorkflow(container).run({
      input: {
        idempotency_key: key(`top-up:${member.id}`),
        customer_id: member.id,
        currency_code: "cny",
        plan_id: plan,
        payment_method: (["wechat_pay", "alipay", "card", "cash"] as const)[index % 4],
        branch_id: branchIds[index % branchIds.length],
        staff_member_id: sellers[index % sellers.length],
        ...staffLike,
      },
    })
  }

  // Completed appointments of these members are paid from their balance at the counter.
  const { data: appointments } = await query.graph({
    entity: "appointment",
    fields: ["id", "customer_id", "branch_id", "items.variant_id", "items.staff_member_id"],
    filters: { status: "completed", customer_id: members.map((member) => member.id) },
    pagination: { take: 40, skip: 0, order: { starts_at: "ASC" } },
  })
  const price = new Map(
    Object.values(booking.services).map((service) => [service.variant_id, service.cny])
  )
  const spends: string[] = []
  for (const appointment of appointments) {
    const item = appointment.items?.[0]
    const amount = item ? price.get(item.variant_id) : undefined
    if (!amount) continue
    try {
      const { result } = await spendStoredValueWorkflow(container).run({
        input: {
          idempotency_key: key(`appointment:${appointment.id}`),
          customer_id: appointment.customer_id,
          currency_code: "cny",
          amount,
          branch_id: appointment.branch_id,
          staff_member_id: item?.staff_member_id ?? null,
          reference_type: "appointment",
          reference_id: appointment.id,
          ...staffLike,
        },
      })
      spends.push(result.operation_id)
    } catch {
      // Balance too low for this visit: the member paid by card instead.
    }
  }

  if (spends[0]) {
    await refundStoredValueWorkflow(container).run({
      input: {
        idempotency_key: key("refund:first-spend"),
        operation_id: spends[0],
        amount: 50,
        reason: "Treatment shortened: the therapist was late",
      },
    })
  }
  const [adjusted] = await service.listStoredValueAccounts({
    customer_id: members[1].id,
    currency_code: "cny",
  })
  if (adjusted) {
    await adjustStoredValueWorkflow(container).run({
      input: {
        idempotency_key: key("adjust:goodwill"),
        account_id: adjusted.id,
        principal_amount: 0,
        bonus_amount: 30,
        reason: "Goodwill: booking mix-up on the phone",
      },
    })
  }
  const closing = members[members.length - 1]
  const [toClose] = await service.listStoredValueAccounts({
    customer_id: closing.id,
    currency_code: "cny",
  })
  if (toClose?.status === "active") {
    await closeStoredValueAccountWorkflow(container).run({
      input: {
        idempotency_key: key("close:moving"),
        account_id: toClose.id,
        reason: "Member moving to another city",
        payment_method: "bank_transfer",
      },
    })
  }

  const { mismatches } = await service.reconcile()
  const accounts = await service.listStoredValueAccounts({
    customer_id: members.map((member) => member.id),
  })
  const total = accounts.reduce(
    (sum, account) => MathBN.add(sum, account.principal_balance, account.bonus_balance),
    MathBN.convert(0)
  )
  logger.info(
    `Seeded stored value: ${Object.keys(plans).length} recharge plans, ${accounts.length} member accounts holding ¥${total.toFixed(2)}, books ${mismatches.length ? "NOT balanced" : "balanced"}`
  )
  return { plans }
}
