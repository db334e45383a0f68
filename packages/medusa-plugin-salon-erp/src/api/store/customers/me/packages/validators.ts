import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { IdList } from "../../../../utils/validators"

export const StoreGetPackagesParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-purchased_at",
}).extend({
  /** e.g. `status=active`; default: all of them. */
  status: IdList.optional(),
})

export const StoreGetPackageParams = createSelectParams()

export const StoreGetPackageEntriesParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "-created_at",
})
