import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

export type ValidateBranchAndStaffStepInput = {
  branch_id?: string | null
  staff_member_id?: string | null
}

export const validateBranchAndStaffStepId = "validate-branch-and-staff"
/**
 * This step checks that the branch and the staff member named in a sale or redemption exist and
 * are active (404 / 400 otherwise) and returns their names.
 */
export const validateBranchAndStaffStep = createStep(
  validateBranchAndStaffStepId,
  async (input: ValidateBranchAndStaffStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    let branch: { id: string; name: string } | null = null
    let staff: { id: string; name: string } | null = null
    if (input.branch_id) {
      const {
        data: [row],
      } = await query.graph({
        entity: "branch",
        fields: ["id", "name", "is_active"],
        filters: { id: input.branch_id },
      })
      if (!row) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Branch with id: ${input.branch_id} was not found`
        )
      }
      if (!row.is_active) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${row.name} is inactive`)
      }
      branch = { id: row.id, name: row.name }
    }
    if (input.staff_member_id) {
      const {
        data: [row],
      } = await query.graph({
        entity: "staff_member",
        fields: ["id", "name", "is_active"],
        filters: { id: input.staff_member_id },
      })
      if (!row) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Staff member with id: ${input.staff_member_id} was not found`
        )
      }
      if (!row.is_active) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${row.name} is inactive`)
      }
      staff = { id: row.id, name: row.name }
    }
    return new StepResponse({ branch, staff })
  }
)
