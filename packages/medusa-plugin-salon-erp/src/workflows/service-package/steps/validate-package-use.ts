import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

export type ValidatePackageUseStepInput = {
  package_id: string
  salon_service_id?: string | null
  package_item_id?: string | null
  branch_id?: string | null
  /** When set, the package must belong to this customer (else: not found). */
  customer_id?: string | null
}

type PackageRow = {
  id: string
  name: string
  customer_id: string
  status: string
  expires_at: string
  frozen_reason: string | null
  branch_scope: string
  selling_branch_id: string | null
  items: { id: string; salon_service_id: string; service_name: string }[]
}

export const validatePackageUseStepId = "validate-package-use"
/**
 * This step checks, in the customer's and the front desk's words, that a package can be used
 * for a service at a branch now: it exists (and is the customer's), is active and not expired,
 * covers the service, and is allowed at the branch. The ledger re-checks all of it under lock.
 */
export const validatePackageUseStep = createStep(
  validatePackageUseStepId,
  async (input: ValidatePackageUseStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [found],
    } = await query.graph({
      entity: "customer_package",
      fields: [
        "id",
        "name",
        "customer_id",
        "status",
        "expires_at",
        "frozen_reason",
        "branch_scope",
        "selling_branch_id",
        "items.id",
        "items.salon_service_id",
        "items.service_name",
      ],
      filters: { id: input.package_id },
    })
    const pkg = found as unknown as PackageRow | undefined
    if (!pkg || (input.customer_id && pkg.customer_id !== input.customer_id)) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Service package with id: ${input.package_id} was not found`
      )
    }
    if (pkg.status === "frozen") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Package ${pkg.name} is frozen${pkg.frozen_reason ? ` (${pkg.frozen_reason})` : ""}; unfreeze it first`
      )
    }
    if (pkg.status !== "active") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Package ${pkg.name} is ${pkg.status}; its sessions can no longer be used`
      )
    }
    if (new Date(pkg.expires_at).getTime() <= Date.now()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Package ${pkg.name} expired on ${new Date(pkg.expires_at).toISOString().slice(0, 10)}`
      )
    }
    const item = pkg.items.find((candidate) =>
      input.package_item_id
        ? candidate.id === input.package_item_id
        : candidate.salon_service_id === input.salon_service_id
    )
    if (!item) {
      if (input.package_item_id) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Package item with id: ${input.package_item_id} was not found on package ${pkg.name}`
        )
      }
      const {
        data: [service],
      } = await query.graph({
        entity: "salon_service",
        fields: ["id", "name"],
        filters: { id: input.salon_service_id! },
      })
      if (!service) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Salon service with id: ${input.salon_service_id} was not found`
        )
      }
      const covered = pkg.items.map((candidate) => candidate.service_name).join(", ")
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Package ${pkg.name} does not cover ${service.name}; it covers ${covered}`
      )
    }
    if (
      input.branch_id &&
      pkg.branch_scope === "selling_branch" &&
      pkg.selling_branch_id &&
      pkg.selling_branch_id !== input.branch_id
    ) {
      const {
        data: [branch],
      } = await query.graph({
        entity: "branch",
        fields: ["name"],
        filters: { id: pkg.selling_branch_id },
      })
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Package ${pkg.name} can only be used at ${branch?.name ?? pkg.selling_branch_id}, where it was sold`
      )
    }
    return new StepResponse({ package_id: pkg.id, package_item_id: item.id, name: pkg.name })
  }
)
