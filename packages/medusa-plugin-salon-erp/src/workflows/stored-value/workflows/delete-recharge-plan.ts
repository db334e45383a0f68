import { deleteEntitiesStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { STORED_VALUE_MODULE } from "../../../modules/stored-value"
import { setRechargePlanProductStatusStep } from "../steps/set-recharge-plan-product-status"

export const deleteRechargePlanWorkflowId = "delete-recharge-plan"
/**
 * This workflow withdraws (soft-deletes) a recharge plan and takes its own product off sale;
 * top-ups already made keep their terms.
 */
export const deleteRechargePlanWorkflow = createWorkflow(
  deleteRechargePlanWorkflowId,
  (input: { id: string }) => {
    const ids = transform({ input }, ({ input }) => [input.id])
    deleteEntitiesStep({
      moduleRegistrationName: STORED_VALUE_MODULE,
      invokeMethod: "softDeleteRechargePlans",
      compensateMethod: "restoreRechargePlans",
      data: ids,
    })
    const status = transform({ input }, ({ input }) => ({ plan_id: input.id, on_sale: false }))
    setRechargePlanProductStatusStep(status)
    return new WorkflowResponse({ id: input.id })
  }
)
