import { model } from "@medusajs/framework/utils"
import { PackageTemplate } from "./package-template"
import { PACKAGE_TEMPLATE_ITEM_ID_PREFIX } from "../lib/constants"

/** One service of a template and how many sessions of it the package holds. */
export const PackageTemplateItem = model
  .define("package_template_item", {
    id: model.id({ prefix: PACKAGE_TEMPLATE_ITEM_ID_PREFIX }).primaryKey(),
    position: model.number().default(0),
    salon_service_id: model.text(),
    sessions: model.number(),
    /** Value of one session in the template's currency; used by the `fixed` allocation. */
    session_value: model.bigNumber().nullable(),
    template: model.belongsTo(() => PackageTemplate, { mappedBy: "items" }),
  })
  .indexes([{ on: ["template_id", "salon_service_id"], unique: true, where: "deleted_at IS NULL" }])
  .checks([
    { name: "package_template_item_sessions_positive", expression: (c) => `${c.sessions} > 0` },
    {
      name: "package_template_item_session_value_range",
      expression: (c) => `${c.session_value} IS NULL OR ${c.session_value} >= 0`,
    },
  ])
