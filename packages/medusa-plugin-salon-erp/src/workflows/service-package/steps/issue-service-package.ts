import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SERVICE_PACKAGE_MODULE } from "../../../modules/service-package"
import type ServicePackageModuleService from "../../../modules/service-package/service"
import type { IssuePackageInput } from "../../../modules/service-package/types"

export const issueServicePackageStepId = "issue-service-package"
/**
 * This step issues a package to a customer (its items and `issue` entries). A retry with the
 * same key returns the first package. Compensation cancels a package this step issued with
 * reversing entries.
 */
export const issueServicePackageStep = createStep(
  issueServicePackageStepId,
  async (input: IssuePackageInput, { container }) => {
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    const result = await packages.issuePackage(input)
    return new StepResponse(result, result.created ? result.operation_id : undefined)
  },
  async (operationId, { container }) => {
    if (!operationId) {
      return
    }
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    await packages.compensateOperation(operationId)
  }
)
