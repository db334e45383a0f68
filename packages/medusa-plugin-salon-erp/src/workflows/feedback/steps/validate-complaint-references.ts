import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { ComplaintSeverity } from "../../../modules/feedback/types"

export type ValidateComplaintReferencesStepInput = {
  customer_id?: string | null
  branch_id?: string | null
  category_id?: string | null
  appointment_id?: string | null
  order_id?: string | null
  staff_member_id?: string | null
  assignee_user_id?: string | null
  /** Customers may only name their own appointments and orders (others are "not found"). */
  owner_customer_id?: string | null
}

export type ComplaintReferences = {
  branch: { id: string; name: string; timezone: string; manager_user_id: string | null } | null
  category: { id: string; code: string; name: string; default_severity: ComplaintSeverity } | null
}

export const validateComplaintReferencesStepId = "validate-complaint-references"
/**
 * This step checks that everything a complaint names exists: the customer, branch, category
 * (active), appointment and order (the customer's own, at that branch), staff member and
 * assignee. Unknown ids are 404; a deactivated category or a mismatch is 400.
 */
export const validateComplaintReferencesStep = createStep(
  validateComplaintReferencesStepId,
  async (input: ValidateComplaintReferencesStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const notFound = (label: string, id: string, field: string) =>
      new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `${label} with id: ${id} was not found (${field})`
      )
    const one = async (
      entity: string,
      id: string,
      fields: string[],
      label: string,
      field = `${entity}_id`
    ) => {
      const { data } = await query.graph({ entity, fields, filters: { id } })
      if (!data[0]) throw notFound(label, id, field)
      return data[0] as Record<string, string | number | boolean | null>
    }
    const result: ComplaintReferences = { branch: null, category: null }
    const checks: Promise<unknown>[] = []
    if (input.customer_id) {
      checks.push(one("customer", input.customer_id, ["id"], "Customer"))
    }
    if (input.branch_id) {
      checks.push(
        one(
          "branch",
          input.branch_id,
          ["id", "name", "timezone", "manager_user_id"],
          "Branch"
        ).then((branch) => {
          result.branch = branch as unknown as ComplaintReferences["branch"]
        })
      )
    }
    if (input.category_id) {
      checks.push(
        one(
          "complaint_category",
          input.category_id,
          ["id", "code", "name", "default_severity", "is_active"],
          "Complaint category",
          "category_id"
        ).then((category) => {
          if (!category.is_active) {
            throw new MedusaError(
              MedusaError.Types.INVALID_DATA,
              `Complaint category "${category.name}" is no longer in use; choose another category`
            )
          }
          result.category = category as unknown as ComplaintReferences["category"]
        })
      )
    }
    if (input.staff_member_id) {
      checks.push(one("staff_member", input.staff_member_id, ["id"], "Staff member"))
    }
    if (input.assignee_user_id) {
      checks.push(one("user", input.assignee_user_id, ["id"], "User", "assignee_user_id"))
    }
    const owned = async (entity: string, id: string, label: string, fields: string[]) => {
      const record = await one(entity, id, ["id", "customer_id", ...fields], label)
      if (input.owner_customer_id && record.customer_id !== input.owner_customer_id) {
        // Another customer's record is reported exactly like a missing one.
        throw notFound(label, id, `${entity}_id`)
      }
      return record
    }
    if (input.appointment_id) {
      checks.push(
        owned("appointment", input.appointment_id, "Appointment", ["display_id", "branch_id"]).then(
          (appointment) => {
            if (input.branch_id && appointment.branch_id !== input.branch_id) {
              throw new MedusaError(
                MedusaError.Types.INVALID_DATA,
                `Appointment #${appointment.display_id} was at another branch; file the complaint with that branch (branch_id ${appointment.branch_id})`
              )
            }
            if (input.customer_id && appointment.customer_id !== input.customer_id) {
              throw new MedusaError(
                MedusaError.Types.INVALID_DATA,
                `Appointment #${appointment.display_id} belongs to another customer`
              )
            }
          }
        )
      )
    }
    if (input.order_id) {
      checks.push(
        owned("order", input.order_id, "Order", ["display_id"]).then((order) => {
          if (input.customer_id && order.customer_id !== input.customer_id) {
            throw new MedusaError(
              MedusaError.Types.INVALID_DATA,
              `Order #${order.display_id} belongs to another customer`
            )
          }
        })
      )
    }
    await Promise.all(checks)
    return new StepResponse(result)
  }
)
