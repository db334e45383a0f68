import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCounterRegisterWorkflow } from "../../../../workflows/counter/workflows/delete-counter-register"
import { updateCounterRegisterWorkflow } from "../../../../workflows/counter/workflows/update-counter-register"
import { withConflictMessages } from "../../../utils/conflict-messages"
import type {
  AdminCounterRegisterDeleteResponse,
  AdminCounterRegisterResponse,
} from "../../../../types/counter/http"
import { refetchCounterRegister } from "../helpers"
import type { AdminUpdateCounterRegisterType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminCounterRegisterResponse>
) => {
  res.json({
    counter_register: await refetchCounterRegister(
      req.params.id,
      req.scope,
      req.queryConfig.fields
    ),
  })
}

/** Changes name, code, is_active or metadata (branch and currency are fixed). */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminUpdateCounterRegisterType>,
    res: MedusaResponse<AdminCounterRegisterResponse>
  ) => {
    await refetchCounterRegister(req.params.id, req.scope, ["id"])
    await updateCounterRegisterWorkflow(req.scope).run({
      input: { ...req.validatedBody, id: req.params.id },
    })
    res.json({
      counter_register: await refetchCounterRegister(
        req.params.id,
        req.scope,
        req.queryConfig.fields
      ),
    })
  }
)

/** Soft-deletes a register without an open shift (409 while one is open); its shifts stay. */
export const DELETE = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest,
    res: MedusaResponse<AdminCounterRegisterDeleteResponse>
  ) => {
    await refetchCounterRegister(req.params.id, req.scope, ["id"])
    await deleteCounterRegisterWorkflow(req.scope).run({ input: { id: req.params.id } })
    res.json({ id: req.params.id, object: "counter_register", deleted: true })
  }
)
