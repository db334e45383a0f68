import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type FeedbackModuleService from "../../../modules/feedback/service"
import type { RemedyKind } from "../../../modules/feedback/types"
import { STORED_VALUE_MODULE } from "../../../modules/stored-value"
import type StoredValueModuleService from "../../../modules/stored-value/service"
import { SERVICE_PACKAGE_MODULE } from "../../../modules/service-package"
import type ServicePackageModuleService from "../../../modules/service-package/service"
import { adjustStoredValueWorkflow } from "../../stored-value/workflows/adjust-stored-value"

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

export type ApplyComplaintRemedyStepInput = {
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
const GRANTED_BY: Record<RemedyKind, { module: string; capability: string } | null> = {
  goodwill_credit: { module: "stored_value", capability: "stored value" },
  free_session: { module: "service_package", capability: "service package" },
  other: null,
}

function isInstalled(container: MedusaContainer, module: string): boolean {
  return container.hasRegistration(module)
}

async function describe(
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
async function grant(
  container: MedusaContainer,
  input: ApplyComplaintRemedyStepInput,
  remedy: {
    id: string
    kind: RemedyKind
    amount?: unknown
    currency_code?: string | null
    salon_service_id?: string | null
  }
): Promise<{ reference: string; operation_id: string } | null> {
  if (remedy.kind === "goodwill_credit" && isInstalled(container, STORED_VALUE_MODULE)) {
    // Free credit, not money paid: it is bonus (never refunded in cash, not counted for commission).
    const { result } = await adjustStoredValueWorkflow(container).run({
      input: {
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
      },
    })
    return { reference: result.operation_id, operation_id: result.operation_id }
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

type Granted = { remedy_id: string; kind: RemedyKind; reference: string; operation_id: string }

async function undoGrants(container: MedusaContainer, granted: Granted[]) {
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

export const applyComplaintRemedyStepId = "apply-complaint-remedy"
/**
 * This step records the remedies of a complaint and grants those a capability can: a
 * `goodwill_credit` becomes stored value bonus (keyed by the remedy, so a retry credits once) and
 * the remedy is marked applied with the ledger operation as its reference; a `free_session` becomes
 * a complimentary one-session package (its id is the reference). Other remedies stay
 * `recorded` until staff mark them applied. Compensation takes back what was granted (a reversing
 * ledger entry) and removes the remedies.
 */
export const applyComplaintRemedyStep = createStep(
  applyComplaintRemedyStepId,
  async (input: ApplyComplaintRemedyStepInput, { container }) => {
    if (!input.remedies.length) {
      return new StepResponse([], { remedy_ids: [] as string[], granted: [] as Granted[] })
    }
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    // Every remedy is checked before anything is written, so a bad one records none.
    const rows = []
    for (const remedy of input.remedies) {
      const { description } = await describe(container, remedy)
      const granter = GRANTED_BY[remedy.kind]
      rows.push({
        complaint_id: input.complaint_id,
        kind: remedy.kind,
        status: "recorded" as const,
        description,
        amount: remedy.kind === "goodwill_credit" ? remedy.amount! : null,
        currency_code:
          remedy.kind === "goodwill_credit" ? remedy.currency_code!.toLowerCase() : null,
        salon_service_id: remedy.kind === "free_session" ? remedy.salon_service_id! : null,
        status_reason: !granter
          ? "Mark it applied once it has been given to the customer."
          : isInstalled(container, granter.module)
            ? `Being granted through the ${granter.capability} capability.`
            : `The ${granter.capability} capability is not installed: grant it by hand, then mark it applied.`,
        recorded_by: input.actor_id ?? null,
      })
    }
    const created = await feedback.createComplaintRemedies(rows)
    const granted: Granted[] = []
    try {
      for (const remedy of created) {
        const done = await grant(container, input, remedy)
        if (!done) continue
        granted.push({ remedy_id: remedy.id, kind: remedy.kind, ...done })
        await feedback.updateComplaintRemedies({
          id: remedy.id,
          status: "applied",
          status_reason: null,
          applied_at: new Date(),
          applied_by: input.actor_id ?? null,
          applied_reference: done.reference,
        })
      }
    } catch (error) {
      await undoGrants(container, granted)
      await feedback.deleteComplaintRemedies(created.map((remedy) => remedy.id))
      throw error
    }
    const remedies = await feedback.listComplaintRemedies({
      id: created.map((remedy) => remedy.id),
    })
    return new StepResponse(remedies, {
      remedy_ids: created.map((remedy) => remedy.id),
      granted,
    })
  },
  async (undo, { container }) => {
    if (!undo?.remedy_ids.length) {
      return
    }
    await undoGrants(container, undo.granted)
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    await feedback.deleteComplaintRemedies(undo.remedy_ids)
  }
)
