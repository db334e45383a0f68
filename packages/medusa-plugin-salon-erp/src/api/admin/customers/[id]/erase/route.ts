import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { eraseCustomerWorkflow } from "../../../../../workflows/client/workflows/erase-customer"
import { staffActorId } from "../../helpers"
import type { AdminEraseCustomerType } from "../../validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { EraseCustomerResponse } from "../../../../../types/clients/http"
import { isoDate } from "../../../../utils/iso-date"

/**
 * Erases the customer's personal data and keeps the ledgers. `confirm` must be the customer's
 * email or id (400 otherwise); erasing an erased customer is a 409.
 */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminEraseCustomerType>,
    res: MedusaResponse<EraseCustomerResponse>
  ) => {
    const { result } = await eraseCustomerWorkflow(req.scope).run({
      input: {
        customer_id: req.params.id,
        confirm: req.validatedBody.confirm,
        reason: req.validatedBody.reason,
        actor_id: staffActorId(req),
      },
    })
    res.json({
      id: result.customer_id,
      object: "customer",
      erased: true,
      erased_at: isoDate(result.erased_at),
    })
  }
)
