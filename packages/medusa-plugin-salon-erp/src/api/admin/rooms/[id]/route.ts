import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteRoomWorkflow } from "../../../../workflows/booking/workflows/delete-room"
import { updateRoomWorkflow } from "../../../../workflows/booking/workflows/update-room"
import { refetchRoom } from "../helpers"
import type { AdminUpdateRoomType } from "../validators"
import { withConflictMessages } from "../../../utils/conflict-messages"
import type { DeleteResponse, RoomResponse } from "../../../../types/booking/http"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<RoomResponse>) => {
  res.json({ room: await refetchRoom(req.params.id, req.scope, req.queryConfig.fields) })
}

export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminUpdateRoomType>,
    res: MedusaResponse<RoomResponse>
  ) => {
    await refetchRoom(req.params.id, req.scope, ["id"])
    await updateRoomWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
    res.json({ room: await refetchRoom(req.params.id, req.scope, req.queryConfig.fields) })
  }
)

export const DELETE = withConflictMessages(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse<DeleteResponse>) => {
    await refetchRoom(req.params.id, req.scope, ["id"])
    await deleteRoomWorkflow(req.scope).run({ input: { id: req.params.id } })
    res.json({ id: req.params.id, object: "room", deleted: true })
  }
)
