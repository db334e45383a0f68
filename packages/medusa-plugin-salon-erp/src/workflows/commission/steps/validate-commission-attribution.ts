import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { describeSourceAttribution } from "../../../lib/commission/attribution-view"
import type { CommissionSource } from "../../../lib/commission/earning-lines"

export type CommissionAttributionInput = CommissionSource & {
  source_line_id: string
  role: "labour" | "sales"
  /** Empty: back to the default (the performer or the recorded seller). */
  shares: { staff_member_id: string; share: number }[]
}

export const validateCommissionAttributionStepId = "validate-commission-attribution"
/**
 * This step checks an attribution change: the line belongs to the source and earns in that role,
 * its month is still open, and the staff members exist.
 */
export const validateCommissionAttributionStep = createStep(
  validateCommissionAttributionStepId,
  async (input: CommissionAttributionInput, { container }) => {
    const view = await describeSourceAttribution(container, input)
    const line = view.lines.find((candidate) => candidate.source_line_id === input.source_line_id)
    if (!line) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${input.source_line_id} is not a line of ${input.source_type} ${input.source_id} that earns commission (lines: ${view.lines.map((candidate) => candidate.source_line_id).join(", ") || "none"})`
      )
    }
    if (line.role !== input.role) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `"${line.label}" earns ${line.role} commission (${line.role === "labour" ? "who performed it" : "who sold it"}); set the ${line.role} attribution`
      )
    }
    if (line.period_status === "closed") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The commission period ${line.period} is closed; who earned "${line.label}" can no longer change`
      )
    }
    const staffIds = [...new Set(input.shares.map((share) => share.staff_member_id))]
    if (staffIds.length) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "staff_member",
        fields: ["id"],
        filters: { id: staffIds },
      })
      const index = input.shares.findIndex(
        (share) => !data.some((row) => row.id === share.staff_member_id)
      )
      if (index >= 0) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `shares.${index}.staff_member_id: staff member ${input.shares[index].staff_member_id} was not found`
        )
      }
    }
    return new StepResponse(line)
  }
)
