import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { CurrencyCode } from "../../admin/stored-value/validators"

export const StoreGetRechargePlansParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "pay_amount",
}).extend({
  currency_code: CurrencyCode.optional(),
})
