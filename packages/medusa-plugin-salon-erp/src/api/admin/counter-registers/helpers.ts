import type { MedusaContainer } from "@medusajs/framework/types"
import { refetchEntity } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AdminCounterRegister } from "../../../types/counter/http"

/** The register (not deleted), or 404. */
export async function refetchCounterRegister(
  id: string,
  scope: MedusaContainer,
  fields: string[]
): Promise<AdminCounterRegister> {
  const register = await refetchEntity({
    entity: "counter_register",
    idOrFilter: id,
    scope,
    fields,
  })
  if (!register) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Counter register with id: ${id} was not found`
    )
  }
  return register as AdminCounterRegister
}
