import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SERVICE_PACKAGE_MODULE } from "../../../modules/service-package"
import type ServicePackageModuleService from "../../../modules/service-package/service"
import type { IssuePackageInput, OperationResult } from "../../../modules/service-package/types"

export const issueOrderPackagesStepId = "issue-order-packages"
/**
 * This step issues the packages an order bought, one per unit of each line, keyed
 * `order-line:<line item id>:<unit>`: handling the order twice issues nothing the second time.
 * Compensation cancels the packages this run issued, with reversing entries.
 */
export const issueOrderPackagesStep = createStep(
  issueOrderPackagesStepId,
  async (input: IssuePackageInput[], { container }) => {
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    const results: OperationResult[] = []
    const created: string[] = []
    try {
      for (const issue of input) {
        const result = await packages.issuePackage(issue)
        results.push(result)
        if (result.created) created.push(result.operation_id)
      }
    } catch (error) {
      for (const operationId of created.reverse()) {
        await packages.compensateOperation(operationId)
      }
      throw error
    }
    return new StepResponse(results, created)
  },
  async (created, { container }) => {
    if (!created?.length) {
      return
    }
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    for (const operationId of [...created].reverse()) {
      await packages.compensateOperation(operationId)
    }
  }
)
