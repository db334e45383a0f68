import { model } from "@medusajs/framework/utils"
import { ALLOCATION_METHODS, BRANCH_SCOPES } from "./constants"
import { PackageTemplateItem } from "./package-template-item"
import { PACKAGE_TEMPLATE_ID_PREFIX } from "../lib/constants"

/**
 * A package headquarters sells (套餐 / 疗程卡): sessions of one or more salon services, valid
 * for a number of days after purchase or until a fixed date. Sold online as the linked Medusa
 * product variant (`variant_id`) and at the counter. Sold packages copy these terms, so editing
 * a template never changes a package already sold.
 */
export const PackageTemplate = model
  .define("package_template", {
    id: model.id({ prefix: PACKAGE_TEMPLATE_ID_PREFIX }).primaryKey(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    variant_id: model.text(),
    /** Currency of counter sales and of `fixed` session values. */
    currency_code: model.text().default("cny"),
    /** Valid this many days from purchase … */
    validity_days: model.number().nullable(),
    /** … or until this instant (exactly one of the two is set). */
    valid_until: model.dateTime().nullable(),
    /** Usable at every branch of the chain (一卡通) or only at the branch that sold it. */
    branch_scope: model.enum([...BRANCH_SCOPES]).default("all_branches"),
    /**
     * How the price paid is split over the sessions (the value each redemption records for
     * revenue and commissions): `list_price` in proportion to the services' own prices, `equal`
     * per session, `fixed` in proportion to the `session_value` set on each item.
     */
    allocation_method: model.enum([...ALLOCATION_METHODS]).default("list_price"),
    /** Percentage kept when a package is refunded; null uses the module's `refund_fee_percent`. */
    refund_fee_percent: model.float().nullable(),
    is_active: model.boolean().default(true),
    metadata: model.json().nullable(),
    items: model.hasMany(() => PackageTemplateItem, { mappedBy: "template" }),
  })
  .indexes([
    { on: ["variant_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["is_active"] },
  ])
  .checks([
    {
      name: "package_template_one_validity",
      expression: (c) => `(${c.validity_days} IS NULL) <> (${c.valid_until} IS NULL)`,
    },
    {
      name: "package_template_validity_days_positive",
      expression: (c) => `${c.validity_days} IS NULL OR ${c.validity_days} > 0`,
    },
    {
      name: "package_template_refund_fee_range",
      expression: (c) =>
        `${c.refund_fee_percent} IS NULL OR (${c.refund_fee_percent} >= 0 AND ${c.refund_fee_percent} <= 100)`,
    },
  ])
  .cascades({ delete: ["items"] })
