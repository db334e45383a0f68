import { model } from "@medusajs/framework/utils"
import { TAG_KINDS } from "../lib/constants"
import { CustomerTag } from "./customer-tag"

/** A label customers are filtered by for care and campaigns ("VIP", "Sensitive skin"). */
export const ClientTag = model
  .define("client_tag", {
    id: model.id({ prefix: "ctag" }).primaryKey(),
    name: model.text().searchable(),
    /** "#RRGGBB". */
    color: model.text().nullable(),
    description: model.text().nullable(),
    /** Manual tags are assigned by staff; automatic ones by their rule. */
    kind: model.enum([...TAG_KINDS]).default("manual"),
    /** The rule of an automatic tag (`lib/tag-rules.ts`); null for manual tags. */
    rule: model.json().nullable(),
    customer_tags: model.hasMany(() => CustomerTag, { mappedBy: "tag" }),
  })
  .indexes([{ on: ["name"], unique: true }])
