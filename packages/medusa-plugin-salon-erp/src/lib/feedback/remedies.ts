/** Complaint remedies: what each kind needs, and how a capability grants it or takes it back. */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { RemedyKind } from "../../modules/feedback/types"
import { STORED_VALUE_MODULE } from "../../modules/stored-value"
import type StoredValueModuleService from "../../modules/stored-value/service"
import { SERVICE_PACKAGE_MODULE } from "../../modules/service-package"
import type ServicePackageModuleService from "../../modules/service-package/service"

/** One remedy as staff enter it. */
export type ComplaintRemedyInput = {
  kind: RemedyKind
  /** Shown to the customer; a default is written from the other fields when omitted. */
  description?: string | null
  /** goodwill_credit: the amount to credit, in the currency's main unit (e.g. 100 = ¥100). */
  amount?: number | null
  /** goodwill_credit: ISO currency code, e.g. "cny". */
  currency_code?: string | null
  /** free_session: the salon service of the free session. */
  salon_service_id?: string | null
}

export type ComplaintRemediesInput = {
  complaint_id: string
  /** Complaint number, for descriptions and the granting capability's reason text. */
  complaint_display_id: number
  customer_id: string
  branch_id: string
  remedies: ComplaintRemedyInput[]
  /** The admin user who decided the remedy. */
  actor_id?: string | null
}

/**
 * Which capability grants each kind: the container registration of its module. When it is not
 * installed, the remedy stays `recorded` with a reason saying so and staff grant it by hand.
 */
export const GRANTED_BY: Record<RemedyKind, { module: string; capability: string } | null> = {
  goodwill_credit: { module: "stored_value", capability: "stored value" },
  free_session: { module: "service_package", capability: "service package" },
  other: null,
}

export function isInstalled(container: MedusaContainer, module: string): boolean {
  return container.hasRegistration(module)
}

export async function describeRemedy(
  container: MedusaContainer,
  remedy: ComplaintRemedyInput
): Promise<{ description: string; salon_service_name?: string }> {
  if (remedy.kind === "goodwill_credit") {
    if (!remedy.amount || remedy.amount <= 0 || !remedy.currency_code) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "A goodwill credit needs an amount above 0 and a currency_code"
      )
    }
    return {
      description:
        remedy.description ||
        `Goodwill credit of ${remedy.amount.toFixed(2)} ${remedy.currency_code.toUpperCase()} to your stored value`,
    }
  }
  if (remedy.kind === "free_session") {
    if (!remedy.salon_service_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "A free session needs the salon_service_id of the service"
      )
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [service],
    } = await query.graph({
      entity: "salon_service",
      fields: ["id", "name"],
      filters: { id: remedy.salon_service_id },
    })
    if (!service) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Salon service with id: ${remedy.salon_service_id} was not found`
      )
    }
    return {
      description: remedy.description || `A free session of ${service.name}`,
      salon_service_name: service.name,
    }
  }
  if (!remedy.description?.trim()) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Describe the remedy (description) when its kind is other"
    )
  }
  return { description: remedy.description.trim() }
}

/**
 * Grants a remedy through the capability that owns it, keyed by the remedy so a retry grants
 * nothing twice; returns what it created (null: recorded only, staff apply it by hand).
 */
export async function grantRemedy(
  container: MedusaContainer,
  input: Omit<ComplaintRemediesInput, "remedies">,
  remedy: {
    id: string
    kind: RemedyKind
    amount?: unknown
    currency_code?: string | null
    salon_service_id?: string | null
  }
): Promise<{ reference: string; operation_id: string; account_id?: string } | null> {
  if (remedy.kind === "goodwill_credit" && isInstalled(container, STORED_VALUE_MODULE)) {
    // Free credit, not money paid: it is bonus (never refunded in cash, not counted for commission).
    const storedValue: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    const result = await storedValue.adjust({
      idempotency_key: `complaint-remedy:${remedy.id}`,
      customer_id: input.customer_id,
      currency_code: remedy.currency_code!,
      principal_amount: 0,
      bonus_amount: Number(remedy.amount),
      reason: `Goodwill credit for complaint #${input.complaint_display_id}`,
      branch_id: input.branch_id,
      reference_type: "complaint",
      reference_id: input.complaint_id,
      created_by: input.actor_id ?? null,
    })
    return {
      reference: result.operation_id,
      operation_id: result.operation_id,
      account_id: result.account_id,
    }
  }
  if (remedy.kind === "free_session" && isInstalled(container, SERVICE_PACKAGE_MODULE)) {
    // A complimentary one-session package: booked and redeemed like any other, worth nothing.
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [service],
    } = await query.graph({
      entity: "salon_service",
      fields: ["id", "name"],
      filters: { id: remedy.salon_service_id! },
    })
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    const issued = await packages.issuePackage({
      idempotency_key: `complaint-remedy:${remedy.id}`,
      key_scope: "system",
      author_type: input.actor_id ? "user" : "system",
      author_id: input.actor_id ?? null,
      customer_id: input.customer_id,
      template_id: null,
      name: `Complimentary ${service.name} (complaint #${input.complaint_display_id})`,
      source: "counter",
      currency_code: remedy.currency_code ?? "cny",
      price_paid: 0,
      payment_method: null,
      branch_scope: "all_branches",
      selling_branch_id: input.branch_id,
      allocation_method: "fixed",
      refund_fee_percent: 0,
      expires_at: new Date(Date.now() + FREE_SESSION_VALIDITY_DAYS * 86_400_000),
      metadata: { complaint_id: input.complaint_id, complimentary: true },
      items: [
        {
          salon_service_id: service.id,
          service_name: service.name,
          sessions: 1,
          allocated_amount: 0,
        },
      ],
    })
    return { reference: issued.package_id, operation_id: issued.operation_id }
  }
  return null
}

/** How long a complimentary session from a complaint stays valid. */
const FREE_SESSION_VALIDITY_DAYS = 180

export type GrantedRemedy = {
  remedy_id: string
  kind: RemedyKind
  reference: string
  operation_id: string
  /** goodwill_credit: the stored value account credited (its events are published after). */
  account_id?: string
}

export async function undoGrants(container: MedusaContainer, granted: GrantedRemedy[]) {
  for (const done of granted) {
    if (done.kind === "free_session") {
      const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
      await packages.compensateOperation(done.operation_id)
    }
    if (done.kind === "goodwill_credit") {
      const storedValue: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
      await storedValue.compensate(done.operation_id, {
        reason: "The complaint resolution failed; the goodwill credit is taken back",
      })
    }
  }
}
