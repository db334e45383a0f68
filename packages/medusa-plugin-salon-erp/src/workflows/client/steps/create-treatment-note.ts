import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CLIENT_MODULE } from "../../../modules/client"
import { asJson } from "../../../modules/client/lib/json"
import type ClientModuleService from "../../../modules/client/service"
import type { CreateTreatmentNoteInput } from "../../../lib/client/types"

export const createTreatmentNoteStepId = "create-treatment-note"
/**
 * This step records a treatment note. Compensation deletes it.
 */
export const createTreatmentNoteStep = createStep(
  createTreatmentNoteStepId,
  async (input: CreateTreatmentNoteInput, { container }) => {
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    const note = await client.createTreatmentNotes({
      customer_id: input.customer_id,
      appointment_id: input.appointment_id ?? null,
      staff_member_id: input.staff_member_id ?? null,
      branch_id: input.branch_id ?? null,
      services: asJson(input.services ?? []),
      products_used: asJson(input.products_used ?? []),
      notes: input.notes,
      photo_urls: asJson(input.photo_urls ?? []),
      created_by: input.created_by ?? null,
    })
    return new StepResponse(note, note.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    await client.deleteTreatmentNotes(id)
  }
)
