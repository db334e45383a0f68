import { model } from "@medusajs/framework/utils"
import { CUSTOMER_TAG_SOURCES } from "../lib/constants"
import { ClientTag } from "./client-tag"

/** A tag assigned to a customer. */
export const CustomerTag = model
  .define("customer_tag", {
    id: model.id({ prefix: "custag" }).primaryKey(),
    customer_id: model.text(),
    source: model.enum([...CUSTOMER_TAG_SOURCES]).default("manual"),
    /** The admin user who assigned a manual tag. */
    assigned_by: model.text().nullable(),
    tag: model.belongsTo(() => ClientTag, { mappedBy: "customer_tags" }),
  })
  .indexes([{ on: ["customer_id", "tag_id"], unique: true }, { on: ["tag_id"] }])
