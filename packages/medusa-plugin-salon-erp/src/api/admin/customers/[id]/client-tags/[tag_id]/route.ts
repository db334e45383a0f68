import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { unassignCustomerTagWorkflow } from "../../../../../../workflows/client/workflows/unassign-customer-tag"
import { customerTags } from "../../../helpers"
import { withConflictMessages } from "../../../../../utils/conflict-messages"
import type { CustomerTagsResponse } from "../../../../../../types/clients/http"

/** Takes a tag off the customer; returns the customer's remaining tags. */
export const DELETE = withConflictMessages(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse<CustomerTagsResponse>) => {
    await unassignCustomerTagWorkflow(req.scope).run({
      input: { customer_id: req.params.id, tag_id: req.params.tag_id },
    })
    res.json({ tags: await customerTags(req.scope, req.params.id) })
  }
)
