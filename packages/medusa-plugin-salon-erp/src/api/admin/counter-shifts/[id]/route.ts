import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCounterShiftResponse } from "../../../../types/counter/http"
import { refetchCounterShift } from "../helpers"

/** The shift with every cash entry, its corrections and totals (expected cash now or at close). */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminCounterShiftResponse>
) => {
  res.json({ counter_shift: await refetchCounterShift(req.scope, req.params.id) })
}
