import type { MedusaContainer } from "@medusajs/framework/types"
import { refetchEntity } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** The staff member with `branch_ids` and `salon_service_ids` flattened for clients, or 404. */
export async function refetchStaffMember(id: string, scope: MedusaContainer, fields: string[]) {
  const staffMember = await refetchEntity({ entity: "staff_member", idOrFilter: id, scope, fields })
  if (!staffMember) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Staff member with id: ${id} was not found`)
  }
  return withAssignmentIds(staffMember)
}

type Assignments = {
  staff_branches?: ({ branch?: { id: string } | null } | null)[]
  staff_services?: ({ salon_service?: { id: string } | null } | null)[]
}

export function withAssignmentIds<T extends Assignments>(staffMember: T) {
  return {
    ...staffMember,
    branch_ids: staffMember.staff_branches?.map((link) => link?.branch?.id).filter(Boolean),
    salon_service_ids: staffMember.staff_services
      ?.map((link) => link?.salon_service?.id)
      .filter(Boolean),
  }
}
