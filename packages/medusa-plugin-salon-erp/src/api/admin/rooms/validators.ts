import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { Id, QueryBoolean, Text } from "../../utils/validators"

export const RoomType = z
  .string()
  .max(64, "room_type is at most 64 characters")
  .regex(/^[a-z][a-z0-9_]*$/, 'room_type is snake_case, e.g. "facial_room", "nail_station"')

export const AdminCreateRoom = z
  .object({
    branch_id: Id("brch", "a branch"),
    name: Text("name"),
    room_type: RoomType,
    is_active: z.boolean().optional(),
  })
  .strict()
export type AdminCreateRoomType = z.infer<typeof AdminCreateRoom>

export const AdminUpdateRoom = z
  .object({ name: Text("name"), room_type: RoomType, is_active: z.boolean() })
  .partial()
  .strict()
export type AdminUpdateRoomType = z.infer<typeof AdminUpdateRoom>

export const AdminGetRoomParams = createSelectParams()
export const AdminGetRoomsParams = createFindParams({
  limit: 100,
  offset: 0,
  order: "name",
}).extend({
  branch_id: Id("brch", "a branch").optional(),
  room_type: RoomType.optional(),
  is_active: QueryBoolean.optional(),
})
