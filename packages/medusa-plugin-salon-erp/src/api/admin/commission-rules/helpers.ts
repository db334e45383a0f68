import type { MedusaContainer } from "@medusajs/framework/types"
import { refetchEntity } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

export async function refetchCommissionRule(id: string, scope: MedusaContainer, fields: string[]) {
  const rule = await refetchEntity({ entity: "commission_rule", idOrFilter: id, scope, fields })
  if (!rule) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Commission rule with id: ${id} was not found`
    )
  }
  return rule
}
