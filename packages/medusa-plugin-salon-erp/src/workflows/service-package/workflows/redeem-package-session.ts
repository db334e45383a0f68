import {
  WorkflowResponse,
  createHook,
  createWorkflow,
  transform,
} from "@medusajs/framework/workflows-sdk"
import { redeemPackageSessionsStep } from "../steps/redeem-package-sessions"
import { validateBranchAndStaffStep } from "../steps/validate-branch-and-staff"
import { validatePackageUseStep } from "../steps/validate-package-use"
import { type WorkflowActor, authorOf } from "../../../lib/service-package/actor"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

export type RedeemPackageSessionWorkflowInput = WorkflowActor & {
  package_id: string
  salon_service_id?: string | null
  package_item_id?: string | null
  quantity?: number
  branch_id: string
  /** Who performed the service. */
  staff_member_id: string
  appointment_id?: string | null
  reason?: string | null
  idempotency_key: string
}

export const redeemPackageSessionWorkflowId = "redeem-package-session"
/**
 * This workflow redeems sessions of a package at the counter, recording the staff member who
 * performed the service and the session value, and emits `service_package.session_redeemed`.
 * A retry with the same idempotency key redeems nothing more.
 *
 * Hook `packageSessionRedeeming` ({ input }): runs after the checks, before anything is
 * redeemed; a handler that throws refuses the redemption (e.g. a rule of the integrator's).
 */
export const redeemPackageSessionWorkflow = createWorkflow(
  redeemPackageSessionWorkflowId,
  (input: RedeemPackageSessionWorkflowInput) => {
    validateBranchAndStaffStep({
      branch_id: input.branch_id,
      staff_member_id: input.staff_member_id,
      appointment_id: input.appointment_id,
    })
    validatePackageUseStep({
      package_id: input.package_id,
      salon_service_id: input.salon_service_id,
      package_item_id: input.package_item_id,
      branch_id: input.branch_id,
    })
    const packageSessionRedeeming = createHook("packageSessionRedeeming", { input })
    const redeemInput = transform({ input }, ({ input }) => ({
      package_id: input.package_id,
      salon_service_id: input.salon_service_id ?? null,
      package_item_id: input.package_item_id ?? null,
      quantity: input.quantity ?? 1,
      branch_id: input.branch_id,
      staff_member_id: input.staff_member_id,
      appointment_id: input.appointment_id ?? null,
      reason: input.reason ?? null,
      idempotency_key: input.idempotency_key,
      key_scope: "request" as const,
      ...authorOf(input),
    }))
    const result = redeemPackageSessionsStep(redeemInput)
    publishOutboxEventsStep({
      module: "service_package",
      aggregate_ids: transform({ result }, ({ result }) => [result.package_id]),
    })
    return new WorkflowResponse(result, { hooks: [packageSessionRedeeming] })
  }
)
