import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SERVICE_PACKAGE_MODULE } from "../../../modules/service-package"
import type ServicePackageModuleService from "../../../modules/service-package/service"
import { canonical } from "../../../modules/counter/lib/money"
import type { CounterSalePlan } from "../../../lib/counter/sale-plan"

/** The redemption behind each covered service line: its package, ledger entry and session value. */
export type CounterSessionRedemption = {
  position: number
  package_id: string
  package_item_id: string | null
  entry_id: string
  session_value: string
}

type Undo = { reservations: string[]; operations: string[] }

export const redeemCounterSessionsStepId = "redeem-counter-sessions"
/**
 * This step pays covered service lines with package sessions: a session reserved at booking is
 * redeemed (once per reservation), a package chosen at the counter is redeemed under a key of the
 * sale and line, and a session redeemed already when the appointment was completed is only
 * recorded. Compensation reopens the reservations and reverses the redemptions it made.
 */
export const redeemCounterSessionsStep = createStep(
  redeemCounterSessionsStepId,
  async ({ plan }: { plan: CounterSalePlan }, { container }) => {
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const undo: Undo = { reservations: [], operations: [] }
    const redeemed: Omit<CounterSessionRedemption, "session_value">[] = []
    try {
      for (const line of plan.lines) {
        const coverage = line.coverage
        if (!coverage) continue
        if (coverage.mode === "redeemed") {
          redeemed.push({
            position: line.position,
            package_id: coverage.package_id,
            package_item_id: coverage.package_item_id,
            entry_id: coverage.entry_id,
          })
          continue
        }
        if (coverage.mode === "reservation") {
          const result = await packages.redeemReservation(coverage.reservation_id, {
            staff_member_id: line.staff_member_id,
            branch_id: plan.branch_id,
            author_id: plan.created_by,
            is_designated: line.is_designated,
          })
          if (result?.created) undo.reservations.push(coverage.reservation_id)
          const [reservation] = await packages.listPackageReservations({
            id: coverage.reservation_id,
          })
          redeemed.push({
            position: line.position,
            package_id: coverage.package_id,
            package_item_id: coverage.package_item_id,
            entry_id: (result?.entry_ids[0] ?? reservation?.ledger_entry_id)!,
          })
          continue
        }
        const result = await packages.redeemSessions({
          idempotency_key: `counter-sale:${plan.sale_id}:${line.appointment_item_id}`,
          key_scope: "system",
          author_type: "user",
          author_id: plan.created_by,
          package_id: coverage.package_id,
          salon_service_id: coverage.salon_service_id,
          quantity: 1,
          branch_id: plan.branch_id,
          staff_member_id: line.staff_member_id!,
          appointment_id: line.appointment_id,
          appointment_item_id: line.appointment_item_id,
          reason: "Paid at the counter",
        })
        if (result.created) undo.operations.push(result.operation_id)
        redeemed.push({
          position: line.position,
          package_id: coverage.package_id,
          package_item_id: null,
          entry_id: result.entry_ids[0],
        })
      }
    } catch (error) {
      await undoRedemptions(packages, undo)
      throw error
    }
    const { data: entries } = redeemed.length
      ? await query.graph({
          entity: "package_ledger_entry",
          fields: ["id", "value", "package_item_id"],
          filters: { id: redeemed.map((entry) => entry.entry_id) },
        })
      : { data: [] as { id: string; value: number; package_item_id: string }[] }
    const result: CounterSessionRedemption[] = redeemed.map((entry) => {
      const row = entries.find((candidate) => candidate.id === entry.entry_id)
      return {
        ...entry,
        package_item_id: entry.package_item_id ?? row?.package_item_id ?? null,
        // Redemptions are negative ledger entries: the session's value is their magnitude.
        session_value: canonical(Math.abs(Number(row?.value ?? 0))),
      }
    })
    return new StepResponse(result, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    await undoRedemptions(container.resolve(SERVICE_PACKAGE_MODULE), undo)
  }
)

async function undoRedemptions(packages: ServicePackageModuleService, undo: Undo) {
  for (const reservationId of undo.reservations) await packages.reopenReservation(reservationId)
  for (const operationId of undo.operations) await packages.compensateOperation(operationId)
}
