import type { MedusaContainer } from "@medusajs/framework/types"
import { refetchEntity } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

type WithStaff = { staff_services?: ({ staff_member?: { id: string } | null } | null)[] }

export function withStaffIds<T extends WithStaff>(service: T) {
  return {
    ...service,
    staff_member_ids: service.staff_services?.map((link) => link?.staff_member?.id).filter(Boolean),
  }
}

export async function refetchSalonService(id: string, scope: MedusaContainer, fields: string[]) {
  const service = await refetchEntity({ entity: "salon_service", idOrFilter: id, scope, fields })
  if (!service) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Salon service with id: ${id} was not found`)
  }
  return withStaffIds(service)
}
