import type { MedusaContainer } from "@medusajs/framework/types"
import { refetchEntity } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

export async function refetchRoom(id: string, scope: MedusaContainer, fields: string[]) {
  const room = await refetchEntity({ entity: "room", idOrFilter: id, scope, fields })
  if (!room) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Room with id: ${id} was not found`)
  }
  return room
}
