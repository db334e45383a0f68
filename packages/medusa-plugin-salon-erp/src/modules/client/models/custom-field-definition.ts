import { model } from "@medusajs/framework/utils"
import { CUSTOM_FIELD_TYPES } from "../lib/constants"

/**
 * A custom profile field headquarters defines. Stored values are validated against it; it cannot
 * be changed in a way that breaks them (another type, an option in use removed).
 */
export const CustomFieldDefinition = model
  .define("custom_field_definition", {
    id: model.id({ prefix: "cfdef" }).primaryKey(),
    /** Key in `client_profile.custom_fields`, e.g. "preferred_pressure". Never changes. */
    key: model.text(),
    label: model.text(),
    type: model.enum([...CUSTOM_FIELD_TYPES]),
    required: model.boolean().default(false),
    /** Allowed values of a select / multi_select field. */
    options: model.json(),
    is_active: model.boolean().default(true),
    /** Order in forms. */
    rank: model.number().default(0),
  })
  .indexes([{ on: ["key"], unique: true }])
