import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createTreatmentNoteWorkflow } from "../../../../../workflows/client/workflows/create-treatment-note"
import { recordHealthDataAccessWorkflow } from "../../../../../workflows/client/workflows/record-health-data-access"
import { assertCustomer, staffActorId } from "../../helpers"
import { TREATMENT_NOTE_FIELDS } from "../../query-config"
import type { AdminCreateTreatmentNoteType } from "../../validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type {
  TreatmentNoteListResponse,
  TreatmentNoteResponse,
} from "../../../../../types/clients/http"

/**
 * The customer's treatment notes, newest first, with the staff member and branch. The read is
 * recorded in the health data access log (notes are health data).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<TreatmentNoteListResponse>
) => {
  const customerId = req.params.id
  const { limit, offset } = req.validatedQuery as { limit: number; offset: number }
  await assertCustomer(req.scope, customerId)
  await recordHealthDataAccessWorkflow(req.scope).run({
    input: {
      customer_id: customerId,
      actor_id: staffActorId(req),
      actor_type: "user",
      action: "view_notes",
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "treatment_note",
    fields: TREATMENT_NOTE_FIELDS,
    filters: { customer_id: customerId },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({
    treatment_notes: data.map((note) => ({
      ...note,
      staff_member: note.staff_member ?? null,
      branch: note.branch ?? null,
    })),
    count: metadata!.count,
    offset,
    limit,
  })
}

/** Records what was done at a visit (linked to the appointment when there is one). */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminCreateTreatmentNoteType>,
    res: MedusaResponse<TreatmentNoteResponse>
  ) => {
    const { result } = await createTreatmentNoteWorkflow(req.scope).run({
      input: { ...req.validatedBody, customer_id: req.params.id, created_by: staffActorId(req) },
    })
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [note],
    } = await query.graph({
      entity: "treatment_note",
      fields: TREATMENT_NOTE_FIELDS,
      filters: { id: result.id },
    })
    res.status(201).json({
      treatment_note: {
        ...note,
        staff_member: note.staff_member ?? null,
        branch: note.branch ?? null,
      },
    })
  }
)
