import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { adminComplaintQueryConfig } from "./query-config"
import {
  AdminComplaintAttachments,
  AdminComplaintMessage,
  AdminCreateComplaint,
  AdminGetComplaintParams,
  AdminGetComplaintsParams,
  AdminRecordRemedy,
  AdminUpdateComplaint,
  AssignComplaint,
  ComplaintAnalyticsParams,
  ComplaintNote,
  MarkRemedyApplied,
  ReopenComplaint,
  ResolveComplaint,
} from "./validators"

const retrieve = validateAndTransformQuery(
  AdminGetComplaintParams,
  adminComplaintQueryConfig.retrieve
)

/** Attachments travel as base64 in JSON: room for ten 5 MB photos. */
const UPLOAD_BODY = { sizeLimit: "75mb" }

const action = (path: string, body: Parameters<typeof validateAndTransformBody>[0]) => ({
  methods: ["POST" as const],
  matcher: `/admin/complaints/:id/${path}`,
  middlewares: [validateAndTransformBody(body), retrieve],
})

export const adminComplaintMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/complaints",
    middlewares: [
      validateAndTransformQuery(AdminGetComplaintsParams, adminComplaintQueryConfig.list),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/complaints",
    bodyParser: UPLOAD_BODY,
    middlewares: [validateAndTransformBody(AdminCreateComplaint), retrieve],
  },
  {
    methods: ["GET"],
    matcher: "/admin/complaints/analytics",
    middlewares: [
      validateAndTransformQuery(ComplaintAnalyticsParams, { isList: false, defaults: [] }),
    ],
  },
  { methods: ["GET"], matcher: "/admin/complaints/:id", middlewares: [retrieve] },
  {
    methods: ["POST"],
    matcher: "/admin/complaints/:id",
    middlewares: [validateAndTransformBody(AdminUpdateComplaint), retrieve],
  },
  action("assign", AssignComplaint),
  action("start", ComplaintNote),
  action("resolve", ResolveComplaint),
  action("close", ComplaintNote),
  action("reopen", ReopenComplaint),
  action("messages", AdminComplaintMessage),
  { ...action("attachments", AdminComplaintAttachments), bodyParser: UPLOAD_BODY },
  action("remedies", AdminRecordRemedy),
  action("remedies/:remedy_id/mark-applied", MarkRemedyApplied),
]
