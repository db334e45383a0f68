import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { createTreatmentNoteStep } from "../steps/create-treatment-note"
import { validateBookingReferencesStep } from "../steps/validate-booking-references"
import { validateClientCustomerStep } from "../steps/validate-client-customer"
import type { CreateTreatmentNoteInput } from "../types"

export const createTreatmentNoteWorkflowId = "create-treatment-note"
/**
 * This workflow records what was done at a visit (400 for an unknown staff member, branch or appointment, or another customer's appointment).
 */
export const createTreatmentNoteWorkflow = createWorkflow(
  createTreatmentNoteWorkflowId,
  (input: CreateTreatmentNoteInput) => {
    validateClientCustomerStep({ customer_id: input.customer_id })
    const references = transform({ input }, ({ input }) => ({
      customer_id: input.customer_id,
      staff_member_ids: input.staff_member_id ? [input.staff_member_id] : [],
      branch_ids: input.branch_id ? [input.branch_id] : [],
      appointment_id: input.appointment_id ?? null,
    }))
    validateBookingReferencesStep(references)
    return new WorkflowResponse(createTreatmentNoteStep(input))
  }
)
