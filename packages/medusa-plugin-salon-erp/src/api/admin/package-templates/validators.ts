import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { DateTime, Metadata, QueryBoolean } from "../../utils/validators"

const TemplateItem = z
  .object({
    salon_service_id: z.string().min(1, "salon_service_id is required"),
    sessions: z
      .number()
      .int("sessions is a whole number")
      .min(1, "sessions is at least 1")
      .max(1000, "sessions is at most 1000"),
    /** Value of one session (major units) for the `fixed` allocation. */
    session_value: z.number().min(0, "session_value cannot be negative").nullish(),
  })
  .strict()

const TemplateFields = {
  name: z.string().trim().min(1, "name is required").max(200),
  description: z.string().max(5000).nullish(),
  currency_code: z
    .string()
    .regex(/^[a-z]{3}$/, 'currency_code is a lowercase ISO code, e.g. "cny"'),
  items: z
    .array(TemplateItem)
    .min(1, "a package holds at least one service")
    .max(20, "a package holds at most 20 services"),
  validity_days: z.number().int().min(1, "validity_days is at least 1").max(3650).nullish(),
  valid_until: DateTime.nullish(),
  branch_scope: z.enum(["all_branches", "selling_branch"]),
  allocation_method: z.enum(["list_price", "equal", "fixed"]),
  refund_fee_percent: z.number().min(0).max(100).nullish(),
  is_active: z.boolean(),
  metadata: Metadata,
}

export const AdminCreatePackageTemplate = z
  .object({
    ...TemplateFields,
    variant_id: z.string().optional(),
    prices: z
      .array(z.object({ currency_code: z.string().length(3), amount: z.number().min(0) }).strict())
      .min(1)
      .optional(),
    sales_channel_ids: z.array(z.string()).optional(),
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
  q: z.string().optional(),
  is_active: QueryBoolean.optional(),
})
