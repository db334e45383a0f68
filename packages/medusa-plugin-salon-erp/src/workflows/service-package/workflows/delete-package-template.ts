import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import { deletePackageTemplateStep } from "../steps/delete-package-template"
import { loadTemplateProductStep } from "../steps/load-template-product"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

export const deletePackageTemplateWorkflowId = "delete-package-template"
/**
 * This workflow deletes a template that never sold, with the product created for it. A template
 * that sold is refused (deactivate it instead).
 */
export const deletePackageTemplateWorkflow = createWorkflow(
  deletePackageTemplateWorkflowId,
  (input: { id: string }) => {
    const product = loadTemplateProductStep({ template_id: input.id })
    const deleted = deletePackageTemplateStep(input)
    when({ product }, ({ product }) => product.owned && !!product.product_id).then(() => {
      const ids = transform({ product }, ({ product }) => ({ ids: [product.product_id as string] }))
      deleteProductsWorkflow.runAsStep({ input: ids })
    })
    publishOutboxEventsStep({
      module: "service_package",
      aggregate_ids: transform({ deleted }, ({ deleted }) => [deleted.id]),
    })
    return new WorkflowResponse(deleted)
  }
)
