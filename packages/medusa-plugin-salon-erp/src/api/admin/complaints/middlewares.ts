import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
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
import { validateBody } from "../../utils/validate-body"

const retrieve = validateAndTransformQuery(
  AdminGetComplaintParams,
  adminComplaintQueryConfig.retrieve
)

/** Attachments travel as base64 in JSON: room for ten 5 MB photos. */
const UPLOAD_BODY = { sizeLimit: "75mb" }

const action = (path: string, body: Parameters<typeof validateBody>[0]) => ({
  methods: ["POST" as const],
  matcher: `/admin/complaints/:id/${path}`,
  middlewares: [validateBody(body), retrieve],
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
    middlewares: [validateBody(AdminCreateComplaint), retrieve],
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
    middlewares: [validateBody(AdminUpdateComplaint), retrieve],
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
