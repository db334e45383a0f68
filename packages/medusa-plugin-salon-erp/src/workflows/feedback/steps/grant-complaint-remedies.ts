import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type FeedbackModuleService from "../../../modules/feedback/service"
import type { RemedyKind } from "../../../modules/feedback/types"
import {
  type ComplaintRemediesInput,
  type GrantedRemedy,
  grantRemedy,
  undoGrants,
} from "../../../lib/feedback/remedies"

export type GrantComplaintRemediesStepInput = Omit<ComplaintRemediesInput, "remedies"> & {
  /** The remedies just recorded. */
  remedies: {
    id: string
    kind: RemedyKind
    amount?: unknown
    currency_code?: string | null
    salon_service_id?: string | null
  }[]
}

export const grantComplaintRemediesStepId = "grant-complaint-remedies"
/**
 * This step grants the recorded remedies a capability can: a `goodwill_credit` becomes stored
 * value bonus (keyed by the remedy, so a retry credits once) and a `free_session` a complimentary
 * one-session package; each is then marked applied with the ledger operation or package as its
 * reference. All or nothing: when one grant fails, those before it are taken back before the
 * step fails. Compensation takes back every grant (reversing ledger entries, nothing deleted).
 */
export const grantComplaintRemediesStep = createStep(
  grantComplaintRemediesStepId,
  async (input: GrantComplaintRemediesStepInput, { container }) => {
    if (!input.remedies.length) {
      return new StepResponse({ remedies: [], account_ids: [] as string[] }, [] as GrantedRemedy[])
    }
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const granted: GrantedRemedy[] = []
    try {
      for (const remedy of input.remedies) {
        const done = await grantRemedy(container, input, remedy)
        if (!done) continue
        granted.push({ remedy_id: remedy.id, kind: remedy.kind, ...done })
        await feedback.updateComplaintRemedies({
          id: remedy.id,
          status: "applied",
          status_reason: null,
          applied_at: new Date(),
          applied_by: input.actor_id ?? null,
          applied_reference: done.reference,
        })
      }
    } catch (error) {
      await undoGrants(container, granted)
      throw error
    }
    const remedies = await feedback.listComplaintRemedies({
      id: input.remedies.map((remedy) => remedy.id),
    })
    const accountIds = granted.flatMap((done) => (done.account_id ? [done.account_id] : []))
    return new StepResponse({ remedies, account_ids: accountIds }, granted)
  },
  async (granted, { container }) => {
    if (!granted?.length) {
      return
    }
    await undoGrants(container, granted)
  }
)
