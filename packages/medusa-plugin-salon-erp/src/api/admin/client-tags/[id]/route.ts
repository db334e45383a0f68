import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CLIENT_MODULE } from "../../../../modules/client"
import type ClientModuleService from "../../../../modules/client/service"
import { deleteClientTagWorkflow } from "../../../../workflows/client/workflows/delete-client-tag"
import { updateClientTagWorkflow } from "../../../../workflows/client/workflows/update-client-tag"
import { CLIENT_TAG_FIELDS } from "../query-config"
import type { AdminUpdateClientTagType } from "../validators"
import { withConflictMessages } from "../../../utils/conflict-messages"
import type { ClientTagResponse, DeleteResponse } from "../../../../types/clients/http"

/** Renames, recolours or redescribes a tag, or changes an automatic tag's rule. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminUpdateClientTagType>,
    res: MedusaResponse<ClientTagResponse>
  ) => {
    await updateClientTagWorkflow(req.scope).run({
      input: { ...req.validatedBody, id: req.params.id },
    })
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const client: ClientModuleService = req.scope.resolve(CLIENT_MODULE)
    const {
      data: [client_tag],
    } = await query.graph({
      entity: "client_tag",
      fields: CLIENT_TAG_FIELDS,
      filters: { id: req.params.id },
    })
    const counts = await client.countCustomersByTag([req.params.id])
    res.json({ client_tag: { ...client_tag, customer_count: counts[req.params.id] ?? 0 } })
  }
)

/** Deletes a tag and takes it off every customer carrying it. */
export const DELETE = withConflictMessages(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse<DeleteResponse>) => {
    await deleteClientTagWorkflow(req.scope).run({ input: { id: req.params.id } })
    res.json({ id: req.params.id, object: "client_tag", deleted: true })
  }
)
