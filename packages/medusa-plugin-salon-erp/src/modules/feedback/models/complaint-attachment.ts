import { model } from "@medusajs/framework/utils"
import {
  ACTOR_TYPES,
  COMPLAINT_ATTACHMENT_ID_PREFIX,
  COMPLAINT_VISIBILITIES,
} from "../lib/constants"
import { Complaint } from "./complaint"

/** A photo or document attached to a complaint, stored through Medusa's file module. */
export const ComplaintAttachment = model
  .define("complaint_attachment", {
    id: model.id({ prefix: COMPLAINT_ATTACHMENT_ID_PREFIX }).primaryKey(),
    file_id: model.text(),
    url: model.text(),
    filename: model.text(),
    mime_type: model.text(),
    size_bytes: model.number(),
    /** Customers see their own uploads and staff uploads marked `customer`. */
    visibility: model.enum([...COMPLAINT_VISIBILITIES]).default("internal"),
    uploaded_by_type: model.enum([...ACTOR_TYPES]),
    uploaded_by_id: model.text().nullable(),
    complaint: model.belongsTo(() => Complaint, { mappedBy: "attachments" }),
  })
  .indexes([{ on: ["complaint_id"] }])
