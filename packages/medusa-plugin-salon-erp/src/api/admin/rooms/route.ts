import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createRoomWorkflow } from "../../../workflows/booking/workflows/create-room"
import { refetchRoom } from "./helpers"
import type { AdminCreateRoomType } from "./validators"
import { withConflictMessages } from "../../utils/conflict-messages"
import type { RoomListResponse, RoomResponse } from "../../../types/booking/http"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<RoomListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: rooms, metadata } = await query.graph({
    entity: "room",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ rooms, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminCreateRoomType>,
    res: MedusaResponse<RoomResponse>
  ) => {
    const { result } = await createRoomWorkflow(req.scope).run({ input: req.validatedBody })
    const room = await refetchRoom(result.id, req.scope, req.queryConfig.fields)
    res.status(201).json({ room })
  }
)
