import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { CurrencyCode } from "../../../../admin/stored-value/validators"

export const StoreGetStoredValueEntriesParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({
  currency_code: CurrencyCode.optional(),
})
