import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCounterRegisterWorkflow } from "../../../workflows/counter/workflows/create-counter-register"
import { withConflictMessages } from "../../utils/conflict-messages"
import type {
  AdminCounterRegisterListResponse,
  AdminCounterRegisterResponse,
} from "../../../types/counter/http"
import { refetchCounterRegister } from "./helpers"
import type { AdminCreateCounterRegisterType } from "./validators"

/** Registers, by code; filter by branch_id and is_active. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminCounterRegisterListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "counter_register",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    counter_registers: data as AdminCounterRegisterListResponse["counter_registers"],
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

/** Creates a register at a branch; its code must be unused at the branch (409 otherwise). */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminCreateCounterRegisterType>,
    res: MedusaResponse<AdminCounterRegisterResponse>
  ) => {
    const { result } = await createCounterRegisterWorkflow(req.scope).run({
      input: req.validatedBody,
    })
    res.status(201).json({
      counter_register: await refetchCounterRegister(result.id, req.scope, req.queryConfig.fields),
    })
  }
)
