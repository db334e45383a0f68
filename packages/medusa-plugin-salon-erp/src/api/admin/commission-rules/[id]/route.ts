import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCommissionRuleWorkflow } from "../../../../workflows/commission/workflows/delete-commission-rule"
import { updateCommissionRuleWorkflow } from "../../../../workflows/commission/workflows/update-commission-rule"
import { refetchCommissionRule } from "../helpers"
import type { AdminUpdateCommissionRuleType } from "../validators"
import { withConflictMessages } from "../../../utils/conflict-messages"
import type { CommissionRuleResponse, DeleteResponse } from "../../../../types/commissions/http"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<CommissionRuleResponse>
) => {
  res.json({
    commission_rule: await refetchCommissionRule(req.params.id, req.scope, req.queryConfig.fields),
  })
}

/** Changes a rule for earnings recorded from now on; entries already written keep their rate. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminUpdateCommissionRuleType>,
    res: MedusaResponse<CommissionRuleResponse>
  ) => {
    await updateCommissionRuleWorkflow(req.scope).run({
      input: { ...req.validatedBody, id: req.params.id },
    })
    res.json({
      commission_rule: await refetchCommissionRule(
        req.params.id,
        req.scope,
        req.queryConfig.fields
      ),
    })
  }
)

export const DELETE = withConflictMessages(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse<DeleteResponse>) => {
    await refetchCommissionRule(req.params.id, req.scope, ["id"])
    await deleteCommissionRuleWorkflow(req.scope).run({ input: { id: req.params.id } })
    res.json({ id: req.params.id, object: "commission_rule", deleted: true })
  }
)
