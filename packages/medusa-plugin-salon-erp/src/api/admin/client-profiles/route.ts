import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CLIENT_MODULE } from "../../../modules/client"
import { customFieldFilter } from "../../../modules/client/lib/custom-field-filter"
import type { FieldDefinition } from "../../../modules/client/lib/custom-fields"
import type ClientModuleService from "../../../modules/client/service"
import { tagsByCustomer } from "../customers/helpers"
import { CLIENT_PROFILE_LIST_FIELDS } from "./query-config"
import type { AdminGetClientProfilesParamsType } from "./validators"
import type { ClientProfileListResponse } from "../../../types/clients/http"

const intersect = (a: string[] | undefined, b: string[]) => {
  if (!a) return b
  const inB = new Set(b)
  return a.filter((id) => inB.has(id))
}

/**
 * The customers whose profile's custom field values match every filter (a 400 naming the key for
 * an unknown or deactivated field or a bad value); undefined without custom field filters.
 */
async function customersByCustomFields(
  req: AuthenticatedMedusaRequest,
  filters: Record<string, string | string[]> | undefined
): Promise<string[] | undefined> {
  if (!filters || !Object.keys(filters).length) return undefined
  const client: ClientModuleService = req.scope.resolve(CLIENT_MODULE)
  const definitions = (await client.listCustomFieldDefinitions(
    { key: Object.keys(filters) },
    { select: ["key", "label", "type", "required", "options", "is_active"] }
  )) as unknown as FieldDefinition[]
  const condition = customFieldFilter(definitions, filters)
  if (!condition) return undefined
  return await client.listCustomerIdsByCustomFields(condition)
}

/**
 * Client profiles for marketing and front-desk lists: filter by tag (any of), skin type, gender,
 * home branch, RFM segment, custom field values (`custom_fields[key]=value`, all must match) and
 * `q` (customer name, email or phone). Each row carries its RFM segment and scores (null before
 * the first recomputation). Never carries health fields.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<ClientProfileListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const client: ClientModuleService = req.scope.resolve(CLIENT_MODULE)
  const {
    q,
    tag_id,
    skin_type,
    gender,
    home_branch_id,
    rfm_segment,
    custom_fields,
    limit,
    offset,
  } = req.validatedQuery as AdminGetClientProfilesParamsType

  // Checked first: a bad custom field filter is a 400 before any other lookup.
  let customerIds = await customersByCustomFields(req, custom_fields)
  if (tag_id?.length) {
    const { data } = await query.graph({
      entity: "customer_tag",
      fields: ["customer_id"],
      filters: { tag_id },
    })
    customerIds = intersect(customerIds, [...new Set(data.map((row) => row.customer_id as string))])
  }
  if (rfm_segment?.length) {
    const rows = await client.listClientRfms(
      { segment: rfm_segment as never },
      { select: ["customer_id"] }
    )
    customerIds = intersect(
      customerIds,
      rows.map((row) => row.customer_id)
    )
  }
  if (q) {
    const customers = await req.scope
      .resolve(Modules.CUSTOMER)
      .listCustomers({ q }, { select: ["id"] })
    customerIds = intersect(
      customerIds,
      customers.map((customer) => customer.id)
    )
  }

  const filters: Record<string, unknown> = {}
  if (customerIds) filters.customer_id = customerIds
  if (skin_type?.length) filters.skin_type = skin_type
  if (gender?.length) filters.gender = gender
  if (home_branch_id?.length) filters.home_branch_id = home_branch_id

  const { data, metadata } =
    customerIds && !customerIds.length
      ? { data: [], metadata: { count: 0 } }
      : await query.graph({
          entity: "client_profile",
          fields: CLIENT_PROFILE_LIST_FIELDS,
          filters,
          pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
        })
  const tags = await tagsByCustomer(
    req.scope,
    data.map((profile) => profile.customer_id as string)
  )
  const rfm = data.length
    ? await client.listClientRfms(
        { customer_id: data.map((profile) => profile.customer_id as string) },
        {
          select: [
            "customer_id",
            "segment",
            "r_score",
            "f_score",
            "m_score",
            "recency_days",
            "frequency",
            "monetary",
            "computed_at",
          ],
        }
      )
    : []
  const rfmByCustomer = new Map(
    rfm.map(({ customer_id, monetary, ...scores }) => [
      customer_id,
      { ...scores, monetary: Number(monetary) },
    ])
  )
  res.json({
    client_profiles: data.map((profile) => ({
      ...profile,
      tags: tags.get(profile.customer_id as string) ?? [],
      rfm: rfmByCustomer.get(profile.customer_id as string) ?? null,
    })),
    count: metadata!.count,
    offset,
    limit,
  })
}
