import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { STAFF_ONLY_FIELDS } from "../../../../../modules/client/lib/constants"
import { recordHealthDataAccessWorkflow } from "../../../../../workflows/client/workflows/record-health-data-access"
import { upsertClientProfileWorkflow } from "../../../../../workflows/client/workflows/upsert-client-profile"
import { profileRow } from "../../../../admin/customers/helpers"
import type { StoreUpdateClientProfileType } from "./validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type {
  ClientProfileFields,
  StoreClientProfile,
  StoreClientProfileResponse,
} from "../../../../../types/clients/http"

/** The customer's own profile without staff-only fields (and without tags). */
async function ownProfile(scope: MedusaContainer, customerId: string) {
  const profile: Partial<ClientProfileFields> = await profileRow(scope, customerId)
  for (const field of STAFF_ONLY_FIELDS) delete profile[field]
  return profile as StoreClientProfile
}

// Also served at `/store/customers/me/profile` (the documented path), which re-exports these
// handlers; this path stays as an alias for integrations that already call it.

/**
 * The logged-in customer's own profile, their health data included (the read is recorded in the
 * access log as the customer's). Only ever the authenticated customer's.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<StoreClientProfileResponse>
) => {
  const customerId = req.auth_context.actor_id
  await recordHealthDataAccessWorkflow(req.scope).run({
    input: {
      customer_id: customerId,
      actor_id: customerId,
      actor_type: "customer",
      action: "view_profile",
    },
  })
  res.json({ client_profile: await ownProfile(req.scope, customerId) })
}

/**
 * Updates the customer's own profile (the fields they may edit; a new consent_version records
 * the consent time).
 */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<StoreUpdateClientProfileType>,
    res: MedusaResponse<StoreClientProfileResponse>
  ) => {
    const customerId = req.auth_context.actor_id
    await upsertClientProfileWorkflow(req.scope).run({
      input: { ...req.validatedBody, customer_id: customerId },
    })
    res.json({ client_profile: await ownProfile(req.scope, customerId) })
  }
)
