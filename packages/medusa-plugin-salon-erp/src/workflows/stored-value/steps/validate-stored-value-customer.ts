import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { STORED_VALUE_MODULE } from "../../../modules/stored-value"
import type StoredValueModuleService from "../../../modules/stored-value/service"

export type ValidateStoredValueCustomerStepInput = {
  /** The member the top-up or spend is for. */
  customer_id?: string | null
  /** The branch and the staff member it is recorded for (commissions go to them). */
  branch_id?: string | null
  staff_member_id?: string | null
  /**
   * Amounts keyed in at the counter (bonus, adjustments), each held to the stored-value option
   * `max_top_up_amount`, in either direction; `field` names it in the 400.
   */
  amounts?: { field: string; value: string | number | null | undefined }[]
}

export const validateStoredValueCustomerStepId = "validate-stored-value-customer"
/**
 * This step checks, before anything is written, what a counter top-up, spend or adjustment names:
 * the member, the branch and the staff member must exist (404 naming the field), and amounts keyed
 * in must stay within the `max_top_up_amount` option (400 naming the field).
 */
export const validateStoredValueCustomerStep = createStep(
  validateStoredValueCustomerStepId,
  async (input: ValidateStoredValueCustomerStepInput, { container }) => {
    const storedValue = container.resolve<StoredValueModuleService>(STORED_VALUE_MODULE)
    const { max_top_up_amount } = await storedValue.getStoredValueSettings()
    for (const { field, value } of input.amounts ?? []) {
      if (value === null || value === undefined) continue
      const amount = Number(value)
      if (!Number.isFinite(amount) || Math.abs(amount) > max_top_up_amount) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${field} (${value}) is above the limit of ${max_top_up_amount} set by the stored-value option max_top_up_amount`
        )
      }
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const mustExist = async (entity: string, id: string, label: string, field: string) => {
      const { data } = await query.graph({ entity, fields: ["id"], filters: { id } })
      if (!data[0]) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `${label} with id: ${id} was not found (${field})`
        )
      }
    }
    if (input.branch_id) await mustExist("branch", input.branch_id, "Branch", "branch_id")
    if (input.staff_member_id) {
      await mustExist("staff_member", input.staff_member_id, "Staff member", "staff_member_id")
    }
    let customer: { id: string; has_account: boolean } | null = null
    if (input.customer_id) {
      const customers = container.resolve(Modules.CUSTOMER)
      customer = await customers.retrieveCustomer(input.customer_id, {
        select: ["id", "has_account"],
      })
    }
    return new StepResponse(customer)
  }
)
