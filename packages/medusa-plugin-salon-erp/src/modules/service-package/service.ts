import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { type OutboxEventDraft, withOutbox } from "../../lib/outbox"
import {
  SERVICE_PACKAGE_OUTBOX_TABLE,
  ServicePackageWorkflowEvents as Events,
  releasedEvent,
  reservationEvent,
  stageEvents,
  templateEvent,
} from "./events"
import {
  CustomerPackage,
  CustomerPackageItem,
  PackageLedgerEntry,
  PackageOperation,
  PackageReservation,
  PackageTemplate,
  PackageTemplateItem,
  ServicePackageOutboxEvent,
} from "./models"
import { type Knex, isUniqueViolation, transactionOf } from "./lib/db"
import { type MigrationOutcome, migrateMany } from "./lib/migration"
import { type ServicePackageOptions, parseServicePackageOptions } from "./lib/options"
import * as plans from "./lib/package-operations"
import { buildQuote } from "./lib/refund"
import * as reserving from "./lib/reservations"
import { type OperationPlan, runOperation, runUnlessNothingToDo } from "./lib/run-operation"
import { adjustPlan, redeemPlan, reversePlan } from "./lib/session-operations"
import * as ledger from "./repositories/ledger-repository"
import * as packages from "./repositories/package-repository"
import * as reservations from "./repositories/reservation-repository"
import * as templates from "./repositories/template-repository"
import type {
  AdjustSessionsInput,
  EligiblePackageItem,
  ExtendPackageInput,
  IssuePackageInput,
  MigratePackageInput,
  OperationResult,
  ReconciliationResult,
  RedeemSessionsInput,
  RefundPackageInput,
  RefundQuote,
  ReleaseAnnouncement,
  ReservationDTO,
  ReserveSessionInput,
  ReverseEntryInput,
  StatusChangeInput,
  TemplateItemInput,
  TransferSessionsInput,
} from "./types"

type SharedContext = Context<EntityManager>

/**
 * Service packages (course cards): templates, the packages customers own, and the append-only
 * ledger of their sessions. Every movement of sessions is one transaction that takes row locks
 * (package, then its items), checks the balance, updates the item's running balances and writes
 * the ledger entry, so balances can never go below zero however many requests run at once, and
 * always equal the sum of the entries. Each movement belongs to an operation whose idempotency
 * key is unique: a retry returns the first result and moves nothing. The SQL lives in
 * ./repositories; the operation and ledger rules in ./lib.
 */
class ServicePackageModuleService extends withOutbox(
  MedusaService({
    PackageTemplate,
    PackageTemplateItem,
    CustomerPackage,
    CustomerPackageItem,
    PackageLedgerEntry,
    PackageOperation,
    PackageReservation,
    ServicePackageOutboxEvent,
  }),
  SERVICE_PACKAGE_OUTBOX_TABLE
) {
  protected readonly options_: ServicePackageOptions

  constructor(container: Record<string, unknown>, options?: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parseServicePackageOptions(options)
  }

  /** The chain's package rules (module options merged with defaults). */
  async getSettings(): Promise<ServicePackageOptions> {
    return { ...this.options_ }
  }

  // ---------------------------------------------------------------- templates

  /** Creates a template with its items and stages `package_template.created`, in one transaction. */
  @InjectTransactionManager()
  async createTemplate(
    data: Record<string, unknown>,
    items: TemplateItemInput[],
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ id: string }> {
    const template = await this.createPackageTemplates(data, sharedContext)
    // The ORM writes the template at commit; the items (plain SQL) reference it before that.
    await sharedContext.transactionManager!.flush()
    await this.replaceTemplateItems(template.id, items, sharedContext)
    const event = templateEvent(Events.TEMPLATE_CREATED, template.id)
    await stageEvents(transactionOf(sharedContext), [event])
    return { id: template.id }
  }

  /**
   * Updates a template's terms and, when given, replaces its items (returning the previous ones)
   * and stages `package_template.updated`, in one transaction.
   */
  @InjectTransactionManager()
  async updateTemplate(
    id: string,
    data: Record<string, unknown>,
    items: TemplateItemInput[] | undefined,
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    if (Object.keys(data).length) {
      await this.updatePackageTemplates({ id, ...data }, sharedContext)
      await sharedContext.transactionManager!.flush()
    }
    const previousItems = items ? await this.replaceTemplateItems(id, items, sharedContext) : null
    await stageEvents(transactionOf(sharedContext), [templateEvent(Events.TEMPLATE_UPDATED, id)])
    return { id, previous_items: previousItems }
  }

  /** Soft-deletes a template and stages `package_template.deleted`, in one transaction. */
  @InjectTransactionManager()
  async deleteTemplate(id: string, @MedusaContext() sharedContext: SharedContext = {}) {
    await this.softDeletePackageTemplates(id, {}, sharedContext)
    await stageEvents(transactionOf(sharedContext), [templateEvent(Events.TEMPLATE_DELETED, id)])
    return { id }
  }

  /** Replaces a template's items; returns the previous ones (for compensation). */
  @InjectTransactionManager()
  async replaceTemplateItems(
    templateId: string,
    items: TemplateItemInput[],
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    return await templates.replaceTemplateItems(transactionOf(sharedContext), templateId, items)
  }

  /** How many packages were sold from a template (a template that sold cannot be deleted). */
  @InjectManager()
  async countPackagesOfTemplate(
    templateId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<number> {
    return await templates.countPackagesOfTemplate(sharedContext.manager!.getKnex(), templateId)
  }

  // ---------------------------------------------------------------- operations

  /** Runs an operation once per idempotency key, in a transaction of this service. */
  protected async run_(plan: OperationPlan, sharedContext: SharedContext) {
    return await runOperation(...this.runner_(sharedContext), plan)
  }

  /** {@link run_} for a system operation that may find nothing to do (then null). */
  protected async runIfNeeded_(plan: OperationPlan | null, sharedContext: SharedContext) {
    return plan ? await runUnlessNothingToDo(...this.runner_(sharedContext), plan) : null
  }

  protected runner_(sharedContext: SharedContext) {
    const inTransaction = <T>(work: (trx: Knex) => Promise<T>) =>
      this.transaction_(work, sharedContext)
    return [sharedContext.manager!.getKnex(), inTransaction] as const
  }

  @InjectTransactionManager()
  protected async transaction_<T>(
    work: (trx: Knex) => Promise<T>,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<T> {
    return await work(transactionOf(sharedContext))
  }

  // ---------------------------------------------------------------- issue

  /**
   * Issues a package to a customer with the terms given (copied from the template at sale):
   * one item per service with its sessions and its share of the price, each opened by an
   * `issue` entry. Keyed: an order line issues once however often its event is handled.
   */
  @InjectManager()
  async issuePackage(
    input: IssuePackageInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<OperationResult> {
    return await this.run_(plans.issuePlan(input), sharedContext)
  }

  /**
   * Opens a package carried over from the salon's previous system with the sessions it still
   * has and its original purchase and expiry dates: one `migration` entry per service with
   * sessions left. Keyed: importing the same file again opens nothing.
   */
  @InjectManager()
  async migratePackage(
    input: MigratePackageInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<OperationResult> {
    return await this.run_(plans.migrationPlan(input), sharedContext)
  }

  /**
   * Opens many carried-over packages in one transaction (an import writes thousands), each keyed
   * as {@link migratePackage}: a key already used with the same terms is `replayed`, with other
   * terms a `conflict`; neither opens anything.
   */
  @InjectManager()
  async migratePackages(
    inputs: MigratePackageInput[],
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<MigrationOutcome[]> {
    return await migrateMany(...this.runner_(sharedContext), inputs)
  }

  // ---------------------------------------------------------------- redeem & correct

  /**
   * Redeems sessions of one service of a package (at the counter, by the staff member who
   * performed it). Refused with a 400 naming the service and package when not enough
   * unreserved sessions are left, the package is not usable, or the branch is not allowed.
   */
  @InjectManager()
  async redeemSessions(
    input: RedeemSessionsInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<OperationResult> {
    return await this.run_(redeemPlan(input), sharedContext)
  }

  /**
   * Reverses a redemption, forfeit or adjustment with a new `reverse` entry (sessions and value
   * come back; the original entry stays). Each entry can be reversed once.
   */
  @InjectManager()
  async reverseEntry(
    input: ReverseEntryInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<OperationResult> {
    return await this.run_(reversePlan(input), sharedContext)
  }

  /**
   * A manual correction with a reason: adding sessions (goodwill, carrying no value) or taking
   * unreserved sessions away (at their pro-rata value).
   */
  @InjectManager()
  async adjustSessions(
    input: AdjustSessionsInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<OperationResult> {
    return await this.run_(adjustPlan(input), sharedContext)
  }

  // ---------------------------------------------------------------- lifecycle

  /**
   * Expires a package past its validity: the unreserved remaining sessions are forfeited by
   * `expire` entries and the package becomes `expired`. Sessions reserved for appointments
   * booked within validity stay reserved (redeemed on completion, forfeited if released).
   * Returns null when there is nothing to expire (not due, already expired, frozen).
   */
  @InjectManager()
  async expirePackage(
    packageId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<OperationResult | null> {
    const plan = await plans.expirePlan(sharedContext.manager!.getKnex(), packageId)
    return await this.runIfNeeded_(plan, sharedContext)
  }

  /** What refunding the package now would return: the value of its unused sessions, minus the fee. */
  @InjectManager()
  async quoteRefund(
    packageId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<RefundQuote> {
    const knex = sharedContext.manager!.getKnex()
    const pkg = await packages.readPackage(knex, packageId)
    return buildQuote(pkg, await ledger.readItems(knex, packageId))
  }

  /**
   * Refunds a package: every unused session leaves by a `refund` entry at its allocated value;
   * the customer gets that value minus the fee headquarters set. Refused while sessions are
   * reserved for upcoming appointments.
   */
  @InjectManager()
  async refundPackage(
    input: RefundPackageInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<OperationResult & { quote: RefundQuote }> {
    const knex = sharedContext.manager!.getKnex()
    let quote: RefundQuote | null = null
    const plan = await plans.refundPlan(knex, input, (quoted) => (quote = quoted))
    const result = await this.run_(plan, sharedContext)
    // A replay did not compute the refund: it is read back from what was recorded.
    return { ...result, quote: quote ?? (await packages.readRefund(knex, result.package_id)) }
  }

  /** Freezes an active package (no use, no expiry) with a reason. */
  @InjectManager()
  async freezePackage(
    input: StatusChangeInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<OperationResult> {
    return await this.run_(plans.freezePlan(input), sharedContext)
  }

  /**
   * Unfreezes a package; by default its validity is extended by the time it was frozen
   * (`extend_validity_on_unfreeze`).
   */
  @InjectManager()
  async unfreezePackage(
    input: StatusChangeInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<OperationResult> {
    const extend = this.options_.extend_validity_on_unfreeze
    const plan = await plans.unfreezePlan(sharedContext.manager!.getKnex(), input, extend)
    return await this.run_(plan, sharedContext)
  }

  /**
   * Moves a package's expiry later. An expired package comes back: its expired sessions are
   * reinstated by `reverse` entries and it is active again.
   */
  @InjectManager()
  async extendPackage(
    input: ExtendPackageInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<OperationResult> {
    const plan = await plans.extendPlan(sharedContext.manager!.getKnex(), input)
    return await this.run_(plan, sharedContext)
  }

  /**
   * Moves unreserved sessions to another customer (family): a new package with the same terms
   * and expiry is issued to them by `transfer_in` entries, and `transfer_out` entries take the
   * sessions and their value off this one.
   */
  @InjectManager()
  async transferSessions(
    input: TransferSessionsInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<OperationResult> {
    const plan = await plans.transferPlan(sharedContext.manager!.getKnex(), input)
    return await this.run_(plan, sharedContext)
  }

  /**
   * Undoes an operation after a later workflow step failed: every entry it wrote is reversed by
   * a new `reverse` entry (nothing is deleted) and the package's previous status and expiry come
   * back. A package the operation created is canceled. The request as a whole failed, so its key
   * is free again: a retry runs once more instead of replaying what was undone (`lookupKeys`).
   */
  @InjectManager()
  async compensateOperation(
    operationId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<OperationResult | null> {
    const plan = await plans.compensationPlan(sharedContext.manager!.getKnex(), operationId)
    return plan ? await this.run_(plan, sharedContext) : null
  }

  // ---------------------------------------------------------------- reservations

  /**
   * Eligible package items of a customer for a service at a branch and time, soonest-expiring
   * first: active, valid at that time, allowed at the branch, with an unreserved session.
   */
  @InjectManager()
  async listEligiblePackageItems(
    filter: {
      customer_id: string
      salon_service_id: string
      branch_id: string
      at?: string | Date
    },
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<EligiblePackageItem[]> {
    return await reservations.eligibleItems(sharedContext.manager!.getKnex(), filter)
  }

  /**
   * Holds a session for one appointment item: of the package given, or of the customer's
   * soonest-expiring eligible package. A reservation of the item on another package is released
   * (replaced) in the same transaction. Returns null when no package is eligible (automatic
   * reservation only; a chosen package that is not eligible is a 400).
   */
  @InjectManager()
  async reserveSession(
    input: ReserveSessionInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ reservation: ReservationDTO | null; created: boolean; replaced_id: string | null }> {
    try {
      return await this.transaction_(async (trx) => {
        const { reservation, created, replaced } = await reserving.reserve(trx, input)
        const events: OutboxEventDraft[] = []
        if (replaced) events.push(reservationEvent(Events.RESERVATION_RELEASED, replaced, "id"))
        if (created && reservation) {
          events.push(reservationEvent(Events.SESSION_RESERVED, reservation))
        }
        await stageEvents(trx, events)
        return { reservation, created, replaced_id: replaced?.id ?? null }
      }, sharedContext)
    } catch (error) {
      if (!isUniqueViolation(error, /one_active_per_item|appointment_item_id/)) throw error
      // A concurrent booking reserved the item first: its reservation is the answer.
      const knex = sharedContext.manager!.getKnex()
      const winner = await reservations.activeReservation(knex, input.appointment_item_id)
      return { reservation: winner, created: false, replaced_id: null }
    }
  }

  /**
   * Gives a reserved session back (canceled in time, booked without package use, replaced).
   * When the package has expired meanwhile, the session is forfeited by an `expire` entry.
   * Returns whether this call released it (false when it was no longer reserved).
   * `announce` stages `service_package.reservation_released` with the release: the reservation
   * in full, or `{ id }` (a customer or staff member declined it); compensation announces nothing.
   */
  @InjectManager()
  async releaseReservation(
    reservationId: string,
    reason: string,
    announce: ReleaseAnnouncement = null,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ released: boolean; expired_entry_id: string | null }> {
    const knex = sharedContext.manager!.getKnex()
    const reservation = await reservations.readReservation(knex, reservationId)
    if (reservation.status !== "reserved") return { released: false, expired_entry_id: null }
    const pkg = await packages.readPackage(knex, reservation.package_id)
    if (pkg.status === "expired") {
      const context = { reason, announce }
      const plan = await reserving.settlementPlan(knex, reservationId, "expire", context)
      const result = await this.runIfNeeded_(plan, sharedContext)
      return { released: !!result, expired_entry_id: result?.entry_ids[0] ?? null }
    }
    const released = await this.transaction_(async (trx) => {
      if (!(await reserving.releaseLocked(trx, reservation, reason))) return false
      if (announce) await stageEvents(trx, [await releasedEvent(trx, reservationId, announce)])
      return true
    }, sharedContext)
    return { released, expired_entry_id: null }
  }

  /** Redeems a reserved session when its appointment is completed; exactly once per reservation. */
  @InjectManager()
  async redeemReservation(
    reservationId: string,
    context: {
      staff_member_id: string | null
      branch_id: string
      author_id?: string | null
      /** The customer asked for this staff member (reported on the redemption event). */
      is_designated?: boolean | null
    },
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<OperationResult | null> {
    const knex = sharedContext.manager!.getKnex()
    const plan = await reserving.settlementPlan(knex, reservationId, "redeem", context)
    return await this.runIfNeeded_(plan, sharedContext)
  }

  /** Uses up a reserved session after a late cancellation or a no-show (the `forfeit` policy). */
  @InjectManager()
  async forfeitReservation(
    reservationId: string,
    reason: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<OperationResult | null> {
    const knex = sharedContext.manager!.getKnex()
    const plan = await reserving.settlementPlan(knex, reservationId, "forfeit", { reason })
    return await this.runIfNeeded_(plan, sharedContext)
  }

  /**
   * Puts a settled or released reservation back to `reserved` (workflow compensation): a
   * redemption or forfeit is reversed by a `reverse` entry, and the session is held again.
   */
  @InjectManager()
  async reopenReservation(
    reservationId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<void> {
    const knex = sharedContext.manager!.getKnex()
    const reservation = await reservations.readReservation(knex, reservationId)
    if (reservation.status === "reserved") return
    if (reservation.ledger_entry_id) {
      const operationId = await ledger.operationOfEntry(knex, reservation.ledger_entry_id)
      if (operationId) await this.compensateOperation(operationId, sharedContext)
    }
    await this.transaction_((trx) => reserving.reopen(trx, reservation), sharedContext)
  }

  // ---------------------------------------------------------------- jobs

  /** Active packages whose validity has passed. */
  @InjectManager()
  async listPackagesDueForExpiry(
    limit = 500,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<string[]> {
    return await packages.listDueForExpiry(sharedContext.manager!.getKnex(), limit)
  }

  /** Active packages with unused sessions expiring within the reminder window, not yet reminded. */
  @InjectManager()
  async listPackagesDueForReminder(
    limit = 500,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<string[]> {
    const until = new Date(Date.now() + this.options_.expiry_reminder_days * 86_400_000)
    return await packages.listDueForReminder(sharedContext.manager!.getKnex(), until, limit)
  }

  /** Claims a package's expiry reminder: true for exactly one caller, however many run at once. */
  @InjectTransactionManager()
  async claimExpiryReminder(
    packageId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<boolean> {
    return await packages.claimExpiryReminder(transactionOf(sharedContext), packageId)
  }

  /** Gives a claimed reminder back when sending failed, so the next run tries again. */
  @InjectTransactionManager()
  async unclaimExpiryReminder(
    packageId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    await packages.unclaimExpiryReminder(transactionOf(sharedContext), packageId)
  }

  // ---------------------------------------------------------------- reconciliation

  /**
   * Checks every package item (or one package's): stored remaining sessions and value equal the
   * sums of its ledger entries, and the reserved count equals its open reservations. An empty
   * `mismatches` list means the books balance.
   */
  @InjectManager()
  async reconcileLedger(
    filter: { package_id?: string } = {},
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<ReconciliationResult> {
    return await ledger.reconcile(sharedContext.manager!.getKnex(), filter.package_id)
  }
}

export default ServicePackageModuleService
