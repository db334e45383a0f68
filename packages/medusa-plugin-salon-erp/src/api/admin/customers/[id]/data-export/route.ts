import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { exportCustomerDataWorkflow } from "../../../../../workflows/client/workflows/export-customer-data"
import { staffActorId } from "../../helpers"

/**
 * Everything held about the customer as a JSON download (`customer-<id>-export.json`). The read
 * is recorded as an `export` in the health data access log.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.params.id
  const { result } = await exportCustomerDataWorkflow(req.scope).run({
    input: { customer_id: customerId, actor_id: staffActorId(req) },
  })
  res.setHeader("Content-Type", "application/json; charset=utf-8")
  res.setHeader(
    "Content-Disposition",
    `attachment; filename="customer-${customerId.replace(/[^\w-]/g, "")}-export.json"`
  )
  res.setHeader("Cache-Control", "no-store")
  res.status(200).send(JSON.stringify(result, null, 2))
}
