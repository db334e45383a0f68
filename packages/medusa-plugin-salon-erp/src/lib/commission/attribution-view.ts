import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { COMMISSION_MODULE } from "../../modules/commission"
import type CommissionModuleService from "../../modules/commission/service"
import { type CommissionSource, collectEarningLines } from "./earning-lines"

const SOURCE_LABELS: Record<string, string> = {
  appointment: "Appointment",
  order: "Order",
  stored_value_top_up: "Stored value top-up",
  service_package: "Service package",
  package_redemption: "Package redemption",
}

/**
 * The lines of a source that earn commission, who earns each (set by staff, or the default) and
 * whether it can still change (its month is open). Throws not found for an unknown source.
 */
export async function describeSourceAttribution(
  container: MedusaContainer,
  source: CommissionSource
) {
  const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
  const collected = await collectEarningLines(
    container,
    source,
    await service.getCommissionSettings()
  )
  if (!collected.found) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `${SOURCE_LABELS[source.source_type] ?? source.source_type} with id: ${source.source_id} was not found`
    )
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: explicit } = await query.graph({
    entity: "commission_attribution",
    fields: ["source_line_id", "role", "set_by", "updated_at"],
    filters: { source_type: source.source_type, source_id: source.source_id },
  })
  const lines = []
  for (const line of collected.attributable) {
    const { period, status } = await service.periodStatusAt(line.occurred_at)
    const set = explicit.find(
      (row) => row.source_line_id === line.source_line_id && row.role === line.role
    )
    lines.push({
      ...line,
      period,
      period_status: status,
      is_default: !set,
      set_by: set?.set_by ?? null,
      earners: collected.lines
        .filter((earning) => earning.source_line_id === line.source_line_id)
        .map((earning) => ({
          staff_member_id: earning.staff_member_id,
          share: Number(earning.share),
          base: earning.base,
        })),
    })
  }
  return { source_type: source.source_type, source_id: source.source_id, lines }
}
