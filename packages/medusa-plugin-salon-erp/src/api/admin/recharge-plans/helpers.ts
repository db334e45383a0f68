import type { MedusaContainer } from "@medusajs/framework/types"
import { refetchEntity } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

export async function refetchRechargePlan(id: string, scope: MedusaContainer, fields: string[]) {
  const plan = await refetchEntity({ entity: "recharge_plan", idOrFilter: id, scope, fields })
  if (!plan) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Recharge plan with id: ${id} was not found`)
  }
  return plan
}
