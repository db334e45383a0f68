import { z } from "@medusajs/framework/zod"
import { CUSTOM_FIELD_KEY, CUSTOM_FIELD_TYPES } from "../../../modules/client/lib/constants"
import { OneOf, Pagination, ShortText, TextList } from "../../utils/validators"

export const AdminCreateCustomFieldDefinition = z
  .object({
    key: z.string().regex(CUSTOM_FIELD_KEY, {
      message:
        'key must be lower snake_case, 2–40 characters, starting with a letter, e.g. "preferred_pressure"',
    }),
    label: ShortText("name", 100),
    type: OneOf(CUSTOM_FIELD_TYPES, "type"),
    required: z.boolean().optional(),
    options: TextList("options", 100).optional(),
    is_active: z.boolean().optional(),
    rank: z.number().int().min(0).optional(),
  })
  .strict()
export type AdminCreateCustomFieldDefinitionType = z.infer<typeof AdminCreateCustomFieldDefinition>

export const AdminUpdateCustomFieldDefinition = AdminCreateCustomFieldDefinition.omit({ key: true })
  .partial()
  .strict()
export type AdminUpdateCustomFieldDefinitionType = z.infer<typeof AdminUpdateCustomFieldDefinition>

export const AdminGetCustomFieldDefinitionsParams = z
  .object({
    is_active: z.enum(["true", "false"]).optional(),
    ...Pagination(200),
  })
  .strict()
