import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ProductStatus } from "@medusajs/framework/utils"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import type {
  PackageTemplateFields,
  PackageTemplateItemInput,
} from "../steps/create-package-template"
import { loadTemplateProductStep } from "../steps/load-template-product"
import { updatePackageTemplateStep } from "../steps/update-package-template"
import { validatePackageTemplateServicesStep } from "../steps/validate-package-template-services"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

export type UpdatePackageTemplateWorkflowInput = Partial<PackageTemplateFields> & {
  id: string
  /** Replaces the template's items. */
  items?: PackageTemplateItemInput[]
}

export const updatePackageTemplateWorkflowId = "update-package-template"
/**
 * This workflow updates a template's terms (items, validity, branch rule, allocation, refund fee,
 * active flag). Packages already sold keep the terms they were sold on. Deactivating a template
 * whose product was created for it unpublishes the product. Prices stay on the variant.
 */
export const updatePackageTemplateWorkflow = createWorkflow(
  updatePackageTemplateWorkflowId,
  (input: UpdatePackageTemplateWorkflowInput) => {
    when({ input }, ({ input }) => !!input.items).then(() => {
      validatePackageTemplateServicesStep({
        items: input.items as PackageTemplateItemInput[],
        allocation_method: input.allocation_method,
      })
    })
    const stepInput = transform({ input }, ({ input }) => {
      const { id, items, ...data } = input
      return { id, data, items }
    })
    const template = updatePackageTemplateStep(stepInput)
    const product = loadTemplateProductStep({ template_id: input.id })
    when({ input, product }, ({ input, product }) => {
      return input.is_active !== undefined && product.owned && !!product.product_id
    }).then(() => {
      const update = transform({ input, product }, ({ input, product }) => ({
        selector: { id: product.product_id as string },
        update: { status: input.is_active ? ProductStatus.PUBLISHED : ProductStatus.DRAFT },
      }))
      updateProductsWorkflow.runAsStep({ input: update })
    })
    publishOutboxEventsStep({
      module: "service_package",
      aggregate_ids: transform({ template }, ({ template }) => [template.id]),
    })
    return new WorkflowResponse(template)
  }
)
