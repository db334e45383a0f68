import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

export type ValidateBranchAndStaffStepInput = {
  branch_id?: string | null
  staff_member_id?: string | null
  /** The appointment a redemption is for: it must exist (404 naming appointment_id). */
  appointment_id?: string | null
  /** The request field the staff member came in (404s name it); default staff_member_id. */
  staff_field?: string
  /** Only check that the branch exists (a refund or correction at a branch since closed). */
  allow_inactive_branch?: boolean
}

export const validateBranchAndStaffStepId = "validate-branch-and-staff"
/**
 * This step checks, before anything is written, that the branch, the staff member and the
 * appointment named in a sale, redemption, correction or refund exist (404 naming the field) and
 * that the branch and staff member are active (400 otherwise), and returns their names.
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
          `Branch with id: ${input.branch_id} was not found (branch_id)`
        )
      }
      if (!row.is_active && !input.allow_inactive_branch) {
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
          `Staff member with id: ${input.staff_member_id} was not found (${input.staff_field ?? "staff_member_id"})`
        )
      }
      if (!row.is_active) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${row.name} is inactive`)
      }
      staff = { id: row.id, name: row.name }
    }
    if (input.appointment_id) {
      const { data } = await query.graph({
        entity: "appointment",
        fields: ["id"],
        filters: { id: input.appointment_id },
      })
      if (!data[0]) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Appointment with id: ${input.appointment_id} was not found (appointment_id)`
        )
      }
    }
    return new StepResponse({ branch, staff })
  }
)
