import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCommissionRuleWorkflow } from "../../../workflows/commission/workflows/create-commission-rule"
import { refetchCommissionRule } from "./helpers"
import type { AdminCreateCommissionRuleType } from "./validators"
import { withConflictMessages } from "../../utils/conflict-messages"
import type {
  CommissionRuleListResponse,
  CommissionRuleResponse,
} from "../../../types/commissions/http"

/** Commission rules, filtered by kind, branch, staff member and active. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<CommissionRuleListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: commission_rules, metadata } = await query.graph({
    entity: "commission_rule",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    commission_rules,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

/** Adds a rule; it prices earnings recorded from now on. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminCreateCommissionRuleType>,
    res: MedusaResponse<CommissionRuleResponse>
  ) => {
    const { result } = await createCommissionRuleWorkflow(req.scope).run({
      input: req.validatedBody,
    })
    res.status(201).json({
      commission_rule: await refetchCommissionRule(result.id, req.scope, req.queryConfig.fields),
    })
  }
)
