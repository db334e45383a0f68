import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { CommissionSource } from "../../../lib/commission/earning-lines"

export type ExpandCommissionSourcesStepInput = {
  sources?: CommissionSource[]
  /** Stored value operations that moved: a top-up, or a spend/refund/reversal that may concern one. */
  stored_value_operation_ids?: string[]
}

export const expandCommissionSourcesStepId = "expand-commission-sources"
/**
 * This step turns what happened into the sources whose commissions may have changed: a stored
 * value operation concerns the top-up it is (or undoes) and the appointment it paid for.
 */
export const expandCommissionSourcesStep = createStep(
  expandCommissionSourcesStepId,
  async (input: ExpandCommissionSourcesStepInput, { container }) => {
    const sources = [...(input.sources ?? [])]
    const operationIds = input.stored_value_operation_ids ?? []
    if (operationIds.length) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: operations } = await query.graph({
        entity: "stored_value_operation",
        fields: ["id", "kind", "target_operation_id"],
        filters: { id: operationIds },
      })
      // The operation itself and the one it undoes.
      const related = [
        ...new Set(
          operations.flatMap(
            (operation) => [operation.id, operation.target_operation_id].filter(Boolean) as string[]
          )
        ),
      ]
      const { data: involved } = await query.graph({
        entity: "stored_value_operation",
        fields: ["id", "kind", "entries.reference_type", "entries.reference_id"],
        filters: { id: related },
      })
      for (const operation of involved) {
        if (operation.kind === "top_up") {
          sources.push({ source_type: "stored_value_top_up", source_id: operation.id })
        }
        for (const entry of operation.entries ?? []) {
          if (entry?.reference_type === "appointment" && entry.reference_id) {
            sources.push({ source_type: "appointment", source_id: entry.reference_id })
          }
        }
      }
    }
    const unique = new Map(
      sources.map((source) => [`${source.source_type}:${source.source_id}`, source])
    )
    return new StepResponse([...unique.values()])
  }
)
