import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { adminRoomQueryConfig } from "./query-config"
import {
  AdminCreateRoom,
  AdminGetRoomParams,
  AdminGetRoomsParams,
  AdminUpdateRoom,
} from "./validators"
import { validateBody } from "../../utils/validate-body"

export const adminRoomMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/rooms",
    middlewares: [validateAndTransformQuery(AdminGetRoomsParams, adminRoomQueryConfig.list)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/rooms",
    middlewares: [
      validateBody(AdminCreateRoom),
      validateAndTransformQuery(AdminGetRoomParams, adminRoomQueryConfig.retrieve),
    ],
  },
  {
    methods: ["GET", "DELETE"],
    matcher: "/admin/rooms/:id",
    middlewares: [validateAndTransformQuery(AdminGetRoomParams, adminRoomQueryConfig.retrieve)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/rooms/:id",
    middlewares: [
      validateBody(AdminUpdateRoom),
      validateAndTransformQuery(AdminGetRoomParams, adminRoomQueryConfig.retrieve),
    ],
  },
]
