import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteSalonServiceWorkflow } from "../../../../workflows/booking/workflows/delete-salon-service"
import { updateSalonServiceWorkflow } from "../../../../workflows/booking/workflows/update-salon-service"
import { refetchSalonService } from "../helpers"
import type { AdminUpdateSalonServiceType } from "../validators"
import { withConflictMessages } from "../../../utils/conflict-messages"
import type { DeleteResponse, SalonServiceResponse } from "../../../../types/booking/http"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<SalonServiceResponse>
) => {
  res.json({
    salon_service: await refetchSalonService(req.params.id, req.scope, req.queryConfig.fields),
  })
}

export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminUpdateSalonServiceType>,
    res: MedusaResponse<SalonServiceResponse>
  ) => {
    await refetchSalonService(req.params.id, req.scope, ["id"])
    await updateSalonServiceWorkflow(req.scope).run({
      input: { ...req.validatedBody, id: req.params.id },
    })
    res.json({
      salon_service: await refetchSalonService(req.params.id, req.scope, req.queryConfig.fields),
    })
  }
)

export const DELETE = withConflictMessages(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse<DeleteResponse>) => {
    await refetchSalonService(req.params.id, req.scope, ["id"])
    await deleteSalonServiceWorkflow(req.scope).run({ input: { id: req.params.id } })
    res.json({ id: req.params.id, object: "salon_service", deleted: true })
  }
)
