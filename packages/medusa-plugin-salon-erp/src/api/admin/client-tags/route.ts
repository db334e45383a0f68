import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CLIENT_MODULE } from "../../../modules/client"
import type ClientModuleService from "../../../modules/client/service"
import { createClientTagWorkflow } from "../../../workflows/client/workflows/create-client-tag"
import { CLIENT_TAG_FIELDS } from "./query-config"
import type { AdminCreateClientTagType } from "./validators"
import { withConflictMessages } from "../../utils/conflict-messages"
import type { ClientTagListResponse, ClientTagResponse } from "../../../types/clients/http"

/** The client tags by name, each with how many customers carry it; `q` searches names. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<ClientTagListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const client: ClientModuleService = req.scope.resolve(CLIENT_MODULE)
  const { q, limit, offset } = req.validatedQuery as { q?: string; limit: number; offset: number }
  const { data, metadata } = await query.graph({
    entity: "client_tag",
    fields: CLIENT_TAG_FIELDS,
    filters: q ? { name: { $ilike: `%${q}%` } } : {},
    pagination: { skip: offset, take: limit, order: { name: "ASC" } },
  })
  const counts = await client.countCustomersByTag(data.map((tag) => tag.id))
  res.json({
    client_tags: data.map((tag) => ({ ...tag, customer_count: counts[tag.id] ?? 0 })),
    count: metadata!.count,
    offset,
    limit,
  })
}

/** Creates a manual tag, or an automatic one with its rule (422 when the name exists). */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminCreateClientTagType>,
    res: MedusaResponse<ClientTagResponse>
  ) => {
    const { result } = await createClientTagWorkflow(req.scope).run({ input: req.validatedBody })
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [client_tag],
    } = await query.graph({
      entity: "client_tag",
      fields: CLIENT_TAG_FIELDS,
      filters: { id: result.id },
    })
    res.status(201).json({ client_tag: { ...client_tag, customer_count: 0 } })
  }
)
