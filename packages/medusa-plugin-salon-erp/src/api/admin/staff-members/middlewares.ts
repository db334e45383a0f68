import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { adminStaffMemberQueryConfig } from "./query-config"
import {
  AdminCreateScheduleException,
  AdminCreateStaffMember,
  AdminGetStaffMemberParams,
  AdminGetStaffMembersParams,
  AdminGetStaffScheduleParams,
  AdminSetStaffSchedule,
  AdminUpdateStaffMember,
} from "./validators"
import { validateBody } from "../../utils/validate-body"

export const adminStaffMemberMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/staff-members",
    middlewares: [
      validateAndTransformQuery(AdminGetStaffMembersParams, adminStaffMemberQueryConfig.list),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/staff-members",
    middlewares: [
      validateBody(AdminCreateStaffMember),
      validateAndTransformQuery(AdminGetStaffMemberParams, adminStaffMemberQueryConfig.retrieve),
    ],
  },
  {
    methods: ["GET", "DELETE"],
    matcher: "/admin/staff-members/:id",
    middlewares: [
      validateAndTransformQuery(AdminGetStaffMemberParams, adminStaffMemberQueryConfig.retrieve),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/staff-members/:id",
    middlewares: [
      validateBody(AdminUpdateStaffMember),
      validateAndTransformQuery(AdminGetStaffMemberParams, adminStaffMemberQueryConfig.retrieve),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/staff-members/:id/schedule",
    middlewares: [
      validateAndTransformQuery(AdminGetStaffScheduleParams, { isList: false, defaults: [] }),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/staff-members/:id/schedule",
    middlewares: [validateBody(AdminSetStaffSchedule)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/staff-members/:id/schedule-exceptions",
    middlewares: [validateBody(AdminCreateScheduleException)],
  },
]
