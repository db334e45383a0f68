import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deleteCustomFieldDefinitionWorkflow } from "../../../../workflows/client/workflows/delete-custom-field-definition"
import { updateCustomFieldDefinitionWorkflow } from "../../../../workflows/client/workflows/update-custom-field-definition"
import { CUSTOM_FIELD_DEFINITION_FIELDS } from "../query-config"
import type { AdminUpdateCustomFieldDefinitionType } from "../validators"
import { withConflictMessages } from "../../../utils/conflict-messages"
import type {
  CustomFieldDefinitionResponse,
  DeleteCustomFieldDefinitionResponse,
} from "../../../../types/clients/http"

/**
 * Changes a custom field's label, requiredness, options, activity, order or type. A change
 * that would break stored values (another type, removing an option in use) is refused with 409.
 */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminUpdateCustomFieldDefinitionType>,
    res: MedusaResponse<CustomFieldDefinitionResponse>
  ) => {
    await updateCustomFieldDefinitionWorkflow(req.scope).run({
      input: { ...req.validatedBody, id: req.params.id },
    })
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [client_field_definition],
    } = await query.graph({
      entity: "custom_field_definition",
      fields: CUSTOM_FIELD_DEFINITION_FIELDS,
      filters: { id: req.params.id },
    })
    res.json({ client_field_definition })
  }
)

/**
 * Deletes a custom field no customer has a value for; one with stored values is deactivated
 * instead (`deleted: false`).
 */
export const DELETE = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest,
    res: MedusaResponse<DeleteCustomFieldDefinitionResponse>
  ) => {
    const { result } = await deleteCustomFieldDefinitionWorkflow(req.scope).run({
      input: { id: req.params.id },
    })
    res.json({ id: result.id, object: "client_field_definition", deleted: result.deleted })
  }
)
