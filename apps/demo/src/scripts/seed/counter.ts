import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COUNTER_MODULE } from "medusa-plugin-salon-erp/modules/counter"
import type CounterModuleService from "medusa-plugin-salon-erp/src/modules/counter/service"
import { closeCounterShiftWorkflow } from "medusa-plugin-salon-erp/src/workflows/counter/workflows/close-counter-shift"
import { createCounterRegisterWorkflow } from "medusa-plugin-salon-erp/src/workflows/counter/workflows/create-counter-register"
import { openCounterShiftWorkflow } from "medusa-plugin-salon-erp/src/workflows/counter/workflows/open-counter-shift"
import { recordCounterCashEntryWorkflow } from "medusa-plugin-salon-erp/src/workflows/counter/workflows/record-counter-cash-entry"
import type { BookingSeed } from "./booking"

/**
 * A front-desk register per branch, each with a first shift: West Lake's is closed and a little
 * short, Jing'an's is still open. Counter sales are not built yet, so the drawers hold only the
 * float and a few paid in / paid out entries.
 */
export async function seedCounter(
  container: MedusaContainer,
  ctx: { booking: BookingSeed; admin_user_id: string }
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const counter: CounterModuleService = container.resolve(COUNTER_MODULE)
  let created = 0

  for (const [key, branch] of Object.entries(ctx.booking.branches)) {
    let [register] = await counter.listCounterRegisters({ branch_id: branch.id, code: "T1" })
    if (!register) {
      const { result } = await createCounterRegisterWorkflow(container).run({
        input: { branch_id: branch.id, name: "Front desk", code: "T1", currency_code: "cny" },
      })
      register = result
      created++
    }
    const [anyShift] = await counter.listCounterShifts({ register_id: register.id }, { take: 1 })
    if (anyShift) continue

    const { result: opened } = await openCounterShiftWorkflow(container).run({
      input: {
        register_id: register.id,
        opening_float: 500,
        opened_by: ctx.admin_user_id,
        idempotency_key: `demo-open-${register.id}`,
      },
    })
    const entries = [
      { kind: "paid_out" as const, amount: 36, reason: "Fresh flowers for the reception" },
      { kind: "paid_in" as const, amount: 200, reason: "Change from the bank" },
      { kind: "paid_out" as const, amount: 58.5, reason: "Towels from the laundry" },
    ]
    for (const [index, entry] of entries.entries()) {
      await recordCounterCashEntryWorkflow(container).run({
        input: {
          shift_id: opened.shift_id,
          ...entry,
          created_by: ctx.admin_user_id,
          idempotency_key: `demo-entry-${register.id}-${index}`,
        },
      })
    }
    if (key === "xihu") {
      // Expected 605.50; counted 600: short by 5.50.
      await closeCounterShiftWorkflow(container).run({
        input: {
          shift_id: opened.shift_id,
          counted_cash: 600,
          counted_tenders: { card: 1280, wechat_pay: 2365, alipay: 890 },
          closing_note: "Short 5.50: a coin roll was counted twice in the morning.",
          closed_by: ctx.admin_user_id,
        },
      })
    }
  }
  logger.info(
    `Seeded counter: ${created} new registers (${Object.keys(ctx.booking.branches).length} in all), a closed and an open shift`
  )
}
