import { z } from "@medusajs/framework/zod"
import { CustomerEditableProfile } from "../../../../admin/customers/validators"

/**
 * What a customer may change in their own profile. Staff-only fields (health_notes, source,
 * home_branch_id, custom_fields) and tags are refused with 400, like any other unknown key.
 */
export const StoreUpdateClientProfile = z.object(CustomerEditableProfile).strict()
export type StoreUpdateClientProfileType = z.infer<typeof StoreUpdateClientProfile>
