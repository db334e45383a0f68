import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStaffMemberWorkflow } from "../../../workflows/booking/workflows/create-staff-member"
import { refetchStaffMember, withAssignmentIds } from "./helpers"
import type { AdminCreateStaffMemberType } from "./validators"
import { withConflictMessages } from "../../utils/conflict-messages"
import type { StaffMemberListResponse, StaffMemberResponse } from "../../../types/booking/http"

/** Lists staff members; filter by `q` (name), `level`, `is_active`, `branch_id`, `salon_service_id`. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<StaffMemberListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, branch_id, salon_service_id, ...filters } = req.filterableFields as Record<
    string,
    unknown
  >
  const { data, metadata } = await query.graph({
    entity: "staff_member",
    fields: req.queryConfig.fields,
    filters: {
      ...filters,
      ...(q ? { name: { $ilike: `%${q}%` } } : {}),
      ...(branch_id ? { staff_branches: { branch_id } } : {}),
      ...(salon_service_id ? { staff_services: { salon_service_id } } : {}),
    },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    staff_members: data.map(withAssignmentIds),
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

/** Creates a staff member with their branches and services. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminCreateStaffMemberType>,
    res: MedusaResponse<StaffMemberResponse>
  ) => {
    const { result } = await createStaffMemberWorkflow(req.scope).run({ input: req.validatedBody })
    const staff_member = await refetchStaffMember(result.id, req.scope, req.queryConfig.fields)
    res.status(201).json({ staff_member })
  }
)
