import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteRechargePlanWorkflow } from "../../../../workflows/stored-value/workflows/delete-recharge-plan"
import { updateRechargePlanWorkflow } from "../../../../workflows/stored-value/workflows/update-recharge-plan"
import { refetchRechargePlan } from "../helpers"
import type { AdminUpdateRechargePlanType } from "../validators"
import { withConflictMessages } from "../../../utils/conflict-messages"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({
    recharge_plan: await refetchRechargePlan(req.params.id, req.scope, req.queryConfig.fields),
  })
}

/** Changes the plan's terms for future top-ups (pay amount and currency stay: they are the product's price). */
export const POST = withConflictMessages(
  async (req: AuthenticatedMedusaRequest<AdminUpdateRechargePlanType>, res: MedusaResponse) => {
    await refetchRechargePlan(req.params.id, req.scope, ["id"])
    await updateRechargePlanWorkflow(req.scope).run({
      input: { ...req.validatedBody, id: req.params.id },
    })
    res.json({
      recharge_plan: await refetchRechargePlan(req.params.id, req.scope, req.queryConfig.fields),
    })
  }
)

export const DELETE = withConflictMessages(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
    await refetchRechargePlan(req.params.id, req.scope, ["id"])
    await deleteRechargePlanWorkflow(req.scope).run({ input: { id: req.params.id } })
    res.json({ id: req.params.id, object: "recharge_plan", deleted: true })
  }
)
