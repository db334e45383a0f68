import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { createTreatmentNoteStep } from "../steps/create-treatment-note"
import { validateBookingReferencesStep } from "../steps/validate-booking-references"
import { validateClientCustomerStep } from "../steps/validate-client-customer"
import type { CreateTreatmentNoteInput } from "../../../lib/client/types"

export const createTreatmentNoteWorkflowId = "create-treatment-note"
/**
 * This workflow records what was done at a visit (404 naming the field for an unknown staff
 * member, branch or appointment; 400 for another customer's appointment).
 */
export const createTreatmentNoteWorkflow = createWorkflow(
  createTreatmentNoteWorkflowId,
  (input: CreateTreatmentNoteInput) => {
    validateClientCustomerStep({ customer_id: input.customer_id })
    const references = transform({ input }, ({ input }) => ({
      customer_id: input.customer_id,
      references: [
        { field: "appointment_id", kind: "appointment" as const, id: input.appointment_id },
        { field: "staff_member_id", kind: "staff_member" as const, id: input.staff_member_id },
        { field: "branch_id", kind: "branch" as const, id: input.branch_id },
      ],
      appointment_id: input.appointment_id ?? null,
    }))
    validateBookingReferencesStep(references)
    return new WorkflowResponse(createTreatmentNoteStep(input))
  }
)
