import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createRechargePlanWorkflow } from "../../../workflows/stored-value/workflows/create-recharge-plan"
import { refetchRechargePlan } from "./helpers"
import type { AdminCreateRechargePlanType } from "./validators"
import { withConflictMessages } from "../../utils/conflict-messages"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: recharge_plans, metadata } = await query.graph({
    entity: "recharge_plan",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    recharge_plans,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

/** Creates a recharge plan, sold online as a new product (or an existing variant). */
export const POST = withConflictMessages(
  async (req: AuthenticatedMedusaRequest<AdminCreateRechargePlanType>, res: MedusaResponse) => {
    const { result } = await createRechargePlanWorkflow(req.scope).run({ input: req.validatedBody })
    res.status(201).json({
      recharge_plan: await refetchRechargePlan(result.id, req.scope, req.queryConfig.fields),
    })
  }
)
