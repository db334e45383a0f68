import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordHealthDataAccessWorkflow } from "../../../../../workflows/client/workflows/record-health-data-access"
import { upsertClientProfileWorkflow } from "../../../../../workflows/client/workflows/upsert-client-profile"
import { adminClientProfile, assertCustomer, staffActorId } from "../../helpers"
import type { AdminUpsertClientProfileType } from "../../validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { ClientProfileResponse } from "../../../../../types/clients/http"

/**
 * A customer's whole profile, health data included, with tags and the active custom field
 * definitions (a profile not written yet comes with empty values and id null). Each read is
 * recorded in the health data access log.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<ClientProfileResponse>
) => {
  const customerId = req.params.id
  await assertCustomer(req.scope, customerId)
  await recordHealthDataAccessWorkflow(req.scope).run({
    input: {
      customer_id: customerId,
      actor_id: staffActorId(req),
      actor_type: "user",
      action: "view_profile",
    },
  })
  res.json({ client_profile: await adminClientProfile(req.scope, customerId) })
}

/**
 * Creates or updates the customer's profile: any field; custom field values are validated
 * against their definitions (400 naming the field and the problem, nothing written).
 */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminUpsertClientProfileType>,
    res: MedusaResponse<ClientProfileResponse>
  ) => {
    await upsertClientProfileWorkflow(req.scope).run({
      input: { ...req.validatedBody, customer_id: req.params.id },
    })
    res.json({ client_profile: await adminClientProfile(req.scope, req.params.id) })
  }
)
