import { createHash } from "crypto"
import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
  generateEntityId,
} from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { conflictError } from "../../lib/errors"
import { type OutboxEventDraft, stageOutboxEvents, withOutbox } from "../../lib/outbox"
import {
  type PackageEventData,
  SERVICE_PACKAGE_OUTBOX_ID_PREFIX,
  SERVICE_PACKAGE_OUTBOX_TABLE,
  ServicePackageWorkflowEvents as Events,
  readMovements,
  readPackageEvent,
  reservationEventData,
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
import { type Cents, moneyColumns, percentOf, proRata, toCents, toMajor } from "./lib/money"
import { type ServicePackageOptions, parseServicePackageOptions } from "./lib/options"
import type {
  AdjustSessionsInput,
  Author,
  ExtendPackageInput,
  IssuePackageInput,
  MigratePackageInput,
  LedgerEntryType,
  OperationKey,
  OperationResult,
  OperationType,
  PackageStatus,
  ReconciliationResult,
  RedeemSessionsInput,
  RefundPackageInput,
  RefundQuote,
  ReservationDTO,
  ReserveSessionInput,
  ReverseEntryInput,
  StatusChangeInput,
  TransferSessionsInput,
} from "./types"

type Knex = ReturnType<EntityManager["getKnex"]>
type SharedContext = Context<EntityManager>

type TemplateItemInput = {
  salon_service_id: string
  sessions: number
  session_value?: number | null
}

type PackageRow = {
  id: string
  display_id: number
  customer_id: string
  template_id: string | null
  name: string
  status: PackageStatus
  source: string
  currency_code: string
  price_paid: string
  payment_method: string | null
  branch_scope: "all_branches" | "selling_branch"
  selling_branch_id: string | null
  sold_by_staff_member_id: string | null
  allocation_method: string
  refund_fee_percent: number
  purchased_at: Date
  expires_at: Date
  frozen_at: Date | null
  frozen_reason: string | null
  expired_at: Date | null
  order_id: string | null
  order_line_item_id: string | null
}

type ItemRow = {
  id: string
  package_id: string
  position: number
  salon_service_id: string
  service_name: string
  total_sessions: number
  remaining: number
  reserved: number
  /** value_remaining in cents (converted when locked). */
  value: Cents
}

type EntryRow = {
  id: string
  type: LedgerEntryType
  package_id: string
  package_item_id: string
  quantity: number
  value: string
  reverses_entry_id: string | null
  reservation_id: string | null
  operation_id: string
}

type OperationRow = {
  id: string
  idempotency_key: string
  key_scope: "request" | "system"
  type: OperationType
  package_id: string
  customer_id: string
  fingerprint: string
  data: Record<string, unknown> | null
}

/** The operation being written: every entry carries its id, key and author. */
type OpContext = {
  id: string
  idempotency_key: string
  author_type: Author["author_type"]
  author_id: string | null
}

type Movement = {
  type: LedgerEntryType
  /** Signed sessions. */
  quantity: number
  /** Signed value in cents. */
  value: Cents
  /** Change of the item's reserved count in the same statement. */
  reserved_delta?: number
  branch_id?: string | null
  staff_member_id?: string | null
  appointment_id?: string | null
  appointment_item_id?: string | null
  reservation_id?: string | null
  order_id?: string | null
  order_line_item_id?: string | null
  related_package_id?: string | null
  reverses_entry_id?: string | null
  reason?: string | null
}

/** What an operation committed, for the events it stages. */
type OperationDone = {
  operation_id: string
  package_id: string
  entry_ids: string[]
  new_package_id?: string | null
}

/** Builds the events of an operation inside its transaction (nothing for a replay). */
type StageEvents = (trx: Knex, done: OperationDone, op: OpContext) => Promise<OutboxEventDraft[]>

/** How a released reservation is announced: in full, by id only (replaced or declined), or not. */
type ReleaseAnnouncement = "reservation" | "id" | null

type OperationSpec = OperationKey &
  Author & {
    type: OperationType
    /** Why (manager operations); recorded on the operation. */
    reason?: string | null
    /** The parameters that define the request: the same key with others is refused. */
    params: Record<string, unknown>
  }

const UNIQUE_VIOLATION = "23505"
const PACKAGE_COLUMNS = [
  "id",
  "display_id",
  "customer_id",
  "template_id",
  "name",
  "status",
  "source",
  "currency_code",
  "price_paid",
  "payment_method",
  "branch_scope",
  "selling_branch_id",
  "sold_by_staff_member_id",
  "allocation_method",
  "refund_fee_percent",
  "purchased_at",
  "expires_at",
  "frozen_at",
  "frozen_reason",
  "expired_at",
  "order_id",
  "order_line_item_id",
]

/** Raised inside a transaction when a system operation finds nothing to do (rolls it back). */
class NothingToDo extends Error {}

const dbError = (error: unknown): { code?: string; constraint?: string; message?: string } =>
  (error ?? {}) as { code?: string; constraint?: string; message?: string }

function isUniqueViolation(error: unknown, hint: RegExp): boolean {
  const { code, constraint, message } = dbError(error)
  if (code === UNIQUE_VIOLATION) return hint.test(constraint ?? message ?? "")
  return (
    MedusaError.isMedusaError(error) &&
    /already exists/.test(error.message) &&
    hint.test(error.message)
  )
}

/** Stable JSON (sorted keys) so equal parameters always hash the same. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`
  if (value instanceof Date) return JSON.stringify(value.toISOString())
  if (value && typeof value === "object") {
    return `{${Object.keys(value as Record<string, unknown>)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(",")}}`
  }
  return JSON.stringify(value ?? null)
}

const fingerprintOf = (type: string, params: Record<string, unknown>) =>
  createHash("sha256")
    .update(stableJson({ type, ...params }))
    .digest("hex")

const iso = (value: Date | string) => new Date(value).toISOString()
const day = (value: Date | string) => iso(value).slice(0, 10)
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`

/**
 * Service packages (course cards): templates, the packages customers own, and the append-only
 * ledger of their sessions. Every movement of sessions is one transaction that takes row locks
 * (package, then its items), checks the balance, updates the item's running balances and writes
 * the ledger entry, so balances can never go below zero however many requests run at once, and
 * always equal the sum of the entries. Each movement belongs to an operation whose idempotency
 * key is unique: a retry returns the first result and moves nothing.
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
    const trx = sharedContext.transactionManager!.getTransactionContext()! as Knex
    const template = await this.createPackageTemplates(data, sharedContext)
    // The ORM writes the template at commit; the items (plain SQL) reference it before that.
    await sharedContext.transactionManager!.flush()
    await this.replaceTemplateItems(template.id, items, sharedContext)
    await this.stage_(trx, [this.templateEvent_(Events.TEMPLATE_CREATED, template.id)])
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
    const trx = sharedContext.transactionManager!.getTransactionContext()! as Knex
    if (Object.keys(data).length) {
      await this.updatePackageTemplates({ id, ...data }, sharedContext)
      await sharedContext.transactionManager!.flush()
    }
    const previousItems = items ? await this.replaceTemplateItems(id, items, sharedContext) : null
    await this.stage_(trx, [this.templateEvent_(Events.TEMPLATE_UPDATED, id)])
    return { id, previous_items: previousItems }
  }

  /** Soft-deletes a template and stages `package_template.deleted`, in one transaction. */
  @InjectTransactionManager()
  async deleteTemplate(id: string, @MedusaContext() sharedContext: SharedContext = {}) {
    const trx = sharedContext.transactionManager!.getTransactionContext()! as Knex
    await this.softDeletePackageTemplates(id, {}, sharedContext)
    await this.stage_(trx, [this.templateEvent_(Events.TEMPLATE_DELETED, id)])
    return { id }
  }

  protected templateEvent_(name: string, templateId: string): OutboxEventDraft {
    return { event_name: name, aggregate_id: templateId, data: { id: templateId } }
  }

  /** Replaces a template's items; returns the previous ones (for compensation). */
  @InjectTransactionManager()
  async replaceTemplateItems(
    templateId: string,
    items: TemplateItemInput[],
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    const previous = await trx("package_template_item")
      .select("salon_service_id", "sessions", "session_value")
      .where({ template_id: templateId })
      .whereNull("deleted_at")
      .orderBy("position")
    await trx("package_template_item").where({ template_id: templateId }).delete()
    if (items.length) {
      await trx("package_template_item").insert(
        items.map((item, position) => ({
          id: generateEntityId(undefined, "pkti"),
          template_id: templateId,
          position,
          salon_service_id: item.salon_service_id,
          sessions: item.sessions,
          ...(item.session_value === null || item.session_value === undefined
            ? { session_value: null, raw_session_value: null }
            : moneyColumns("session_value", toCents(item.session_value))),
        }))
      )
    }
    return previous.map(
      (row: { salon_service_id: string; sessions: number; session_value: string | null }) => ({
        salon_service_id: row.salon_service_id,
        sessions: row.sessions,
        session_value: row.session_value === null ? null : Number(row.session_value),
      })
    )
  }

  /** How many packages were sold from a template (a template that sold cannot be deleted). */
  @InjectManager()
  async countPackagesOfTemplate(
    templateId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<number> {
    const knex = sharedContext.manager!.getKnex()
    const [{ count }] = await knex("customer_package")
      .count("id as count")
      .where({ template_id: templateId })
      .whereNull("deleted_at")
    return Number(count)
  }

  // ---------------------------------------------------------------- operations & idempotency

  /**
   * Runs a value-moving operation exactly once per idempotency key. The operation row is the
   * first write of the transaction, so a concurrent attempt with the same key waits on the
   * unique index and then finds the winner's result instead of moving anything.
   */
  protected async runOperation_(
    spec: OperationSpec,
    work: (
      trx: Knex,
      op: OpContext,
      /** The package as read just before (unlocked), when the operation is on an existing one. */
      before: PackageRow | null
    ) => Promise<Omit<OperationResult, "created" | "operation_id" | "type">>,
    sharedContext: SharedContext,
    target: { package_id: string; customer_id?: string; data?: Record<string, unknown> | null },
    /** The events of the change, staged in its transaction (a replay stages none). */
    events?: StageEvents
  ): Promise<OperationResult> {
    const knex = sharedContext.manager!.getKnex()
    const scope = spec.key_scope ?? "request"
    if (!spec.idempotency_key?.trim()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "An idempotency key is required (Idempotency-Key header or idempotency_key)"
      )
    }
    const fingerprint = fingerprintOf(spec.type, spec.params)
    const { key: liveKey, operation: existing } = (
      await this.lookupKeys_(knex, scope, [spec.idempotency_key])
    ).get(spec.idempotency_key)!
    if (existing) {
      return await this.replayOperation_(
        knex,
        existing,
        spec.idempotency_key,
        spec.type,
        fingerprint
      )
    }
    try {
      return await this.transaction_(async (trx) => {
        const before = target.customer_id ? null : await this.readPackage_(trx, target.package_id)
        const customerId = target.customer_id ?? before!.customer_id
        const op: OpContext = {
          id: generateEntityId(undefined, "pkop"),
          idempotency_key: liveKey,
          author_type: spec.author_type,
          author_id: spec.author_id ?? null,
        }
        await trx("package_operation").insert({
          id: op.id,
          key_scope: scope,
          idempotency_key: liveKey,
          type: spec.type,
          package_id: target.package_id,
          customer_id: customerId,
          fingerprint,
          reason: spec.reason ?? null,
          author_type: spec.author_type,
          author_id: spec.author_id ?? null,
          data: target.data ? JSON.stringify(target.data) : null,
        })
        const result = await work(trx, op, before)
        if (events) {
          await this.stage_(trx, await events(trx, { ...result, operation_id: op.id }, op))
        }
        return {
          operation_id: op.id,
          type: spec.type,
          package_id: result.package_id,
          created: true,
          entry_ids: result.entry_ids,
          new_package_id: result.new_package_id ?? null,
        }
      }, sharedContext)
    } catch (error) {
      if (isUniqueViolation(error, /idempotency_key/)) {
        const winner = await this.findOperation_(
          knex,
          scope,
          spec.idempotency_key,
          spec.type,
          fingerprint
        )
        if (winner) return winner
      }
      throw error
    }
  }

  /** Writes events to the module's outbox in the transaction of the change they report. */
  protected async stage_(trx: Knex, events: OutboxEventDraft[]) {
    await stageOutboxEvents(
      trx as Parameters<typeof stageOutboxEvents>[0],
      SERVICE_PACKAGE_OUTBOX_TABLE,
      SERVICE_PACKAGE_OUTBOX_ID_PREFIX,
      events
    )
  }

  /** One package-level event (sold, expired, refunded …) about the operation's package. */
  protected packageEvent_(
    name: string,
    extra: (done: OperationDone) => Partial<PackageEventData> = () => ({})
  ): StageEvents {
    return async (trx, done, op) => [
      {
        event_name: name,
        aggregate_id: done.package_id,
        data: await readPackageEvent(
          trx,
          done,
          { actor_type: op.author_type, actor_id: op.author_id },
          extra(done)
        ),
      },
    ]
  }

  /** One session event per ledger entry the operation wrote (of the given types). */
  protected movementEvents_(
    name: string,
    { types, designated }: { types?: string[]; designated?: Record<string, boolean> } = {}
  ): StageEvents {
    return async (trx, done) =>
      (await readMovements(trx, done.entry_ids, designated))
        .filter((movement) => !types || types.includes(movement.type))
        .map((movement) => ({
          event_name: name,
          aggregate_id: movement.package_id,
          data: movement,
        }))
  }

  /** A reservation event; its aggregate is the appointment (reserved, released, replaced). */
  protected reservationEvent_(
    name: string,
    reservation: ReservationDTO & { release_reason?: string | null },
    announce: Exclude<ReleaseAnnouncement, null> = "reservation"
  ): OutboxEventDraft {
    return {
      event_name: name,
      aggregate_id: reservation.appointment_id,
      data: announce === "id" ? { id: reservation.id } : reservationEventData(reservation),
    }
  }

  @InjectTransactionManager()
  protected async transaction_<T>(
    work: (trx: Knex) => Promise<T>,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<T> {
    return await work(sharedContext.transactionManager!.getTransactionContext()! as Knex)
  }

  protected async findOperation_(
    knex: Knex,
    scope: string,
    key: string,
    type: OperationType,
    fingerprint: string
  ): Promise<OperationResult | null> {
    const op = (await this.lookupKeys_(knex, scope, [key])).get(key)!.operation
    return op ? await this.replayOperation_(knex, op, key, type, fingerprint) : null
  }

  /** The first result of a request whose key is used again; another request's key is refused. */
  protected async replayOperation_(
    knex: Knex,
    op: OperationRow,
    key: string,
    type: OperationType,
    fingerprint: string
  ): Promise<OperationResult> {
    if (op.type !== type || op.fingerprint !== fingerprint) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `Idempotency key "${key}" was already used for a different request (${op.type} on package ${op.package_id}); send a new key for a new request`
      )
    }
    const entries = await knex("package_ledger_entry")
      .select("id")
      .where({ operation_id: op.id })
      .whereNull("deleted_at")
      .orderBy("id")
    const data = (typeof op.data === "string" ? JSON.parse(op.data) : op.data) ?? {}
    return {
      operation_id: op.id,
      type: op.type,
      package_id: op.package_id,
      created: false,
      entry_ids: entries.map((entry: { id: string }) => entry.id),
      new_package_id: (data.new_package_id as string | undefined) ?? null,
    }
  }

  /**
   * For each idempotency key of a scope: the operation written under it, and the key a new
   * operation of that request is written under. An operation undone by compensation (its request
   * failed as a whole; a `compensate:<id>` void exists) does not hold its key: the request's retry
   * goes under `<key>:after:<undone id>`, so it runs again, once, and the ledger keeps both.
   */
  protected async lookupKeys_(
    knex: Knex,
    scope: string,
    keys: string[]
  ): Promise<Map<string, { key: string; operation: OperationRow | null }>> {
    const found = new Map(keys.map((key) => [key, { key, operation: null as OperationRow | null }]))
    let pending = [...found.keys()]
    while (pending.length) {
      const next: string[] = []
      for (let start = 0; start < pending.length; start += 1000) {
        const batch = pending.slice(start, start + 1000)
        const rows = await knex("package_operation as o")
          .select(
            "o.id",
            "o.type",
            "o.package_id",
            "o.customer_id",
            "o.fingerprint",
            "o.data",
            "o.key_scope",
            "o.idempotency_key",
            knex.raw(
              `EXISTS (SELECT 1 FROM package_operation c WHERE c.key_scope = 'system' AND c.idempotency_key = 'compensate:' || o.id AND c.deleted_at IS NULL) AS undone`
            )
          )
          .where("o.key_scope", scope)
          .whereIn(
            "o.idempotency_key",
            batch.map((key) => found.get(key)!.key)
          )
          // The indexes are partial on deleted_at IS NULL: say so, or the planner scans the table.
          .whereNull("o.deleted_at")
        const byKey = new Map(
          rows.map((row: OperationRow & { undone: boolean }) => [row.idempotency_key, row])
        )
        for (const original of batch) {
          const entry = found.get(original)!
          const row = byKey.get(entry.key)
          if (!row) continue
          if (row.undone) {
            entry.key = `${original}:after:${row.id}`
            next.push(original)
            continue
          }
          const { undone: _undone, ...operation } = row
          entry.operation = operation
        }
      }
      pending = next
    }
    return found
  }

  // ---------------------------------------------------------------- locking & balances

  protected async readPackage_(knex: Knex, packageId: string): Promise<PackageRow> {
    const row = await knex("customer_package")
      .select(PACKAGE_COLUMNS)
      .where({ id: packageId })
      .whereNull("deleted_at")
      .first()
    if (!row) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Service package with id: ${packageId} was not found`
      )
    }
    return { ...row, refund_fee_percent: Number(row.refund_fee_percent) }
  }

  /** Locks the package row: `share` for session movements, `update` for status changes. */
  protected async lockPackage_(
    trx: Knex,
    packageId: string,
    mode: "share" | "update"
  ): Promise<PackageRow> {
    const query = trx("customer_package")
      .select(PACKAGE_COLUMNS)
      .where({ id: packageId })
      .whereNull("deleted_at")
    const row = await (mode === "update" ? query.forUpdate() : query.forShare()).first()
    if (!row) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Service package with id: ${packageId} was not found`
      )
    }
    return { ...row, refund_fee_percent: Number(row.refund_fee_percent) }
  }

  /** Locks items of a package (all, or those matching a filter) in id order. */
  protected async lockItems_(
    trx: Knex,
    packageId: string,
    filter: { id?: string; salon_service_id?: string } = {}
  ): Promise<ItemRow[]> {
    const rows = await trx("customer_package_item")
      .select(
        "id",
        "package_id",
        "position",
        "salon_service_id",
        "service_name",
        "total_sessions",
        "remaining",
        "reserved",
        "value_remaining"
      )
      .where({ package_id: packageId, ...filter })
      .whereNull("deleted_at")
      .orderBy("id")
      .forUpdate()
    return rows.map((row: Record<string, unknown>) => ({
      ...(row as unknown as ItemRow),
      value: toCents(row.value_remaining),
    }))
  }

  /**
   * Applies one movement to a locked item: updates its running balances and appends the ledger
   * entry, in the caller's transaction. Balances are re-checked here (and by the database's
   * CHECK constraints); callers check first to give a precise message.
   */
  protected async move_(
    trx: Knex,
    op: OpContext,
    pkg: PackageRow,
    item: ItemRow,
    movement: Movement
  ): Promise<string> {
    const remaining = item.remaining + movement.quantity
    const reserved = item.reserved + (movement.reserved_delta ?? 0)
    const value = item.value + movement.value
    if (remaining < 0 || reserved < 0 || reserved > remaining || value < 0) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `No sessions left of ${item.service_name} on package ${pkg.name}`
      )
    }
    await trx("customer_package_item")
      .update({
        remaining,
        reserved,
        ...moneyColumns("value_remaining", value),
        updated_at: trx.fn.now(),
      })
      .where({ id: item.id })
    const entryId = await this.insertEntry_(trx, op, pkg, item, movement, remaining)
    item.remaining = remaining
    item.reserved = reserved
    item.value = value
    return entryId
  }

  protected async insertEntry_(
    trx: Knex,
    op: OpContext,
    pkg: Pick<PackageRow, "id" | "customer_id" | "currency_code">,
    item: Pick<ItemRow, "id" | "salon_service_id">,
    movement: Movement,
    remainingAfter: number
  ): Promise<string> {
    const id = generateEntityId(undefined, "pkle")
    const perSession = Math.floor(Math.abs(movement.value) / Math.abs(movement.quantity) + 0.5)
    try {
      await trx("package_ledger_entry").insert({
        id,
        type: movement.type,
        package_id: pkg.id,
        customer_id: pkg.customer_id,
        package_item_id: item.id,
        salon_service_id: item.salon_service_id,
        quantity: movement.quantity,
        remaining_after: remainingAfter,
        ...moneyColumns("value", movement.value),
        ...moneyColumns("session_value", perSession),
        currency_code: pkg.currency_code,
        branch_id: movement.branch_id ?? null,
        staff_member_id: movement.staff_member_id ?? null,
        appointment_id: movement.appointment_id ?? null,
        appointment_item_id: movement.appointment_item_id ?? null,
        reservation_id: movement.reservation_id ?? null,
        order_id: movement.order_id ?? null,
        order_line_item_id: movement.order_line_item_id ?? null,
        related_package_id: movement.related_package_id ?? null,
        reverses_entry_id: movement.reverses_entry_id ?? null,
        reason: movement.reason ?? null,
        author_type: op.author_type,
        author_id: op.author_id,
        idempotency_key: op.idempotency_key,
        operation_id: op.id,
      })
    } catch (error) {
      if (isUniqueViolation(error, /reverses_entry_id/)) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Ledger entry ${movement.reverses_entry_id} was already reversed`
        )
      }
      throw error
    }
    return id
  }

  /** Refuses use of a package that is not active, has expired, or belongs to another branch. */
  protected assertUsable_(pkg: PackageRow, branchId: string | null, at: Date = new Date()) {
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
    if (new Date(pkg.expires_at).getTime() <= at.getTime()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Package ${pkg.name} expired on ${day(pkg.expires_at)}`
      )
    }
    if (
      branchId &&
      pkg.branch_scope === "selling_branch" &&
      pkg.selling_branch_id &&
      pkg.selling_branch_id !== branchId
    ) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Package ${pkg.name} can only be used at the branch that sold it (${pkg.selling_branch_id}), not at ${branchId}`
      )
    }
  }

  /**
   * A branch-only package sold online without a branch belongs to the first branch it is used
   * at. Runs before the package is locked for sharing, so it never upgrades a lock.
   */
  protected async bindBranch_(trx: Knex, packageId: string, branchId: string | null) {
    if (!branchId) return
    await trx("customer_package")
      .update({ selling_branch_id: branchId, updated_at: trx.fn.now() })
      .where({ id: packageId, branch_scope: "selling_branch" })
      .whereNull("selling_branch_id")
  }

  protected noSessionsLeft_(pkg: PackageRow, item: ItemRow, wanted = 1) {
    const free = item.remaining - item.reserved
    const detail =
      item.reserved > 0
        ? ` (${plural(item.remaining, "session")} remaining, ${item.reserved} reserved for upcoming appointments)`
        : ""
    return new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      free <= 0
        ? `No sessions left of ${item.service_name} on package ${pkg.name}${detail}`
        : `Only ${plural(free, "session")} left of ${item.service_name} on package ${pkg.name}; ${wanted} requested${detail}`
    )
  }

  protected async itemFor_(
    trx: Knex,
    pkg: PackageRow,
    ref: { package_item_id?: string | null; salon_service_id?: string | null }
  ): Promise<ItemRow> {
    const [item] = await this.lockItems_(
      trx,
      pkg.id,
      ref.package_item_id
        ? { id: ref.package_item_id }
        : { salon_service_id: ref.salon_service_id! }
    )
    if (!item) {
      throw new MedusaError(
        ref.package_item_id ? MedusaError.Types.NOT_FOUND : MedusaError.Types.NOT_ALLOWED,
        ref.package_item_id
          ? `Package item with id: ${ref.package_item_id} was not found on package ${pkg.name}`
          : `Package ${pkg.name} does not cover the salon service ${ref.salon_service_id}`
      )
    }
    return item
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
    this.validateIssue_(input)
    const packageId = generateEntityId(undefined, "cpkg")
    return await this.runOperation_(
      {
        ...input,
        type: "sell",
        params: {
          customer_id: input.customer_id,
          template_id: input.template_id,
          source: input.source,
          price_paid: toCents(input.price_paid),
          currency_code: input.currency_code,
          payment_method: input.payment_method ?? null,
          selling_branch_id: input.selling_branch_id ?? null,
          sold_by_staff_member_id: input.sold_by_staff_member_id ?? null,
          order_line_item_id: input.order_line_item_id ?? null,
          items: input.items.map((item) => [item.salon_service_id, item.sessions]),
        },
      },
      async (trx, op) => {
        const entryIds = await this.insertPackage_(trx, op, packageId, input)
        return { package_id: packageId, entry_ids: entryIds }
      },
      sharedContext,
      { package_id: packageId, customer_id: input.customer_id },
      this.packageEvent_(Events.SOLD)
    )
  }

  protected validateIssue_(input: IssuePackageInput) {
    if (!input.items?.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A package needs at least one service")
    }
    const services = new Set<string>()
    for (const item of input.items) {
      if (!Number.isInteger(item.sessions) || item.sessions < 1) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${item.service_name}: sessions must be a whole number of at least 1; got ${item.sessions}`
        )
      }
      if (services.has(item.salon_service_id)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${item.service_name} appears twice in the package`
        )
      }
      services.add(item.salon_service_id)
      if (toCents(item.allocated_amount) < 0) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${item.service_name}: allocated_amount cannot be negative`
        )
      }
    }
    const price = toCents(input.price_paid)
    const allocated = input.items.reduce((sum, item) => sum + toCents(item.allocated_amount), 0)
    if (price < 0 || allocated !== price) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The items' allocated amounts (${toMajor(allocated)}) must add up to the price paid (${toMajor(price)})`
      )
    }
    const purchasedAt = new Date(input.purchased_at ?? Date.now())
    if (!(new Date(input.expires_at).getTime() > purchasedAt.getTime())) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `A package must expire after it is bought; expires_at is ${String(input.expires_at)}`
      )
    }
  }

  protected async insertPackage_(
    trx: Knex,
    op: OpContext,
    packageId: string,
    input: Omit<IssuePackageInput, keyof OperationKey | keyof Author | "items"> & {
      transferred_from_package_id?: string | null
      /** `remaining` (default: all `sessions`) is what a migrated package still has. */
      items: (IssuePackageInput["items"][number] & { remaining?: number })[]
    },
    entryType: "issue" | "transfer_in" | "migration" = "issue",
    related: { package_id: string | null } = { package_id: null }
  ): Promise<string[]> {
    await trx("customer_package").insert({
      id: packageId,
      customer_id: input.customer_id,
      template_id: input.template_id,
      name: input.name,
      status: "active",
      source: input.source,
      currency_code: input.currency_code,
      ...moneyColumns("price_paid", toCents(input.price_paid)),
      payment_method: input.payment_method ?? null,
      branch_scope: input.branch_scope,
      selling_branch_id: input.selling_branch_id ?? null,
      sold_by_staff_member_id: input.sold_by_staff_member_id ?? null,
      sold_by_user_id: input.sold_by_user_id ?? null,
      allocation_method: input.allocation_method,
      refund_fee_percent: input.refund_fee_percent,
      purchased_at: new Date(input.purchased_at ?? Date.now()),
      expires_at: new Date(input.expires_at),
      order_id: input.order_id ?? null,
      order_line_item_id: input.order_line_item_id ?? null,
      transferred_from_package_id: input.transferred_from_package_id ?? null,
      metadata: input.metadata ? JSON.stringify(input.metadata) : null,
    })
    const pkg = {
      id: packageId,
      customer_id: input.customer_id,
      currency_code: input.currency_code,
    }
    const entryIds: string[] = []
    for (const [position, item] of input.items.entries()) {
      const itemId = generateEntityId(undefined, "cpki")
      const allocated = toCents(item.allocated_amount)
      const remaining = item.remaining ?? item.sessions
      // A migrated item keeps the value of the sessions it still has, pro rata.
      const value =
        remaining === item.sessions
          ? allocated
          : Math.round((allocated * remaining) / item.sessions)
      await trx("customer_package_item").insert({
        id: itemId,
        package_id: packageId,
        position,
        salon_service_id: item.salon_service_id,
        service_name: item.service_name,
        total_sessions: item.sessions,
        remaining,
        reserved: 0,
        ...moneyColumns("allocated_amount", allocated),
        ...moneyColumns("value_remaining", value),
      })
      if (remaining === 0) continue
      entryIds.push(
        await this.insertEntry_(
          trx,
          op,
          pkg,
          { id: itemId, salon_service_id: item.salon_service_id },
          {
            type: entryType,
            quantity: remaining,
            value,
            branch_id: input.selling_branch_id ?? null,
            staff_member_id: input.sold_by_staff_member_id ?? null,
            order_id: input.order_id ?? null,
            order_line_item_id: input.order_line_item_id ?? null,
            related_package_id: related.package_id,
          },
          remaining
        )
      )
    }
    return entryIds
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
    const spec = this.migrationSpec_(input)
    const packageId = generateEntityId(undefined, "cpkg")
    return await this.runOperation_(
      spec,
      async (trx, op) => ({
        package_id: packageId,
        entry_ids: await this.insertMigratedPackage_(trx, op, packageId, input),
      }),
      sharedContext,
      { package_id: packageId, customer_id: input.customer_id }
    )
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
  ): Promise<{ status: "created" | "replayed" | "conflict"; operation_id: string | null }[]> {
    const knex = sharedContext.manager!.getKnex()
    const specs = inputs.map((input) => this.migrationSpec_(input))
    const scopes = [...new Set(specs.map((spec) => spec.key_scope ?? "request"))]
    const used = new Map<string, { key: string; operation: OperationRow | null }>()
    for (const scope of scopes) {
      const keys = specs
        .filter((spec) => (spec.key_scope ?? "request") === scope)
        .map((spec) => spec.idempotency_key)
      for (const [key, found] of await this.lookupKeys_(knex, scope, keys)) {
        used.set(`${scope}:${key}`, found)
      }
    }
    const lookup = (spec: OperationSpec) =>
      used.get(`${spec.key_scope ?? "request"}:${spec.idempotency_key}`)!
    const results = specs.map((spec) => {
      const existing = lookup(spec).operation
      if (!existing) return { status: "created" as const, operation_id: null as string | null }
      const same =
        existing.type === spec.type &&
        existing.fingerprint === fingerprintOf(spec.type, spec.params)
      return {
        status: same ? ("replayed" as const) : ("conflict" as const),
        operation_id: existing.id,
      }
    })
    const fresh = inputs
      .map((input, index) => ({ input, index }))
      .filter(({ index }) => results[index].status === "created")
    if (!fresh.length) return results
    await this.transaction_(async (trx) => {
      for (const { input, index } of fresh) {
        const spec = specs[index]
        const op: OpContext = {
          id: generateEntityId(undefined, "pkop"),
          idempotency_key: lookup(spec).key,
          author_type: spec.author_type,
          author_id: spec.author_id ?? null,
        }
        const packageId = generateEntityId(undefined, "cpkg")
        await trx("package_operation").insert({
          id: op.id,
          key_scope: spec.key_scope ?? "request",
          idempotency_key: op.idempotency_key,
          type: spec.type,
          package_id: packageId,
          customer_id: input.customer_id,
          fingerprint: fingerprintOf(spec.type, spec.params),
          reason: null,
          author_type: spec.author_type,
          author_id: spec.author_id ?? null,
          data: null,
        })
        await this.insertMigratedPackage_(trx, op, packageId, input)
        results[index].operation_id = op.id
      }
    }, sharedContext)
    return results
  }

  /** Checks a carried-over package and states its operation (the same for one or many). */
  protected migrationSpec_(input: MigratePackageInput): OperationSpec {
    this.validateIssue_({ ...input, source: "migration" })
    for (const item of input.items) {
      if (
        !Number.isInteger(item.remaining) ||
        item.remaining < 0 ||
        item.remaining > item.sessions
      ) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${item.service_name}: remaining sessions must be a whole number from 0 to ${item.sessions}; got ${item.remaining}`
        )
      }
    }
    if (new Date(input.expires_at).getTime() <= Date.now()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Package ${input.name} expired on ${day(input.expires_at)}; only open packages are carried over`
      )
    }
    if (!input.items.some((item) => item.remaining > 0)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Package ${input.name} has no sessions left; only open packages are carried over`
      )
    }
    if (!input.idempotency_key?.trim()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "An idempotency key is required (Idempotency-Key header or idempotency_key)"
      )
    }
    return {
      ...input,
      type: "migrate",
      params: {
        customer_id: input.customer_id,
        template_id: input.template_id,
        price_paid: toCents(input.price_paid),
        currency_code: input.currency_code,
        purchased_at: new Date(input.purchased_at).toISOString(),
        expires_at: new Date(input.expires_at).toISOString(),
        items: input.items.map((item) => [item.salon_service_id, item.sessions, item.remaining]),
      },
    }
  }

  protected async insertMigratedPackage_(
    trx: Knex,
    op: OpContext,
    packageId: string,
    input: MigratePackageInput
  ) {
    return await this.insertPackage_(
      trx,
      op,
      packageId,
      { ...input, source: "migration" },
      "migration"
    )
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
    const quantity = input.quantity ?? 1
    if (!Number.isInteger(quantity) || quantity < 1) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `quantity must be a whole number of at least 1; got ${quantity}`
      )
    }
    if (!input.package_item_id && !input.salon_service_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Give the salon_service_id (or package_item_id) to redeem"
      )
    }
    return await this.runOperation_(
      {
        ...input,
        type: "redeem",
        params: {
          package_id: input.package_id,
          package_item_id: input.package_item_id ?? null,
          salon_service_id: input.salon_service_id ?? null,
          quantity,
          branch_id: input.branch_id,
          staff_member_id: input.staff_member_id,
          appointment_id: input.appointment_id ?? null,
          appointment_item_id: input.appointment_item_id ?? null,
        },
      },
      async (trx, op, before) => {
        if (before?.branch_scope === "selling_branch" && !before.selling_branch_id) {
          await this.bindBranch_(trx, input.package_id, input.branch_id)
        }
        const pkg = await this.lockPackage_(trx, input.package_id, "share")
        this.assertUsable_(pkg, input.branch_id)
        const item = await this.itemFor_(trx, pkg, input)
        if (item.remaining - item.reserved < quantity) {
          throw this.noSessionsLeft_(pkg, item, quantity)
        }
        const value = proRata(item.value, item.remaining, quantity)
        const entryId = await this.move_(trx, op, pkg, item, {
          type: "redeem",
          quantity: -quantity,
          value: -value,
          branch_id: input.branch_id,
          staff_member_id: input.staff_member_id,
          appointment_id: input.appointment_id,
          appointment_item_id: input.appointment_item_id,
          reason: input.reason,
        })
        return { package_id: pkg.id, entry_ids: [entryId] }
      },
      sharedContext,
      { package_id: input.package_id },
      this.movementEvents_(Events.SESSION_REDEEMED, { types: ["redeem"] })
    )
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
    return await this.runOperation_(
      {
        ...input,
        type: "reverse",
        params: { package_id: input.package_id, entry_id: input.entry_id, reason: input.reason },
      },
      async (trx, op) => {
        const pkg = await this.lockPackage_(trx, input.package_id, "update")
        const entry: EntryRow | undefined = await trx("package_ledger_entry")
          .select("*")
          .where({ id: input.entry_id, package_id: pkg.id })
          .first()
        if (!entry) {
          throw new MedusaError(
            MedusaError.Types.NOT_FOUND,
            `Ledger entry with id: ${input.entry_id} was not found on package ${pkg.name}`
          )
        }
        if (!["redeem", "forfeit", "adjust"].includes(entry.type)) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Only redemptions, forfeits and adjustments can be reversed; ${entry.id} is a ${entry.type} entry`
          )
        }
        if (!["active", "frozen"].includes(pkg.status)) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Package ${pkg.name} is ${pkg.status}; its entries can no longer be reversed`
          )
        }
        const already = await trx("package_ledger_entry")
          .select("id")
          .where({ reverses_entry_id: entry.id })
          .whereNull("deleted_at")
          .first()
        if (already) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Ledger entry ${entry.id} was already reversed by ${already.id}`
          )
        }
        const [item] = await this.lockItems_(trx, pkg.id, { id: entry.package_item_id })
        if (entry.quantity > 0 && item.remaining - item.reserved < entry.quantity) {
          throw this.noSessionsLeft_(pkg, item, entry.quantity)
        }
        const entryId = await this.move_(trx, op, pkg, item, {
          type: "reverse",
          quantity: -entry.quantity,
          value: -toCents(entry.value),
          reverses_entry_id: entry.id,
          reservation_id: entry.reservation_id,
          reason: input.reason,
        })
        return { package_id: pkg.id, entry_ids: [entryId] }
      },
      sharedContext,
      { package_id: input.package_id },
      this.movementEvents_(Events.ENTRY_REVERSED)
    )
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
    if (!Number.isInteger(input.quantity) || input.quantity === 0) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `quantity must be a whole number other than 0; got ${input.quantity}`
      )
    }
    return await this.runOperation_(
      {
        ...input,
        type: "adjust",
        params: {
          package_id: input.package_id,
          package_item_id: input.package_item_id,
          quantity: input.quantity,
          reason: input.reason,
        },
      },
      async (trx, op) => {
        const pkg = await this.lockPackage_(trx, input.package_id, "update")
        if (!["active", "frozen"].includes(pkg.status)) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Package ${pkg.name} is ${pkg.status}; its sessions can no longer be adjusted`
          )
        }
        const item = await this.itemFor_(trx, pkg, { package_item_id: input.package_item_id })
        if (input.quantity < 0 && item.remaining - item.reserved < -input.quantity) {
          throw this.noSessionsLeft_(pkg, item, -input.quantity)
        }
        const value = input.quantity < 0 ? -proRata(item.value, item.remaining, -input.quantity) : 0
        const entryId = await this.move_(trx, op, pkg, item, {
          type: "adjust",
          quantity: input.quantity,
          value,
          branch_id: input.branch_id,
          reason: input.reason,
        })
        return { package_id: pkg.id, entry_ids: [entryId] }
      },
      sharedContext,
      { package_id: input.package_id },
      this.movementEvents_(Events.ADJUSTED)
    )
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
    const knex = sharedContext.manager!.getKnex()
    const current = await this.readPackage_(knex, packageId)
    if (current.status !== "active" || new Date(current.expires_at).getTime() > Date.now()) {
      return null
    }
    try {
      return await this.runOperation_(
        {
          idempotency_key: `expire:${packageId}:${iso(current.expires_at)}`,
          key_scope: "system",
          author_type: "system",
          type: "expire",
          params: { package_id: packageId, expires_at: iso(current.expires_at) },
        },
        async (trx, op) => {
          const pkg = await this.lockPackage_(trx, packageId, "update")
          if (pkg.status !== "active" || new Date(pkg.expires_at).getTime() > Date.now()) {
            throw new NothingToDo()
          }
          const entryIds: string[] = []
          for (const item of await this.lockItems_(trx, pkg.id)) {
            const forfeited = item.remaining - item.reserved
            if (forfeited <= 0) continue
            entryIds.push(
              await this.move_(trx, op, pkg, item, {
                type: "expire",
                quantity: -forfeited,
                value: -proRata(item.value, item.remaining, forfeited),
                reason: `Expired on ${day(pkg.expires_at)}`,
              })
            )
          }
          await trx("customer_package")
            .update({ status: "expired", expired_at: trx.fn.now(), updated_at: trx.fn.now() })
            .where({ id: pkg.id })
          return { package_id: pkg.id, entry_ids: entryIds }
        },
        sharedContext,
        {
          package_id: packageId,
          data: { previous_status: "active", expires_at: iso(current.expires_at) },
        },
        this.packageEvent_(Events.EXPIRED)
      )
    } catch (error) {
      if (error instanceof NothingToDo) return null
      throw error
    }
  }

  /** What refunding the package now would return: the value of its unused sessions, minus the fee. */
  @InjectManager()
  async quoteRefund(
    packageId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<RefundQuote> {
    const knex = sharedContext.manager!.getKnex()
    const pkg = await this.readPackage_(knex, packageId)
    const items = await knex("customer_package_item")
      .select("id", "salon_service_id", "service_name", "remaining", "value_remaining")
      .where({ package_id: packageId })
      .whereNull("deleted_at")
      .orderBy("position")
    return this.buildQuote_(
      pkg,
      items.map((item: Record<string, unknown>) => ({
        id: item.id as string,
        salon_service_id: item.salon_service_id as string,
        service_name: item.service_name as string,
        remaining: item.remaining as number,
        value: toCents(item.value_remaining),
      }))
    )
  }

  protected buildQuote_(
    pkg: PackageRow,
    items: Pick<ItemRow, "id" | "salon_service_id" | "service_name" | "remaining" | "value">[]
  ): RefundQuote {
    const open = items.filter((item) => item.remaining > 0)
    const gross = open.reduce((sum, item) => sum + item.value, 0)
    const fee = percentOf(gross, pkg.refund_fee_percent)
    return {
      package_id: pkg.id,
      customer_id: pkg.customer_id,
      currency_code: pkg.currency_code,
      gross_amount: toMajor(gross),
      fee_percent: pkg.refund_fee_percent,
      fee: toMajor(fee),
      amount: toMajor(gross - fee),
      items: open.map((item) => ({
        package_item_id: item.id,
        salon_service_id: item.salon_service_id,
        service_name: item.service_name,
        sessions: item.remaining,
        value: toMajor(item.value),
      })),
    }
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
    const current = await this.readPackage_(sharedContext.manager!.getKnex(), input.package_id)
    let quote: RefundQuote | null = null
    const result = await this.runOperation_(
      {
        ...input,
        type: "refund",
        params: { package_id: input.package_id, refund_method: input.refund_method },
      },
      async (trx, op) => {
        const pkg = await this.lockPackage_(trx, input.package_id, "update")
        if (!["active", "frozen"].includes(pkg.status)) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            pkg.status === "expired"
              ? `Package ${pkg.name} expired on ${day(pkg.expires_at)}; expired sessions are not refunded`
              : `Package ${pkg.name} is ${pkg.status}; it cannot be refunded`
          )
        }
        const items = await this.lockItems_(trx, pkg.id)
        const reserved = items.reduce((sum, item) => sum + item.reserved, 0)
        if (reserved > 0) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Package ${pkg.name} has ${plural(reserved, "session")} reserved for upcoming appointments; release ${reserved === 1 ? "it" : "them"} before refunding`
          )
        }
        if (!items.some((item) => item.remaining > 0)) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Package ${pkg.name} has no unused sessions to refund`
          )
        }
        quote = this.buildQuote_(pkg, items)
        if (input.expected_amount !== undefined && quote.amount !== input.expected_amount) {
          // Refused before anything commits, so no refund is reported that did not happen.
          throw conflictError(
            `The package changed while the refund was being paid out (${input.expected_amount} quoted, ${quote.amount} now); try again`
          )
        }
        const entryIds: string[] = []
        for (const item of items) {
          if (item.remaining <= 0) continue
          entryIds.push(
            await this.move_(trx, op, pkg, item, {
              type: "refund",
              quantity: -item.remaining,
              value: -item.value,
              branch_id: input.branch_id,
              reason: input.reason,
            })
          )
        }
        await trx("customer_package")
          .update({
            status: "refunded",
            refunded_at: trx.fn.now(),
            ...moneyColumns("refund_gross_amount", toCents(quote.gross_amount)),
            ...moneyColumns("refund_fee", toCents(quote.fee)),
            ...moneyColumns("refund_amount", toCents(quote.amount)),
            refund_method: input.refund_method,
            updated_at: trx.fn.now(),
          })
          .where({ id: pkg.id })
        return { package_id: pkg.id, entry_ids: entryIds }
      },
      sharedContext,
      { package_id: input.package_id, data: { previous_status: current.status } },
      this.packageEvent_(Events.REFUNDED, () => ({
        reason: input.reason ?? null,
        refund: {
          gross_amount: quote!.gross_amount,
          fee_percent: quote!.fee_percent,
          fee: quote!.fee,
          amount: quote!.amount,
          refund_method: input.refund_method,
        },
      }))
    )
    return { ...result, quote: quote ?? (await this.refundOf_(sharedContext, result.package_id)) }
  }

  protected async refundOf_(sharedContext: SharedContext, packageId: string): Promise<RefundQuote> {
    const knex = sharedContext.manager!.getKnex()
    const pkg = await knex("customer_package")
      .select(
        "id",
        "customer_id",
        "currency_code",
        "refund_fee_percent",
        "refund_gross_amount",
        "refund_fee",
        "refund_amount"
      )
      .where({ id: packageId })
      .first()
    const entries = await knex("package_ledger_entry as e")
      .join("customer_package_item as i", "i.id", "e.package_item_id")
      .select("e.package_item_id", "e.salon_service_id", "i.service_name", "e.quantity", "e.value")
      .where({ "e.package_id": packageId, "e.type": "refund" })
      .whereNull("e.deleted_at")
    return {
      package_id: packageId,
      customer_id: pkg.customer_id,
      currency_code: pkg.currency_code,
      gross_amount: Number(pkg.refund_gross_amount ?? 0),
      fee_percent: Number(pkg.refund_fee_percent),
      fee: Number(pkg.refund_fee ?? 0),
      amount: Number(pkg.refund_amount ?? 0),
      items: entries.map((entry: Record<string, unknown>) => ({
        package_item_id: entry.package_item_id as string,
        salon_service_id: entry.salon_service_id as string,
        service_name: entry.service_name as string,
        sessions: -Number(entry.quantity),
        value: -Number(entry.value),
      })),
    }
  }

  /** Freezes an active package (no use, no expiry) with a reason. */
  @InjectManager()
  async freezePackage(
    input: StatusChangeInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<OperationResult> {
    return await this.runOperation_(
      { ...input, type: "freeze", params: { package_id: input.package_id, reason: input.reason } },
      async (trx) => {
        const pkg = await this.lockPackage_(trx, input.package_id, "update")
        if (pkg.status !== "active") {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Package ${pkg.name} is ${pkg.status}; only active packages can be frozen`
          )
        }
        await trx("customer_package")
          .update({
            status: "frozen",
            frozen_at: trx.fn.now(),
            frozen_reason: input.reason,
            updated_at: trx.fn.now(),
          })
          .where({ id: pkg.id })
        return { package_id: pkg.id, entry_ids: [] }
      },
      sharedContext,
      { package_id: input.package_id, data: { previous_status: "active" } },
      this.packageEvent_(Events.FROZEN, () => ({ reason: input.reason }))
    )
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
    const knex = sharedContext.manager!.getKnex()
    const current = await this.readPackage_(knex, input.package_id)
    const frozenFor =
      current.frozen_at && this.options_.extend_validity_on_unfreeze
        ? Math.max(0, Date.now() - new Date(current.frozen_at).getTime())
        : 0
    const expiresAt = new Date(new Date(current.expires_at).getTime() + frozenFor)
    return await this.runOperation_(
      {
        ...input,
        type: "unfreeze",
        params: { package_id: input.package_id, reason: input.reason },
      },
      async (trx) => {
        const pkg = await this.lockPackage_(trx, input.package_id, "update")
        if (pkg.status !== "frozen") {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Package ${pkg.name} is ${pkg.status}, not frozen`
          )
        }
        await trx("customer_package")
          .update({
            status: "active",
            frozen_at: null,
            frozen_reason: null,
            expires_at: expiresAt,
            ...(frozenFor > 0 ? { expiry_reminder_sent_at: null } : {}),
            updated_at: trx.fn.now(),
          })
          .where({ id: pkg.id })
        return { package_id: pkg.id, entry_ids: [] }
      },
      sharedContext,
      {
        package_id: input.package_id,
        data: {
          previous_status: "frozen",
          frozen_at: current.frozen_at ? iso(current.frozen_at) : null,
          frozen_reason: current.frozen_reason,
          previous_expires_at: iso(current.expires_at),
          expires_at: iso(expiresAt),
        },
      },
      this.packageEvent_(Events.UNFROZEN, () => ({ reason: input.reason }))
    )
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
    const expiresAt = new Date(input.expires_at)
    if (Number.isNaN(expiresAt.getTime())) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `expires_at is not a valid date-time: "${String(input.expires_at)}"`
      )
    }
    const knex = sharedContext.manager!.getKnex()
    const current = await this.readPackage_(knex, input.package_id)
    return await this.runOperation_(
      {
        ...input,
        type: "extend",
        params: { package_id: input.package_id, expires_at: iso(expiresAt), reason: input.reason },
      },
      async (trx, op) => {
        const pkg = await this.lockPackage_(trx, input.package_id, "update")
        if (!["active", "frozen", "expired"].includes(pkg.status)) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Package ${pkg.name} is ${pkg.status}; its validity cannot be extended`
          )
        }
        if (expiresAt.getTime() <= new Date(pkg.expires_at).getTime()) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `The new expiry (${day(expiresAt)}) must be after the current one (${day(pkg.expires_at)})`
          )
        }
        if (expiresAt.getTime() <= Date.now()) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `The new expiry (${day(expiresAt)}) is in the past`
          )
        }
        const entryIds: string[] = []
        if (pkg.status === "expired") {
          const expired: EntryRow[] = await trx("package_ledger_entry as e")
            .select("e.*")
            .where({ "e.package_id": pkg.id, "e.type": "expire" })
            .whereNull("e.deleted_at")
            .whereNotExists(
              trx("package_ledger_entry as r")
                .select("r.id")
                .whereRaw("r.reverses_entry_id = e.id")
                .whereNull("r.deleted_at")
            )
          const items = await this.lockItems_(trx, pkg.id)
          for (const entry of expired) {
            const item = items.find((candidate) => candidate.id === entry.package_item_id)!
            entryIds.push(
              await this.move_(trx, op, pkg, item, {
                type: "reverse",
                quantity: -entry.quantity,
                value: -toCents(entry.value),
                reverses_entry_id: entry.id,
                reason: input.reason,
              })
            )
          }
        }
        await trx("customer_package")
          .update({
            expires_at: expiresAt,
            status: pkg.status === "expired" ? "active" : pkg.status,
            expired_at: null,
            expiry_reminder_sent_at: null,
            updated_at: trx.fn.now(),
          })
          .where({ id: pkg.id })
        return { package_id: pkg.id, entry_ids: entryIds }
      },
      sharedContext,
      {
        package_id: input.package_id,
        data: {
          previous_status: current.status,
          previous_expires_at: iso(current.expires_at),
          expires_at: iso(expiresAt),
        },
      },
      this.packageEvent_(Events.EXTENDED, () => ({ reason: input.reason }))
    )
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
    const knex = sharedContext.manager!.getKnex()
    const current = await this.readPackage_(knex, input.package_id)
    if (current.customer_id === input.to_customer_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Package ${current.name} already belongs to customer ${input.to_customer_id}`
      )
    }
    const newPackageId = generateEntityId(undefined, "cpkg")
    return await this.runOperation_(
      {
        ...input,
        type: "transfer",
        params: {
          package_id: input.package_id,
          to_customer_id: input.to_customer_id,
          items: (input.items ?? []).map((item) => [item.package_item_id, item.quantity]),
        },
      },
      async (trx, op) => {
        const pkg = await this.lockPackage_(trx, input.package_id, "update")
        this.assertUsable_(pkg, null)
        const items = await this.lockItems_(trx, pkg.id)
        const wanted = input.items?.length
          ? input.items.map((request) => {
              const item = items.find((candidate) => candidate.id === request.package_item_id)
              if (!item) {
                throw new MedusaError(
                  MedusaError.Types.NOT_FOUND,
                  `Package item with id: ${request.package_item_id} was not found on package ${pkg.name}`
                )
              }
              if (!Number.isInteger(request.quantity) || request.quantity < 1) {
                throw new MedusaError(
                  MedusaError.Types.INVALID_DATA,
                  `quantity must be a whole number of at least 1; got ${request.quantity}`
                )
              }
              if (item.remaining - item.reserved < request.quantity) {
                throw this.noSessionsLeft_(pkg, item, request.quantity)
              }
              return { item, quantity: request.quantity }
            })
          : items
              .filter((item) => item.remaining - item.reserved > 0)
              .map((item) => ({ item, quantity: item.remaining - item.reserved }))
        if (!wanted.length) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Package ${pkg.name} has no unreserved sessions to transfer`
          )
        }
        const moved = wanted.map(({ item, quantity }) => ({
          item,
          quantity,
          value: proRata(item.value, item.remaining, quantity),
        }))
        const price = moved.reduce((sum, entry) => sum + entry.value, 0)
        const entryIds = await this.insertPackage_(
          trx,
          op,
          newPackageId,
          {
            customer_id: input.to_customer_id,
            template_id: pkg.template_id,
            name: pkg.name,
            source: "transfer",
            currency_code: pkg.currency_code,
            price_paid: toMajor(price),
            payment_method: null,
            branch_scope: pkg.branch_scope,
            selling_branch_id: pkg.selling_branch_id,
            allocation_method: pkg.allocation_method as IssuePackageInput["allocation_method"],
            refund_fee_percent: pkg.refund_fee_percent,
            expires_at: pkg.expires_at,
            transferred_from_package_id: pkg.id,
            items: moved.map(({ item, quantity, value }) => ({
              salon_service_id: item.salon_service_id,
              service_name: item.service_name,
              sessions: quantity,
              allocated_amount: toMajor(value),
            })),
          },
          "transfer_in",
          { package_id: pkg.id }
        )
        for (const { item, quantity, value } of moved) {
          entryIds.push(
            await this.move_(trx, op, pkg, item, {
              type: "transfer_out",
              quantity: -quantity,
              value: -value,
              related_package_id: newPackageId,
              reason: input.reason,
            })
          )
        }
        return { package_id: pkg.id, entry_ids: entryIds, new_package_id: newPackageId }
      },
      sharedContext,
      {
        package_id: input.package_id,
        customer_id: current.customer_id,
        data: { new_package_id: newPackageId, to_customer_id: input.to_customer_id },
      },
      this.packageEvent_(Events.TRANSFERRED, (done) => ({
        reason: input.reason,
        new_package_id: done.new_package_id ?? null,
      }))
    )
  }

  /**
   * Undoes an operation after a later workflow step failed: every entry it wrote is reversed by
   * a new `reverse` entry (nothing is deleted) and the package's previous status and expiry come
   * back. A package the operation created is canceled. The request as a whole failed, so its key
   * is free again: a retry runs once more instead of replaying what was undone (`lookupKeys_`).
   */
  @InjectManager()
  async compensateOperation(
    operationId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<OperationResult | null> {
    const knex = sharedContext.manager!.getKnex()
    const operation: OperationRow | undefined = await knex("package_operation")
      .select("*")
      .where({ id: operationId })
      .first()
    if (!operation) return null
    const data =
      (typeof operation.data === "string" ? JSON.parse(operation.data) : operation.data) ?? {}
    return await this.runOperation_(
      {
        idempotency_key: `compensate:${operationId}`,
        key_scope: "system",
        author_type: "system",
        type: "void",
        params: { operation_id: operationId },
      },
      async (trx, op) => {
        const packageIds = [operation.package_id, data.new_package_id].filter(Boolean) as string[]
        const packages = new Map<string, PackageRow>()
        for (const id of packageIds.sort()) {
          packages.set(id, await this.lockPackage_(trx, id, "update"))
        }
        const entries: EntryRow[] = await trx("package_ledger_entry as e")
          .select("e.*")
          .where({ "e.operation_id": operationId })
          .whereNull("e.deleted_at")
          .whereNotExists(
            trx("package_ledger_entry as r")
              .select("r.id")
              .whereRaw("r.reverses_entry_id = e.id")
              .whereNull("r.deleted_at")
          )
          .orderBy("e.id", "desc")
        const entryIds: string[] = []
        const items = new Map<string, ItemRow>()
        for (const id of packageIds.sort()) {
          for (const item of await this.lockItems_(trx, id)) items.set(item.id, item)
        }
        for (const entry of entries) {
          const pkg = packages.get(entry.package_id)!
          entryIds.push(
            await this.move_(trx, op, pkg, items.get(entry.package_item_id)!, {
              type: "reverse",
              quantity: -entry.quantity,
              value: -toCents(entry.value),
              reverses_entry_id: entry.id,
              reservation_id: entry.reservation_id,
              reason: `Compensation of ${operation.type} ${operationId}`,
            })
          )
        }
        const restore: Record<string, unknown> = {}
        if (operation.type === "sell" || operation.type === "migrate") {
          restore.status = "canceled"
          restore.canceled_at = trx.fn.now()
        }
        if (data.previous_status) restore.status = data.previous_status
        if (operation.type === "refund") {
          Object.assign(restore, {
            refunded_at: null,
            refund_gross_amount: null,
            raw_refund_gross_amount: null,
            refund_fee: null,
            raw_refund_fee: null,
            refund_amount: null,
            raw_refund_amount: null,
            refund_method: null,
          })
        }
        if (operation.type === "expire" && data.previous_status) restore.expired_at = null
        if (data.previous_expires_at) restore.expires_at = new Date(data.previous_expires_at)
        if (operation.type === "freeze")
          Object.assign(restore, { frozen_at: null, frozen_reason: null })
        if (operation.type === "unfreeze") {
          Object.assign(restore, {
            frozen_at: data.frozen_at ? new Date(data.frozen_at) : null,
            frozen_reason: data.frozen_reason ?? null,
          })
        }
        if (Object.keys(restore).length) {
          await trx("customer_package")
            .update({ ...restore, updated_at: trx.fn.now() })
            .where({ id: operation.package_id })
        }
        if (operation.type === "transfer" && data.new_package_id) {
          await trx("customer_package")
            .update({ status: "canceled", canceled_at: trx.fn.now(), updated_at: trx.fn.now() })
            .where({ id: data.new_package_id })
        }
        return { package_id: operation.package_id, entry_ids: entryIds }
      },
      sharedContext,
      { package_id: operation.package_id, customer_id: operation.customer_id }
    )
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
  ): Promise<
    {
      package_id: string
      package_item_id: string
      name: string
      expires_at: Date
      branch_scope: string
      selling_branch_id: string | null
      remaining: number
      reserved: number
      available: number
    }[]
  > {
    const knex = sharedContext.manager!.getKnex()
    return await this.eligibleQuery_(knex, filter)
  }

  protected async eligibleQuery_(
    knex: Knex,
    filter: { customer_id: string; salon_service_id: string; branch_id: string; at?: string | Date }
  ) {
    const at = new Date(filter.at ?? Date.now())
    const rows = await knex("customer_package_item as i")
      .join("customer_package as p", "p.id", "i.package_id")
      .select(
        "p.id as package_id",
        "i.id as package_item_id",
        "p.name",
        "p.expires_at",
        "p.branch_scope",
        "p.selling_branch_id",
        "i.remaining",
        "i.reserved"
      )
      .where({ "p.customer_id": filter.customer_id, "p.status": "active" })
      .where("i.salon_service_id", filter.salon_service_id)
      .where("p.expires_at", ">", at)
      .where("p.expires_at", ">", knex.fn.now())
      .whereRaw("i.remaining - i.reserved >= 1")
      .where((scope) =>
        scope
          .where("p.branch_scope", "all_branches")
          .orWhere("p.selling_branch_id", filter.branch_id)
          .orWhereNull("p.selling_branch_id")
      )
      .whereNull("p.deleted_at")
      .whereNull("i.deleted_at")
      .orderBy([
        { column: "p.expires_at", order: "asc" },
        { column: "p.purchased_at", order: "asc" },
        { column: "p.id", order: "asc" },
      ])
    return rows.map((row: Record<string, unknown>) => ({
      package_id: row.package_id as string,
      package_item_id: row.package_item_id as string,
      name: row.name as string,
      expires_at: row.expires_at as Date,
      branch_scope: row.branch_scope as string,
      selling_branch_id: (row.selling_branch_id as string | null) ?? null,
      remaining: row.remaining as number,
      reserved: row.reserved as number,
      available: (row.remaining as number) - (row.reserved as number),
    }))
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
    const knex = sharedContext.manager!.getKnex()
    try {
      return await this.transaction_(async (trx) => {
        const result = await this.reserve_(trx, input)
        const events: OutboxEventDraft[] = []
        if (result.replaced) {
          events.push(this.reservationEvent_(Events.RESERVATION_RELEASED, result.replaced, "id"))
        }
        if (result.created && result.reservation) {
          events.push(this.reservationEvent_(Events.SESSION_RESERVED, result.reservation))
        }
        await this.stage_(trx, events)
        return {
          reservation: result.reservation,
          created: result.created,
          replaced_id: result.replaced?.id ?? null,
        }
      }, sharedContext)
    } catch (error) {
      if (isUniqueViolation(error, /one_active_per_item|appointment_item_id/)) {
        const winner = await this.activeReservation_(knex, input.appointment_item_id)
        return { reservation: winner, created: false, replaced_id: null }
      }
      throw error
    }
  }

  protected async activeReservation_(knex: Knex, appointmentItemId: string) {
    return ((await knex("package_reservation")
      .select("*")
      .where({ appointment_item_id: appointmentItemId, status: "reserved" })
      .whereNull("deleted_at")
      .first()) ?? null) as ReservationDTO | null
  }

  protected async reserve_(
    trx: Knex,
    input: ReserveSessionInput
  ): Promise<{
    reservation: ReservationDTO | null
    created: boolean
    /** The reservation of the item on another package, released in its place. */
    replaced: ReservationDTO | null
  }> {
    const existing = await this.activeReservation_(trx, input.appointment_item_id)
    if (existing && (!input.package_id || existing.package_id === input.package_id)) {
      return { reservation: existing, created: false, replaced: null }
    }
    const startsAt = new Date(input.starts_at)
    let candidates: {
      package_id: string
      branch_scope: string
      selling_branch_id: string | null
    }[]
    if (input.package_id) {
      const pkg = await this.readPackage_(trx, input.package_id)
      if (pkg.customer_id !== input.customer_id) {
        // Another customer's package is reported exactly like a missing one.
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Service package with id: ${input.package_id} was not found`
        )
      }
      candidates = [pkg].map(({ id, branch_scope, selling_branch_id }) => ({
        package_id: id,
        branch_scope,
        selling_branch_id,
      }))
    } else {
      candidates = await this.eligibleQuery_(trx, { ...input, at: startsAt })
    }
    for (const candidate of candidates) {
      if (candidate.branch_scope === "selling_branch" && !candidate.selling_branch_id) {
        await this.bindBranch_(trx, candidate.package_id, input.branch_id)
      }
      const pkg = await this.lockPackage_(trx, candidate.package_id, "share")
      const [item] = await this.lockItems_(trx, pkg.id, {
        salon_service_id: input.salon_service_id,
      })
      try {
        this.assertUsable_(pkg, input.branch_id)
        if (new Date(pkg.expires_at).getTime() <= startsAt.getTime()) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Package ${pkg.name} expires on ${day(pkg.expires_at)}, before the appointment`
          )
        }
        if (!item) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Package ${pkg.name} does not cover the salon service ${input.salon_service_id}`
          )
        }
        if (item.remaining - item.reserved < 1) throw this.noSessionsLeft_(pkg, item)
      } catch (error) {
        if (input.package_id) throw error
        continue
      }
      let replaced: ReservationDTO | null = null
      if (existing) {
        await this.releaseLocked_(trx, existing, "replaced")
        replaced = existing
      }
      await trx("customer_package_item")
        .update({ reserved: item.reserved + 1, updated_at: trx.fn.now() })
        .where({ id: item.id })
      const reservation = {
        id: generateEntityId(undefined, "pkrs"),
        package_id: pkg.id,
        package_item_id: item.id,
        customer_id: input.customer_id,
        appointment_id: input.appointment_id,
        appointment_item_id: input.appointment_item_id,
        salon_service_id: input.salon_service_id,
        branch_id: input.branch_id,
        status: "reserved" as const,
        source: input.source,
        created_by: input.created_by ?? null,
      }
      await trx("package_reservation").insert(reservation)
      return { reservation: reservation as ReservationDTO, created: true, replaced }
    }
    return { reservation: null, created: false, replaced: null }
  }

  /** Releases a reservation whose package and item rows the caller has not locked yet. */
  protected async releaseLocked_(trx: Knex, reservation: ReservationDTO, reason: string) {
    await this.lockPackage_(trx, reservation.package_id, "share")
    const [item] = await this.lockItems_(trx, reservation.package_id, {
      id: reservation.package_item_id,
    })
    const updated = await trx("package_reservation")
      .update({
        status: "released",
        release_reason: reason,
        resolved_at: trx.fn.now(),
        updated_at: trx.fn.now(),
      })
      .where({ id: reservation.id, status: "reserved" })
      .returning("id")
    if (!updated.length) return false
    await trx("customer_package_item")
      .update({ reserved: item.reserved - 1, updated_at: trx.fn.now() })
      .where({ id: item.id })
    return true
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
    const reservation = await this.readReservation_(knex, reservationId)
    if (reservation.status !== "reserved") return { released: false, expired_entry_id: null }
    const pkg = await this.readPackage_(knex, reservation.package_id)
    if (pkg.status === "expired") {
      const result = await this.settleReservation_(
        reservationId,
        "expire",
        { reason, announce },
        sharedContext
      )
      return { released: !!result, expired_entry_id: result?.entry_ids[0] ?? null }
    }
    const released = await this.transaction_(async (trx) => {
      if (!(await this.releaseLocked_(trx, reservation, reason))) return false
      if (announce)
        await this.stage_(trx, [await this.releasedEvent_(trx, reservationId, announce)])
      return true
    }, sharedContext)
    return { released, expired_entry_id: null }
  }

  /** `service_package.reservation_released`, read after the release in its transaction. */
  protected async releasedEvent_(
    trx: Knex,
    reservationId: string,
    announce: Exclude<ReleaseAnnouncement, null>
  ): Promise<OutboxEventDraft> {
    const released = await this.readReservation_(trx, reservationId)
    return this.reservationEvent_(Events.RESERVATION_RELEASED, released, announce)
  }

  protected async readReservation_(knex: Knex, reservationId: string): Promise<ReservationDTO> {
    const reservation = await knex("package_reservation")
      .select("*")
      .where({ id: reservationId })
      .whereNull("deleted_at")
      .first()
    if (!reservation) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Package reservation with id: ${reservationId} was not found`
      )
    }
    return reservation
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
    return await this.settleReservation_(reservationId, "redeem", context, sharedContext)
  }

  /** Uses up a reserved session after a late cancellation or a no-show (the `forfeit` policy). */
  @InjectManager()
  async forfeitReservation(
    reservationId: string,
    reason: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<OperationResult | null> {
    return await this.settleReservation_(reservationId, "forfeit", { reason }, sharedContext)
  }

  protected async settleReservation_(
    reservationId: string,
    type: "redeem" | "forfeit" | "expire",
    context: {
      staff_member_id?: string | null
      branch_id?: string | null
      reason?: string | null
      author_id?: string | null
      is_designated?: boolean | null
      /** Releases only: how the release is announced. */
      announce?: ReleaseAnnouncement
    },
    sharedContext: SharedContext
  ): Promise<OperationResult | null> {
    const knex = sharedContext.manager!.getKnex()
    const reservation = await this.readReservation_(knex, reservationId)
    const status = { redeem: "redeemed", forfeit: "forfeited", expire: "released" }[type]
    const designated =
      typeof context.is_designated === "boolean"
        ? { [reservation.appointment_item_id]: context.is_designated }
        : {}
    const events: StageEvents | undefined = {
      redeem: this.movementEvents_(Events.SESSION_REDEEMED, { types: ["redeem"], designated }),
      forfeit: this.movementEvents_(Events.SESSION_FORFEITED, { types: ["forfeit"] }),
      // A session released after its package expired is forfeited by an `expire` entry, but
      // reported as the release it was asked for (as before the package expired).
      expire: context.announce
        ? async (trx: Knex) => [
            await this.releasedEvent_(trx, reservationId, context.announce as "reservation" | "id"),
          ]
        : undefined,
    }[type]
    try {
      return await this.runOperation_(
        {
          idempotency_key: `reservation:${reservationId}:${type}`,
          key_scope: "system",
          author_type: context.author_id ? "user" : "system",
          author_id: context.author_id ?? null,
          reason: context.reason ?? null,
          type: type === "expire" ? "expire" : type,
          params: { reservation_id: reservationId },
        },
        async (trx, op) => {
          const pkg = await this.lockPackage_(trx, reservation.package_id, "share")
          const [item] = await this.lockItems_(trx, pkg.id, { id: reservation.package_item_id })
          const claimed = await trx("package_reservation")
            .update({
              status,
              release_reason:
                type === "expire" ? (context.reason ?? "released") : (context.reason ?? null),
              resolved_at: trx.fn.now(),
              updated_at: trx.fn.now(),
            })
            .where({ id: reservationId, status: "reserved" })
            .returning("id")
          if (!claimed.length) throw new NothingToDo()
          const entryId = await this.move_(trx, op, pkg, item, {
            type,
            quantity: -1,
            value: -proRata(item.value, item.remaining, 1),
            reserved_delta: -1,
            branch_id: context.branch_id ?? reservation.branch_id,
            staff_member_id: type === "redeem" ? (context.staff_member_id ?? null) : null,
            appointment_id: reservation.appointment_id,
            appointment_item_id: reservation.appointment_item_id,
            reservation_id: reservation.id,
            reason:
              type === "expire"
                ? `Released after the package expired on ${day(pkg.expires_at)}`
                : (context.reason ?? null),
          })
          await trx("package_reservation")
            .update({ ledger_entry_id: entryId })
            .where({ id: reservationId })
          return { package_id: pkg.id, entry_ids: [entryId] }
        },
        sharedContext,
        { package_id: reservation.package_id, customer_id: reservation.customer_id },
        events
      )
    } catch (error) {
      if (error instanceof NothingToDo) return null
      throw error
    }
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
    const reservation = (await this.readReservation_(knex, reservationId)) as ReservationDTO & {
      ledger_entry_id: string | null
    }
    if (reservation.status === "reserved") return
    if (reservation.ledger_entry_id) {
      const entry = await knex("package_ledger_entry")
        .select("operation_id")
        .where({ id: reservation.ledger_entry_id })
        .first()
      if (entry) await this.compensateOperation(entry.operation_id, sharedContext)
    }
    await this.transaction_(async (trx) => {
      const pkg = await this.lockPackage_(trx, reservation.package_id, "share")
      const [item] = await this.lockItems_(trx, reservation.package_id, {
        id: reservation.package_item_id,
      })
      if (item.remaining - item.reserved < 1) throw this.noSessionsLeft_(pkg, item)
      const reopened = await trx("package_reservation")
        .update({
          status: "reserved",
          release_reason: null,
          resolved_at: null,
          ledger_entry_id: null,
          updated_at: trx.fn.now(),
        })
        .where({ id: reservationId })
        .whereNot({ status: "reserved" })
        .returning("id")
      if (reopened.length) {
        await trx("customer_package_item")
          .update({ reserved: item.reserved + 1, updated_at: trx.fn.now() })
          .where({ id: item.id })
      }
    }, sharedContext)
  }

  // ---------------------------------------------------------------- jobs

  /** Active packages whose validity has passed. */
  @InjectManager()
  async listPackagesDueForExpiry(
    limit = 500,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<string[]> {
    const knex = sharedContext.manager!.getKnex()
    const rows = await knex("customer_package")
      .select("id")
      .where({ status: "active" })
      .where("expires_at", "<=", knex.fn.now())
      .whereNull("deleted_at")
      .orderBy("expires_at")
      .limit(limit)
    return rows.map((row: { id: string }) => row.id)
  }

  /** Active packages with unused sessions expiring within the reminder window, not yet reminded. */
  @InjectManager()
  async listPackagesDueForReminder(
    limit = 500,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<string[]> {
    const knex = sharedContext.manager!.getKnex()
    const rows = await knex("customer_package as p")
      .select("p.id")
      .where({ "p.status": "active" })
      .whereNull("p.expiry_reminder_sent_at")
      .where("p.expires_at", ">", knex.fn.now())
      .where(
        "p.expires_at",
        "<=",
        new Date(Date.now() + this.options_.expiry_reminder_days * 86_400_000)
      )
      .whereExists(
        knex("customer_package_item as i")
          .select("i.id")
          .whereRaw("i.package_id = p.id")
          .where("i.remaining", ">", 0)
          .whereNull("i.deleted_at")
      )
      .whereNull("p.deleted_at")
      .orderBy("p.expires_at")
      .limit(limit)
    return rows.map((row: { id: string }) => row.id)
  }

  /** Claims a package's expiry reminder: true for exactly one caller, however many run at once. */
  @InjectTransactionManager()
  async claimExpiryReminder(
    packageId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<boolean> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    const claimed = await trx("customer_package")
      .update({ expiry_reminder_sent_at: trx.fn.now() })
      .where({ id: packageId, status: "active" })
      .whereNull("expiry_reminder_sent_at")
      .returning("id")
    return claimed.length === 1
  }

  /** Gives a claimed reminder back when sending failed, so the next run tries again. */
  @InjectTransactionManager()
  async unclaimExpiryReminder(
    packageId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    await trx("customer_package").update({ expiry_reminder_sent_at: null }).where({ id: packageId })
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
    const knex = sharedContext.manager!.getKnex()
    const sums = knex("package_ledger_entry")
      .select("package_item_id")
      .sum({ quantity: "quantity", value: "value" })
      .whereNull("deleted_at")
      .groupBy("package_item_id")
      .as("s")
    const open = knex("package_reservation")
      .select("package_item_id")
      .count({ count: "id" })
      .where({ status: "reserved" })
      .whereNull("deleted_at")
      .groupBy("package_item_id")
      .as("r")
    const query = knex("customer_package_item as i")
      .leftJoin(sums, "s.package_item_id", "i.id")
      .leftJoin(open, "r.package_item_id", "i.id")
      .select(
        "i.id",
        "i.package_id",
        "i.remaining",
        "i.reserved",
        "i.value_remaining",
        knex.raw("coalesce(s.quantity, 0) as ledger_remaining"),
        knex.raw("coalesce(s.value, 0) as ledger_value"),
        knex.raw("coalesce(r.count, 0) as open_reservations")
      )
      .whereNull("i.deleted_at")
    if (filter.package_id) query.where("i.package_id", filter.package_id)
    const rows = await query
    const mismatches = rows
      .filter(
        (row: Record<string, unknown>) =>
          Number(row.remaining) !== Number(row.ledger_remaining) ||
          toCents(row.value_remaining) !== toCents(row.ledger_value) ||
          Number(row.reserved) !== Number(row.open_reservations)
      )
      .map((row: Record<string, unknown>) => ({
        package_item_id: row.id as string,
        package_id: row.package_id as string,
        remaining: Number(row.remaining),
        ledger_remaining: Number(row.ledger_remaining),
        value_remaining: Number(row.value_remaining),
        ledger_value: Number(row.ledger_value),
        reserved: Number(row.reserved),
        open_reservations: Number(row.open_reservations),
      }))
    return { items_checked: rows.length, mismatches }
  }
}

export default ServicePackageModuleService
