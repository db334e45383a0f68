import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCounterSaleResponse } from "../../../../types/counter/sales"
import { refetchCounterSale } from "../helpers"

/** A sale with its lines, tenders and refunds; 404 when unknown. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminCounterSaleResponse>
) => {
  res.json({ counter_sale: await refetchCounterSale(req.scope, req.params.id) })
}
