import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SERVICE_PACKAGE_MODULE } from "../../../modules/service-package"
import type ServicePackageModuleService from "../../../modules/service-package/service"
import type { ImportIssue, ImportedPackage } from "../../../lib/client/import/read-row"

export type PackageOpening = { line: number; customer_id: string; package: ImportedPackage }

/** One migrated package per customer, template, purchase day and file column. */
export const migratedPackageKey = (customerId: string, pkg: ImportedPackage) =>
  `client-import:package:${customerId}:${pkg.template_id}:${pkg.purchased_at.slice(0, 10)}:${pkg.column}`

export const openImportedPackagesStepId = "open-imported-packages"
/**
 * This step opens the packages imported customers still hold, with their remaining sessions as
 * `migration` ledger entries and their original dates, keyed so that a second import opens
 * nothing; one that brings other sessions for the same package leaves it alone with a warning.
 * Compensation voids the packages it opened.
 */
export const openImportedPackagesStep = createStep(
  openImportedPackagesStepId,
  async (
    { openings, user_id }: { openings: PackageOpening[]; user_id: string | null },
    { container }
  ) => {
    const service: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    const results = await service.migratePackages(
      openings.map(({ line, customer_id, package: pkg }) => ({
        idempotency_key: migratedPackageKey(customer_id, pkg),
        key_scope: "system" as const,
        author_type: user_id ? ("user" as const) : ("system" as const),
        author_id: user_id,
        customer_id,
        template_id: pkg.template_id,
        name: pkg.name,
        currency_code: pkg.currency_code,
        price_paid: pkg.price_paid,
        payment_method: null,
        branch_scope: pkg.branch_scope,
        allocation_method: pkg.allocation_method,
        refund_fee_percent: pkg.refund_fee_percent,
        purchased_at: pkg.purchased_at,
        expires_at: pkg.expires_at,
        metadata: { imported_from_line: line },
        items: pkg.items,
      }))
    )
    const opened = results.flatMap((result) =>
      result.status === "created" ? [result.operation_id!] : []
    )
    const warnings: ImportIssue[] = openings
      .filter((_, index) => results[index].status === "conflict")
      .map(({ line, package: pkg }) => ({
        line,
        column: pkg.column,
        value: pkg.name,
        message: `${pkg.name} bought on ${pkg.purchased_at.slice(0, 10)} was already imported for this customer with other terms; it was left unchanged (adjust its sessions in the admin)`,
      }))
    return new StepResponse({ opened: opened.length, warnings }, opened)
  },
  async (opened, { container }) => {
    if (!opened?.length) {
      return
    }
    const service: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    for (const operationId of opened) {
      await service.compensateOperation(operationId)
    }
  }
)
