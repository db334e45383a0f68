import type { MedusaContainer } from "@medusajs/framework/types"
import { refetchEntity } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** The branch as the client asked for it, or 404. */
export async function refetchBranch(id: string, scope: MedusaContainer, fields: string[]) {
  const branch = await refetchEntity({ entity: "branch", idOrFilter: id, scope, fields })
  if (!branch) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Branch with id: ${id} was not found`)
  }
  return branch
}
