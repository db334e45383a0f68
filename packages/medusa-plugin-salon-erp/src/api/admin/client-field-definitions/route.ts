import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCustomFieldDefinitionWorkflow } from "../../../workflows/client/workflows/create-custom-field-definition"
import { CUSTOM_FIELD_DEFINITION_FIELDS } from "./query-config"
import type { AdminCreateCustomFieldDefinitionType } from "./validators"
import { withConflictMessages } from "../../utils/conflict-messages"
import type {
  CustomFieldDefinitionListResponse,
  CustomFieldDefinitionResponse,
} from "../../../types/clients/http"

/** The custom profile fields headquarters defines, in form order; filter by `is_active`. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<CustomFieldDefinitionListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { is_active, limit, offset } = req.validatedQuery as {
    is_active?: "true" | "false"
    limit: number
    offset: number
  }
  const { data, metadata } = await query.graph({
    entity: "custom_field_definition",
    fields: CUSTOM_FIELD_DEFINITION_FIELDS,
    filters: is_active ? { is_active: is_active === "true" } : {},
    pagination: { skip: offset, take: limit, order: { rank: "ASC", created_at: "ASC" } },
  })
  res.json({ client_field_definitions: data, count: metadata!.count, offset, limit })
}

/** Defines a custom profile field (422 when the key exists). */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminCreateCustomFieldDefinitionType>,
    res: MedusaResponse<CustomFieldDefinitionResponse>
  ) => {
    const { result } = await createCustomFieldDefinitionWorkflow(req.scope).run({
      input: req.validatedBody,
    })
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [client_field_definition],
    } = await query.graph({
      entity: "custom_field_definition",
      fields: CUSTOM_FIELD_DEFINITION_FIELDS,
      filters: { id: result.id },
    })
    res.status(201).json({ client_field_definition })
  }
)
