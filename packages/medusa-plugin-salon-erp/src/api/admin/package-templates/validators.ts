import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import {
  Id,
  Instant,
  MEDUSA_ID_PREFIXES,
  MoneyAmount,
  Metadata,
  Quantity,
  QueryBoolean,
  Text,
} from "../../utils/validators"

const TemplateItem = z
  .object({
    salon_service_id: Id("svc", "a salon service"),
    sessions: Quantity({ min: 1, max: 1000 }),
    /** Value of one session (major units) for the `fixed` allocation. */
    session_value: MoneyAmount({ allowZero: true }).transform(Number).nullish(),
  })
  .strict()

const TemplateFields = {
  name: Text("name"),
  description: Text("note", { min: 0 }).nullish(),
  currency_code: z
    .string()
    .regex(/^[a-z]{3}$/, 'currency_code is a lowercase ISO code, e.g. "cny"'),
  items: z
    .array(TemplateItem)
    .min(1, "a package holds at least one service")
    .max(20, "a package holds at most 20 services"),
  validity_days: Quantity({ min: 1, max: 3650 }).nullish(),
  valid_until: Instant.nullish(),
  branch_scope: z.enum(["all_branches", "selling_branch"]),
  allocation_method: z.enum(["list_price", "equal", "fixed"]),
  refund_fee_percent: z.number().min(0).max(100).nullish(),
  is_active: z.boolean(),
  metadata: Metadata,
}

export const AdminCreatePackageTemplate = z
  .object({
    ...TemplateFields,
    variant_id: Id(MEDUSA_ID_PREFIXES.variant, "a product variant").optional(),
    prices: z
      .array(
        z
          .object({
            currency_code: z.string().regex(/^[A-Za-z]{3}$/, "must be a 3-letter ISO code"),
            amount: MoneyAmount({ allowZero: true }).transform(Number),
          })
          .strict()
      )
      .min(1)
      .max(50)
      .optional(),
    sales_channel_ids: z
      .array(Id(MEDUSA_ID_PREFIXES.salesChannel, "a sales channel"))
      .max(100)
      .optional(),
  })
  .partial({
    description: true,
    currency_code: true,
    validity_days: true,
    valid_until: true,
    branch_scope: true,
    allocation_method: true,
    refund_fee_percent: true,
    is_active: true,
    metadata: true,
  })
  .strict()
  .superRefine((body, ctx) => {
    if (!body.validity_days === !body.valid_until) {
      ctx.addIssue({
        code: "custom",
        path: ["validity_days"],
        message:
          "give either validity_days (valid that many days from purchase) or valid_until (a fixed end date)",
      })
    }
    if (!body.variant_id === !body.prices) {
      ctx.addIssue({
        code: "custom",
        path: ["variant_id"],
        message:
          "give either variant_id (sell it as an existing product variant) or prices (create a product for it)",
      })
    }
  })
export type AdminCreatePackageTemplateType = z.infer<typeof AdminCreatePackageTemplate>

export const AdminUpdatePackageTemplate = z
  .object(TemplateFields)
  .partial()
  .strict()
  .superRefine((body, ctx) => {
    if (body.validity_days && body.valid_until) {
      ctx.addIssue({
        code: "custom",
        path: ["validity_days"],
        message: "give validity_days or valid_until, not both",
      })
    }
    if (body.validity_days === null && body.valid_until === null) {
      ctx.addIssue({
        code: "custom",
        path: ["validity_days"],
        message: "a template needs validity_days or valid_until",
      })
    }
  })
export type AdminUpdatePackageTemplateType = z.infer<typeof AdminUpdatePackageTemplate>

export const AdminGetPackageTemplateParams = createSelectParams()
export const AdminGetPackageTemplatesParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "name",
}).extend({
  q: Text("name", { min: 0 }).optional(),
  is_active: QueryBoolean.optional(),
})
