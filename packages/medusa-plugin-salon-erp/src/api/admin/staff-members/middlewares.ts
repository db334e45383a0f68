import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
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
      validateAndTransformBody(AdminCreateStaffMember),
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
      validateAndTransformBody(AdminUpdateStaffMember),
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
    middlewares: [validateAndTransformBody(AdminSetStaffSchedule)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/staff-members/:id/schedule-exceptions",
    middlewares: [validateAndTransformBody(AdminCreateScheduleException)],
  },
]
