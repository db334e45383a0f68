import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

export type ValidateCounterBranchStepInput = { branch_id: string }

export const validateCounterBranchStepId = "validate-counter-branch"
/**
 * This step checks that the branch a register is created at exists (404 naming branch_id).
 * It writes nothing.
 */
export const validateCounterBranchStep = createStep(
  validateCounterBranchStepId,
  async ({ branch_id }: ValidateCounterBranchStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "branch",
      fields: ["id"],
      filters: { id: branch_id },
    })
    if (!data[0]) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Branch with id: ${branch_id} was not found (branch_id)`
      )
    }
    return new StepResponse({ branch_id })
  }
)
