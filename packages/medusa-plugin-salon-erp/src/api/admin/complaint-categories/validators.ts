import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { COMPLAINT_SEVERITIES } from "../../../modules/feedback/lib/constants"
import { Quantity, QueryBoolean, Text } from "../../utils/validators"

const CategoryFields = {
  name: Text("name"),
  description: Text("reason", { min: 0 }).nullish(),
  default_severity: z
    .enum(COMPLAINT_SEVERITIES, {
      message: `default_severity must be one of: ${COMPLAINT_SEVERITIES.join(", ")}`,
    })
    .optional(),
  rank: Quantity({ min: 0, max: 10_000 }).optional(),
  is_active: z.boolean().optional(),
}

export const AdminCreateComplaintCategory = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9_]{1,49}$/, 'code is snake_case, e.g. "service_attitude"'),
    ...CategoryFields,
  })
  .strict()
export type AdminCreateComplaintCategoryType = z.infer<typeof AdminCreateComplaintCategory>

export const AdminUpdateComplaintCategory = z
  .object({
    name: CategoryFields.name.optional(),
    description: CategoryFields.description,
    default_severity: CategoryFields.default_severity,
    rank: CategoryFields.rank,
    is_active: CategoryFields.is_active,
  })
  .strict()
export type AdminUpdateComplaintCategoryType = z.infer<typeof AdminUpdateComplaintCategory>

export const AdminGetComplaintCategoriesParams = createFindParams({
  limit: 100,
  offset: 0,
  order: "rank",
}).extend({
  q: Text("name", { min: 0 }).optional(),
  is_active: QueryBoolean.optional(),
})

export const AdminGetComplaintCategoryParams = createSelectParams()
