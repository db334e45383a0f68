import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CLIENT_PROFILE_FIELDS } from "../../../modules/client/lib/constants"
import { EMPTY_PROFILE } from "../../../workflows/client/steps/upsert-client-profile"
import { CUSTOM_FIELD_DEFINITION_FIELDS } from "../client-field-definitions/query-config"

import type { ClientProfile, ClientProfileFields, CustomerTag } from "../../../types/clients/http"

type Row = Record<string, unknown>

export const staffActorId = (req: AuthenticatedMedusaRequest) => req.auth_context.actor_id

/** 404 unless the customer exists. */
export async function assertCustomer(scope: MedusaContainer, customerId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id"],
    filters: { id: customerId },
  })
  if (!data.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Customer with id: ${customerId} was not found`
    )
  }
}

/** The tags the given customers carry, by customer id (one query). */
export async function tagsByCustomer(
  scope: MedusaContainer,
  customerIds: string[]
): Promise<Map<string, CustomerTag[]>> {
  const byCustomer = new Map<string, CustomerTag[]>(customerIds.map((id) => [id, []]))
  if (!customerIds.length) return byCustomer
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer_tag",
    fields: ["customer_id", "source", "tag.id", "tag.name", "tag.color"],
    filters: { customer_id: customerIds },
  })
  for (const row of data as Row[]) {
    const tag = row.tag as { id: string; name: string; color: string | null } | null
    if (!tag) continue
    byCustomer.get(row.customer_id as string)?.push({
      id: tag.id,
      name: tag.name,
      color: tag.color,
      source: row.source as CustomerTag["source"],
    })
  }
  for (const tags of byCustomer.values()) tags.sort((a, b) => a.name.localeCompare(b.name))
  return byCustomer
}

/** The customer's profile fields, or the empty values of a profile not written yet (id null). */
export async function profileRow(
  scope: MedusaContainer,
  customerId: string
): Promise<ClientProfileFields> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [profile],
  } = await query.graph({
    entity: "client_profile",
    fields: CLIENT_PROFILE_FIELDS,
    filters: { customer_id: customerId },
  })
  if (profile) return profile as ClientProfileFields
  // EMPTY_PROFILE types its lists as the JSON columns' write type; they are plain empty lists.
  const empty = { id: null, customer_id: customerId, ...EMPTY_PROFILE }
  return { ...(empty as unknown as ClientProfileFields), created_at: null, updated_at: null }
}

/**
 * A customer's full profile as staff see it: every field including health data, the tags, and
 * the active custom field definitions (in form order).
 */
export async function adminClientProfile(
  scope: MedusaContainer,
  customerId: string
): Promise<ClientProfile> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [profile, tags, { data: definitions }] = await Promise.all([
    profileRow(scope, customerId),
    tagsByCustomer(scope, [customerId]),
    query.graph({
      entity: "custom_field_definition",
      fields: CUSTOM_FIELD_DEFINITION_FIELDS,
      filters: { is_active: true },
      pagination: { order: { rank: "ASC", created_at: "ASC" } },
    }),
  ])
  return {
    ...profile,
    tags: tags.get(customerId) ?? [],
    custom_field_definitions: definitions,
  }
}

/** The customer's tags in the profile's shape. */
export async function customerTags(scope: MedusaContainer, customerId: string) {
  return (await tagsByCustomer(scope, [customerId])).get(customerId) ?? []
}
