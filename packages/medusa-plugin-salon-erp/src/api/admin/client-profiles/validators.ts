import { z } from "@medusajs/framework/zod"
import { RFM_SEGMENTS } from "../../../modules/client/lib/constants"
import { Id, IdList, Pagination, Text } from "../../utils/validators"

/**
 * Custom field filters from the query string, `custom_fields[vip_level]=gold` (or
 * `custom_fields.vip_level=gold`): text values by definition key (a repeated parameter gives a
 * list), checked against the definitions by the route (`modules/client/lib/custom-field-filter.ts`).
 * Medusa words the 400 for a wrong shape itself, naming `custom_fields` and the key.
 */
const CustomFieldFilters = z.record(z.string(), z.union([z.string(), z.array(z.string())]))

export const AdminGetClientProfilesParams = z
  .object({
    q: Text("name", { min: 0 }).optional(),
    tag_id: IdList.pipe(z.array(Id("ctag", "a client tag"))).optional(),
    skin_type: IdList.optional(),
    gender: IdList.optional(),
    home_branch_id: IdList.pipe(z.array(Id("brch", "a branch"))).optional(),
    rfm_segment: IdList.refine(
      (segments) =>
        segments.every((segment) => (RFM_SEGMENTS as readonly string[]).includes(segment)),
      `rfm_segment must be one or several of: ${RFM_SEGMENTS.join(", ")}`
    ).optional(),
    custom_fields: CustomFieldFilters.optional(),
    ...Pagination(200),
  })
  .strict()
export type AdminGetClientProfilesParamsType = z.infer<typeof AdminGetClientProfilesParams>
