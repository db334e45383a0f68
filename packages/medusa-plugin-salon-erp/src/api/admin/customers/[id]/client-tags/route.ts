import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assignCustomerTagWorkflow } from "../../../../../workflows/client/workflows/assign-customer-tag"
import { customerTags, staffActorId } from "../../helpers"
import type { AdminAssignCustomerTagType } from "../../validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { CustomerTagsResponse } from "../../../../../types/clients/http"

/** Puts a manual tag on the customer (again: no change); returns the customer's tags. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminAssignCustomerTagType>,
    res: MedusaResponse<CustomerTagsResponse>
  ) => {
    await assignCustomerTagWorkflow(req.scope).run({
      input: {
        customer_id: req.params.id,
        tag_id: req.validatedBody.tag_id,
        assigned_by: staffActorId(req),
      },
    })
    res.json({ tags: await customerTags(req.scope, req.params.id) })
  }
)
