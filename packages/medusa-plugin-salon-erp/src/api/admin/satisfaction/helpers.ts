import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refetchEntity } from "@medusajs/framework/http"

const LABEL_SOURCES: Record<string, { entity: string; field: string }> = {
  category: { entity: "complaint_category", field: "name" },
  branch: { entity: "branch", field: "name" },
  staff_member: { entity: "staff_member", field: "name" },
}

/** Adds a readable `label` to report rows (one lookup for all rows, not one per row). */
export async function labelRows<T extends { key: string | null }>(
  scope: MedusaContainer,
  groupBy: string | null | undefined,
  rows: T[]
): Promise<(T & { label: string | null })[]> {
  const source = groupBy ? LABEL_SOURCES[groupBy] : undefined
  if (!source) {
    return rows.map((row) => ({ ...row, label: row.key }))
  }
  const ids = [...new Set(rows.map((row) => row.key).filter((key): key is string => !!key))]
  const labels = new Map<string, string>()
  if (ids.length) {
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: source.entity,
      fields: ["id", source.field],
      filters: { id: ids },
    })
    for (const record of data as Record<string, string>[]) {
      labels.set(record.id, record[source.field])
    }
  }
  return rows.map((row) => ({
    ...row,
    label: row.key ? (labels.get(row.key) ?? row.key) : null,
  }))
}

/** A survey with the client's fields; 404 when missing or (for customers) not theirs. */
export async function refetchSurvey(
  id: string,
  scope: MedusaContainer,
  fields: string[],
  customerId?: string
) {
  const survey = await refetchEntity({
    entity: "satisfaction_survey",
    idOrFilter: customerId ? { id, customer_id: customerId } : id,
    scope,
    fields,
  })
  if (!survey) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Survey with id: ${id} was not found`)
  }
  return survey
}

export async function refetchFollowUpVisit(id: string, scope: MedusaContainer, fields: string[]) {
  const visit = await refetchEntity({ entity: "follow_up_visit", idOrFilter: id, scope, fields })
  if (!visit) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Follow-up visit with id: ${id} was not found`
    )
  }
  return visit
}
