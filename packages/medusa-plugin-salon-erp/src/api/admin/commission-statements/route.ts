import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import type { AdminGetCommissionStatementsParamsType } from "./validators"
import type { CommissionStatementsResponse } from "../../../types/commissions/http"
import { isoDate } from "../../utils/iso-date"

/**
 * Monthly statements: per staff member, totals by kind, base, entries, reversals and the tier
 * reached, and whether the month is closed. The entries behind a statement are
 * `GET /admin/commission-entries?period=…&staff_member_id=…`.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCommissionStatementsParamsType>,
  res: MedusaResponse<CommissionStatementsResponse>
) => {
  const service: CommissionModuleService = req.scope.resolve(COMMISSION_MODULE)
  const result = await service.statements(req.validatedQuery)
  const staffIds = [...new Set(result.statements.map((statement) => statement.staff_member_id))]
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: staff } = staffIds.length
    ? await query.graph({
        entity: "staff_member",
        fields: ["id", "name", "level"],
        filters: { id: staffIds },
        withDeleted: true,
      })
    : { data: [] }
  const byId = new Map(staff.map((member) => [member.id, member]))
  res.json({
    commission_statements: {
      ...result,
      closed_at: isoDate(result.closed_at),
      statements: result.statements.map((statement) => ({
        ...statement,
        staff_member: byId.get(statement.staff_member_id) ?? null,
      })),
    },
  })
}
