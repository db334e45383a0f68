import type { Context, InferTypeOf } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
  generateEntityId,
} from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  Appointment,
  AppointmentHold,
  BookingOutboxEvent,
  AppointmentItem,
  Branch,
  BranchClosure,
  BranchOpeningHours,
  Occupancy,
  Room,
  SalonService,
  ScheduleException,
  StaffBranch,
  StaffMember,
  StaffSchedule,
  StaffService,
} from "./models"
import {
  type BranchSpec,
  type BusyMap,
  type Interval,
  type PlanRequestItem,
  type PlannedItem,
  PlanError,
  type RoomSpec,
  type ServiceSpec,
  type StaffSpec,
  findSlots,
  isClosed,
  normalize,
  openingIntervals,
  workingIntervals,
  planAppointment,
  timeItems,
} from "./lib/availability"
import { type BookingOptions, parseBookingOptions } from "./lib/options"
import {
  ACTIVE_STATUSES,
  APPOINTMENT_TRANSITIONS,
  UPCOMING_STATUSES,
  transitionError,
} from "./lib/status"
import {
  MINUTE_MS,
  addDays,
  daysBetween,
  describeInstant,
  isLocalDate,
  minutesToTime,
  toLocal,
} from "./lib/time"
import type {
  AppointmentSnapshot,
  AppointmentStatus,
  AvailabilityQuery,
  AvailabilityResultDTO,
  BookAppointmentInput,
  BookAppointmentResult,
  BookingActor,
  CreateHoldInput,
  RescheduleAppointmentInput,
} from "./types"
import { conflictError } from "../../lib/errors"
import { stageOutboxEvents, withOutbox } from "../../lib/outbox"
import {
  type AppointmentEventData,
  BookingWorkflowEvents,
  SYSTEM_ACTOR,
  type WorkflowActor,
  appointmentEventData,
} from "./events"

type Knex = ReturnType<EntityManager["getKnex"]>
type SharedContext = Context<EntityManager>

/** What one availability search or booking needs to know about a branch, loaded in a few queries. */
type BookingContext = {
  branch: BranchSpec
  services: (ServiceSpec & { variant_id: string; is_bookable_online: boolean })[]
  staff: (StaffSpec & { level: string })[]
  rooms: RoomSpec[]
  busy: BusyMap
}

type PlannedBooking = {
  branch: BranchSpec
  items: (PlannedItem & { service: BookingContext["services"][number] })[]
}

type OccupancyRow = {
  id: string
  resource_kind: "staff" | "room"
  staff_member_id: string | null
  room_id: string | null
  branch_id: string
  starts_at: Date
  ends_at: Date
  appointment_id: string | null
  appointment_item_id: string | null
  hold_id: string | null
  expires_at: Date | null
  is_active: boolean
}

const OUTBOX_TABLE = "booking_outbox_event"
const OUTBOX_ID_PREFIX = "bkob"

/** The event each status change is reported by. */
const TRANSITION_EVENTS: Record<Exclude<AppointmentStatus, "booked">, string> = {
  confirmed: BookingWorkflowEvents.APPOINTMENT_CONFIRMED,
  checked_in: BookingWorkflowEvents.APPOINTMENT_CHECKED_IN,
  in_service: BookingWorkflowEvents.APPOINTMENT_STARTED,
  completed: BookingWorkflowEvents.APPOINTMENT_COMPLETED,
  canceled: BookingWorkflowEvents.APPOINTMENT_CANCELED,
  no_show: BookingWorkflowEvents.APPOINTMENT_NO_SHOW,
}

const EXCLUSION_VIOLATION = "23P01"
const DEADLOCK_DETECTED = "40P01"
const MAX_AUTO_ASSIGN_ATTEMPTS = 3
const MAX_DEADLOCK_ATTEMPTS = 3

const dbError = (error: unknown): { code?: string; constraint?: string } =>
  (error ?? {}) as { code?: string; constraint?: string }

/** A write that lost to a concurrent booking of the same staff member or room. */
const lostRace = (error: unknown) =>
  [EXCLUSION_VIOLATION, DEADLOCK_DETECTED].includes(dbError(error).code ?? "")

/**
 * Runs a write of occupancies. Writes take resource locks first (`lockResources_`), so clashing
 * writes do not deadlock on the exclusion constraint; should PostgreSQL still abort one as a
 * deadlock, it is tried again and then either succeeds or meets a plain exclusion violation.
 */
async function retryOnDeadlock<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write()
    } catch (error) {
      if (dbError(error).code !== DEADLOCK_DETECTED || attempt >= MAX_DEADLOCK_ATTEMPTS) {
        throw error
      }
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt))
    }
  }
}

class BookingModuleService extends withOutbox(
  MedusaService<{
    Branch: { dto: InferTypeOf<typeof Branch> }
    BranchOpeningHours: { dto: InferTypeOf<typeof BranchOpeningHours> }
    BranchClosure: { dto: InferTypeOf<typeof BranchClosure> }
    Room: { dto: InferTypeOf<typeof Room> }
    StaffMember: { dto: InferTypeOf<typeof StaffMember> }
    StaffBranch: { dto: InferTypeOf<typeof StaffBranch> }
    StaffService: { dto: InferTypeOf<typeof StaffService> }
    SalonService: { dto: InferTypeOf<typeof SalonService> }
    StaffSchedule: { dto: InferTypeOf<typeof StaffSchedule> }
    ScheduleException: { dto: InferTypeOf<typeof ScheduleException> }
    Appointment: { dto: InferTypeOf<typeof Appointment> }
    AppointmentItem: { dto: InferTypeOf<typeof AppointmentItem> }
    Occupancy: { dto: InferTypeOf<typeof Occupancy> }
    AppointmentHold: { dto: InferTypeOf<typeof AppointmentHold> }
    BookingOutboxEvent: { dto: InferTypeOf<typeof BookingOutboxEvent> }
  }>({
    Branch,
    BranchOpeningHours,
    BranchClosure,
    Room,
    StaffMember,
    StaffBranch,
    StaffService,
    SalonService,
    StaffSchedule,
    ScheduleException,
    Appointment,
    AppointmentItem,
    Occupancy,
    AppointmentHold,
    BookingOutboxEvent,
  }),
  OUTBOX_TABLE
) {
  protected readonly options_: BookingOptions

  constructor(container: Record<string, unknown>, options?: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parseBookingOptions(options)
  }

  /** The chain's booking rules (module options merged with defaults). */
  async getBookingSettings(): Promise<BookingOptions> {
    return { ...this.options_ }
  }

  // ---------------------------------------------------------------- configuration sets

  /** Replaces a branch's opening hours; returns the previous ones (for compensation). */
  @InjectTransactionManager()
  async replaceOpeningHours(
    branchId: string,
    hours: { weekday: number; opens_at: string; closes_at: string }[],
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    const previous = await trx("branch_opening_hours")
      .select("weekday", "opens_at", "closes_at")
      .where({ branch_id: branchId })
      .whereNull("deleted_at")
    await trx("branch_opening_hours").where({ branch_id: branchId }).delete()
    if (hours.length) {
      await trx("branch_opening_hours").insert(
        hours.map((entry) => ({
          id: generateEntityId(undefined, "bhrs"),
          branch_id: branchId,
          ...entry,
        }))
      )
    }
    return previous as { weekday: number; opens_at: string; closes_at: string }[]
  }

  /** Replaces the branches a staff member works at; returns the previous branch ids. */
  @InjectTransactionManager()
  async replaceStaffBranches(
    staffMemberId: string,
    branchIds: string[],
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<string[]> {
    return await this.replaceSet_(
      sharedContext,
      "staff_branch",
      "stbr",
      staffMemberId,
      "branch_id",
      branchIds
    )
  }

  /**
   * Removes a staff member's weekly shifts at branches other than these (they no longer work
   * there); returns the removed shifts so they can be put back.
   */
  @InjectTransactionManager()
  async removeShiftsOutside(
    staffMemberId: string,
    branchIds: string[],
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ branch_id: string; weekday: number; starts_at: string; ends_at: string }[]> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    const removed = await trx("staff_schedule")
      .select("branch_id", "weekday", "starts_at", "ends_at")
      .where({ staff_member_id: staffMemberId })
      .whereNotIn("branch_id", branchIds.length ? branchIds : [""])
      .whereNull("deleted_at")
    await trx("staff_schedule")
      .where({ staff_member_id: staffMemberId })
      .whereNotIn("branch_id", branchIds.length ? branchIds : [""])
      .delete()
    return removed
  }

  /** Puts back shifts removed by removeShiftsOutside (workflow compensation). */
  @InjectTransactionManager()
  async restoreShifts(
    staffMemberId: string,
    shifts: { branch_id: string; weekday: number; starts_at: string; ends_at: string }[],
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    if (shifts.length) {
      await trx("staff_schedule").insert(
        shifts.map((shift) => ({
          id: generateEntityId(undefined, "stsc"),
          staff_member_id: staffMemberId,
          ...shift,
        }))
      )
    }
  }

  /** Replaces the services a staff member is qualified for; returns the previous service ids. */
  @InjectTransactionManager()
  async replaceStaffServices(
    staffMemberId: string,
    serviceIds: string[],
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<string[]> {
    return await this.replaceSet_(
      sharedContext,
      "staff_service",
      "stsv",
      staffMemberId,
      "salon_service_id",
      serviceIds
    )
  }

  protected async replaceSet_(
    sharedContext: SharedContext,
    table: string,
    prefix: string,
    staffMemberId: string,
    column: string,
    ids: string[]
  ): Promise<string[]> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    const previous = await trx(table)
      .select(column)
      .where({ staff_member_id: staffMemberId })
      .whereNull("deleted_at")
    await trx(table).where({ staff_member_id: staffMemberId }).delete()
    const unique = [...new Set(ids)]
    if (unique.length) {
      await trx(table).insert(
        unique.map((id) => ({
          id: generateEntityId(undefined, prefix),
          staff_member_id: staffMemberId,
          [column]: id,
        }))
      )
    }
    return previous.map((row: Record<string, string>) => row[column])
  }

  /** Replaces the staff qualified for a service; returns the previous staff member ids. */
  @InjectTransactionManager()
  async replaceServiceStaff(
    salonServiceId: string,
    staffMemberIds: string[],
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<string[]> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    const previous = await trx("staff_service")
      .select("staff_member_id")
      .where({ salon_service_id: salonServiceId })
      .whereNull("deleted_at")
    await trx("staff_service").where({ salon_service_id: salonServiceId }).delete()
    const unique = [...new Set(staffMemberIds)]
    if (unique.length) {
      await trx("staff_service").insert(
        unique.map((staffMemberId) => ({
          id: generateEntityId(undefined, "stsv"),
          staff_member_id: staffMemberId,
          salon_service_id: salonServiceId,
        }))
      )
    }
    return previous.map((row: { staff_member_id: string }) => row.staff_member_id)
  }

  /** Replaces a staff member's weekly shifts at one branch; returns the previous shifts. */
  @InjectTransactionManager()
  async replaceStaffSchedule(
    staffMemberId: string,
    branchId: string,
    shifts: { weekday: number; starts_at: string; ends_at: string }[],
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    const previous = await trx("staff_schedule")
      .select("weekday", "starts_at", "ends_at")
      .where({ staff_member_id: staffMemberId, branch_id: branchId })
      .whereNull("deleted_at")
    await trx("staff_schedule")
      .where({ staff_member_id: staffMemberId, branch_id: branchId })
      .delete()
    if (shifts.length) {
      await trx("staff_schedule").insert(
        shifts.map((shift) => ({
          id: generateEntityId(undefined, "stsc"),
          staff_member_id: staffMemberId,
          branch_id: branchId,
          ...shift,
        }))
      )
    }
    return previous as { weekday: number; starts_at: string; ends_at: string }[]
  }

  /**
   * Upcoming (booked or confirmed) appointments matching a filter: what would be orphaned by
   * closing a day, giving time off, or removing a staff member, room or branch.
   */
  @InjectManager()
  async listUpcomingAppointmentsAffected(
    filter: {
      branch_id?: string
      /** Any of these branches. */
      branch_ids?: string[]
      /** Any branch but these. */
      exclude_branch_ids?: string[]
      staff_member_id?: string
      room_id?: string
      salon_service_id?: string
      from?: Date
      to?: Date
      /** Local dates (in the branch's zone) the appointment starts on, inclusive. */
      local_from?: string
      local_to?: string
    },
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ id: string; display_id: number; starts_at: Date; timezone: string }[]> {
    const knex = sharedContext.manager!.getKnex()
    const query = knex("appointment as a")
      .distinct("a.id", "a.display_id", "a.starts_at", "b.timezone")
      .join("appointment_item as i", "i.appointment_id", "a.id")
      .join("branch as b", "b.id", "a.branch_id")
      .whereIn("a.status", UPCOMING_STATUSES)
      .where("a.ends_at", ">", filter.from ?? new Date())
      .whereNull("a.deleted_at")
      .orderBy("a.starts_at")
      .limit(20)
    if (filter.to) query.where("a.starts_at", "<", filter.to)
    if (filter.local_from)
      query.whereRaw(`(a.starts_at AT TIME ZONE b.timezone)::date >= ?::date`, [filter.local_from])
    if (filter.local_to)
      query.whereRaw(`(a.starts_at AT TIME ZONE b.timezone)::date <= ?::date`, [filter.local_to])
    if (filter.branch_id) query.where("a.branch_id", filter.branch_id)
    if (filter.branch_ids) query.whereIn("a.branch_id", filter.branch_ids)
    if (filter.exclude_branch_ids)
      query.whereNotIn(
        "a.branch_id",
        filter.exclude_branch_ids.length ? filter.exclude_branch_ids : [""]
      )
    if (filter.staff_member_id) query.where("i.staff_member_id", filter.staff_member_id)
    if (filter.room_id) query.where("i.room_id", filter.room_id)
    if (filter.salon_service_id) query.where("i.salon_service_id", filter.salon_service_id)
    return await query
  }

  // ---------------------------------------------------------------- availability

  /**
   * Bookable slots for a visit of one or more services at a branch between two local dates.
   * Customers get the online rules (minimum notice, horizon); staff see every free slot from now.
   */
  @InjectManager()
  async searchAvailability(
    query: AvailabilityQuery,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<AvailabilityResultDTO> {
    const knex = sharedContext.manager!.getKnex()
    const branch = await this.loadBranch_(knex, query.branch_id)
    const today = toLocal(Date.now(), branch.timezone).date
    const from = query.from ?? today
    const to = query.to ?? addDays(from, 6)
    for (const [name, value] of [
      ["from", from],
      ["to", to],
    ]) {
      if (!isLocalDate(value)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${name} must be a date as YYYY-MM-DD; got "${value}"`
        )
      }
    }
    if (to < from) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `to (${to}) is before from (${from})`)
    }
    if (daysBetween(from, to) + 1 > this.options_.max_search_days) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `A search covers at most ${this.options_.max_search_days} days; ${from} to ${to} is ${daysBetween(from, to) + 1}`
      )
    }

    const now = Date.now()
    const customer = query.actor === "customer"
    const earliest = customer ? now + this.options_.min_notice_minutes * MINUTE_MS : now
    const latest = customer
      ? now + this.options_.booking_horizon_days * 86_400_000
      : Number.MAX_SAFE_INTEGER
    const context = await this.loadBookingContext_(knex, branch, query.salon_service_ids, {
      from,
      to,
      staff_member_id: query.staff_member_id ?? null,
      online_only: customer,
      ignore_appointment_id: query.exclude_appointment_id ?? undefined,
    })

    const slots = findSlots({
      branch,
      services: context.services,
      staff: context.staff,
      rooms: context.rooms,
      busy: context.busy,
      from,
      to,
      slot_interval_minutes: this.options_.slot_interval_minutes,
      earliest,
      latest,
    })
    const iso = (instant: number) => new Date(instant).toISOString()
    return {
      branch_id: branch.id,
      timezone: branch.timezone,
      from,
      to,
      slot_interval_minutes: this.options_.slot_interval_minutes,
      staff_members: context.staff.map(({ id, name, level }) => ({ id, name, level })),
      slots: slots.map((slot) => {
        const local = toLocal(slot.starts_at, branch.timezone)
        return {
          starts_at: iso(slot.starts_at),
          ends_at: iso(slot.ends_at),
          local_date: local.date,
          local_time: minutesToTime(local.minutes),
          items: slot.items.map((item) => ({
            salon_service_id: item.salon_service_id,
            starts_at: iso(item.starts_at),
            ends_at: iso(item.ends_at),
            staff_member_ids: item.staff_member_ids,
            room_ids: item.room_ids,
          })),
        }
      }),
    }
  }

  protected async loadBranch_(knex: Knex, branchId: string): Promise<BranchSpec> {
    const branch = await knex("branch")
      .select("id", "name", "timezone", "is_active")
      .where({ id: branchId })
      .whereNull("deleted_at")
      .first()
    if (!branch) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Branch with id: ${branchId} was not found`
      )
    }
    if (!branch.is_active) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${branch.name} is not taking bookings (inactive)`
      )
    }
    const [hours, closures] = await Promise.all([
      knex("branch_opening_hours")
        .select("weekday", "opens_at", "closes_at")
        .where({ branch_id: branchId })
        .whereNull("deleted_at"),
      knex("branch_closure")
        .select("starts_on", "ends_on", "reason")
        .where({ branch_id: branchId })
        .whereNull("deleted_at"),
    ])
    return {
      id: branch.id,
      name: branch.name,
      timezone: branch.timezone,
      opening_hours: hours,
      closures,
    }
  }

  /**
   * Services, the staff who may perform them here, their schedules and exceptions, matching
   * rooms, and everything already booked for those staff and rooms between the dates.
   */
  protected async loadBookingContext_(
    knex: Knex,
    branch: BranchSpec,
    serviceIds: string[],
    options: {
      from: string
      to: string
      staff_member_id: string | null
      online_only: boolean
      ignore_appointment_id?: string
    }
  ): Promise<BookingContext> {
    if (!serviceIds.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "At least one salon service is required"
      )
    }
    const uniqueServiceIds = [...new Set(serviceIds)]
    const serviceRowsQuery = knex("salon_service")
      .select(
        "id",
        "name",
        "variant_id",
        "duration_minutes",
        "processing_minutes",
        "buffer_after_minutes",
        "room_type",
        "is_active",
        "is_bookable_online"
      )
      .whereIn("id", uniqueServiceIds)
      .whereNull("deleted_at")
    const qualifiedQuery = knex("staff_member as sm")
      .join("staff_branch as sb", function () {
        this.on("sb.staff_member_id", "sm.id").andOnNull("sb.deleted_at")
      })
      .join("staff_service as ss", function () {
        this.on("ss.staff_member_id", "sm.id").andOnNull("ss.deleted_at")
      })
      .select("sm.id", "sm.name", "sm.level", "ss.salon_service_id")
      .where("sb.branch_id", branch.id)
      .whereIn("ss.salon_service_id", uniqueServiceIds)
      .where("sm.is_active", true)
      .whereNull("sm.deleted_at")
    if (options.staff_member_id) {
      qualifiedQuery.where("sm.id", options.staff_member_id)
    }
    // Independent queries: one round trip instead of two.
    const [serviceRows, qualified] = await Promise.all([serviceRowsQuery, qualifiedQuery])
    const byId = new Map(serviceRows.map((row) => [row.id as string, row]))
    for (const id of uniqueServiceIds) {
      const row = byId.get(id)
      if (!row) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Salon service with id: ${id} was not found`
        )
      }
      if (!row.is_active) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${row.name} is no longer offered`)
      }
      if (options.online_only && !row.is_bookable_online) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `${row.name} cannot be booked online; please call the salon`
        )
      }
    }

    if (options.staff_member_id) {
      const member = await knex("staff_member")
        .select("id", "name")
        .where({ id: options.staff_member_id })
        .whereNull("deleted_at")
        .first()
      if (!member) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Staff member with id: ${options.staff_member_id} was not found`
        )
      }
      const missing = uniqueServiceIds.filter(
        (id) => !qualified.some((row) => row.salon_service_id === id)
      )
      if (missing.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${member.name} does not perform ${missing.map((id) => byId.get(id)!.name).join(", ")} at ${branch.name}`
        )
      }
    }

    const staffIds = [...new Set(qualified.map((row) => row.id as string))]
    const roomTypes = [
      ...new Set(serviceRows.map((row) => row.room_type).filter(Boolean)),
    ] as string[]
    const rangeStart = new Date(Date.parse(`${addDays(options.from, -1)}T00:00:00Z`))
    const rangeEnd = new Date(Date.parse(`${addDays(options.to, 2)}T00:00:00Z`))

    const [schedules, exceptions, rooms] = await Promise.all([
      staffIds.length
        ? knex("staff_schedule")
            .select("staff_member_id", "weekday", "starts_at", "ends_at")
            .where("branch_id", branch.id)
            .whereIn("staff_member_id", staffIds)
            .whereNull("deleted_at")
        : [],
      staffIds.length
        ? knex("schedule_exception")
            .select("staff_member_id", "kind", "date", "starts_at", "ends_at")
            .whereIn("staff_member_id", staffIds)
            .whereBetween("date", [addDays(options.from, -1), addDays(options.to, 1)])
            .where((builder) => builder.where("kind", "time_off").orWhere("branch_id", branch.id))
            .whereNull("deleted_at")
        : [],
      knex("room")
        .select("id", "name", "room_type")
        .where({ branch_id: branch.id, is_active: true })
        .whereNull("deleted_at")
        .orderBy("name"),
    ])

    const busy = await this.loadBusy_(
      knex,
      staffIds,
      rooms.filter((room) => roomTypes.includes(room.room_type)).map((room) => room.id as string),
      rangeStart,
      rangeEnd,
      options.ignore_appointment_id
    )

    const staff = staffIds.map((id) => {
      const row = qualified.find((candidate) => candidate.id === id)!
      return {
        id,
        name: row.name as string,
        level: row.level as string,
        weekly: schedules.filter((schedule) => schedule.staff_member_id === id),
        exceptions: exceptions.filter((exception) => exception.staff_member_id === id),
      }
    })

    return {
      branch,
      services: serviceIds.map((id) => {
        const row = byId.get(id)!
        return {
          id,
          name: row.name,
          variant_id: row.variant_id,
          duration_minutes: row.duration_minutes,
          processing_minutes: row.processing_minutes ?? 0,
          buffer_after_minutes: row.buffer_after_minutes ?? 0,
          room_type: row.room_type,
          is_bookable_online: row.is_bookable_online,
          staff_ids: qualified.filter((q) => q.salon_service_id === id).map((q) => q.id as string),
        }
      }),
      staff,
      rooms: rooms as RoomSpec[],
      busy,
    }
  }

  /** Active occupancies of the staff members and rooms overlapping [from, to), as sorted ranges. */
  protected async loadBusy_(
    knex: Knex,
    staffIds: string[],
    roomIds: string[],
    from: Date,
    to: Date,
    ignoreAppointmentId?: string
  ): Promise<BusyMap> {
    const busy: BusyMap = new Map()
    if (!staffIds.length && !roomIds.length) {
      return busy
    }
    // One row per staff member or room with its ranges as float8 arrays (epoch ms): thousands of
    // occupancies arrive as a few dozen rows and no Date is parsed.
    const query = knex("occupancy")
      .select(
        knex.raw("coalesce(staff_member_id, room_id) as resource_id"),
        knex.raw(
          "array_agg((extract(epoch from starts_at) * 1000)::float8 order by starts_at) as starts"
        ),
        knex.raw(
          "array_agg((extract(epoch from ends_at) * 1000)::float8 order by starts_at) as ends"
        )
      )
      .where("is_active", true)
      .where((builder) => builder.whereNull("expires_at").orWhere("expires_at", ">", knex.fn.now()))
      .where((builder) => {
        if (staffIds.length) builder.orWhereIn("staff_member_id", staffIds)
        if (roomIds.length) builder.orWhereIn("room_id", roomIds)
      })
      .where("starts_at", "<", to)
      .where("ends_at", ">", from)
      .whereNull("deleted_at")
      .groupByRaw("coalesce(staff_member_id, room_id)")
    if (ignoreAppointmentId) {
      query.where((builder) =>
        builder.whereNull("appointment_id").orWhereNot("appointment_id", ignoreAppointmentId)
      )
    }
    for (const row of (await query) as unknown as {
      resource_id: string
      starts: number[]
      ends: number[]
    }[]) {
      busy.set(
        row.resource_id,
        normalize(
          row.starts.map((start, i) => [Number(start), Number(row.ends[i])]),
          false
        )
      )
    }
    return busy
  }

  /** Booked minutes per staff member on the day of `instant` (to spread unassigned work evenly). */
  protected async loadStaffLoad_(
    knex: Knex,
    staffIds: string[],
    instant: number
  ): Promise<Map<string, number>> {
    const load = new Map<string, number>()
    if (!staffIds.length) return load
    const rows = await knex("occupancy")
      .select("staff_member_id")
      .sum({ minutes: knex.raw("EXTRACT(EPOCH FROM (ends_at - starts_at)) / 60") })
      .where("is_active", true)
      .whereIn("staff_member_id", staffIds)
      .where("starts_at", ">=", new Date(instant - 12 * 3_600_000))
      .where("starts_at", "<", new Date(instant + 12 * 3_600_000))
      .whereNull("deleted_at")
      .groupBy("staff_member_id")
    for (const row of rows as unknown as { staff_member_id: string; minutes: string }[]) {
      load.set(row.staff_member_id, Number(row.minutes))
    }
    return load
  }

  /**
   * One day at a branch for the calendar: its opening hours, the staff working there with their
   * working intervals, and its rooms. Appointments are fetched by the caller.
   */
  @InjectManager()
  async getBranchDay(
    branchId: string,
    date: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    const knex = sharedContext.manager!.getKnex()
    const branch = await this.loadBranch_(knex, branchId)
    const staffRows = await knex("staff_member as sm")
      .join("staff_branch as sb", function () {
        this.on("sb.staff_member_id", "sm.id").andOnNull("sb.deleted_at")
      })
      .select("sm.id", "sm.name", "sm.level", "sm.color")
      .where("sb.branch_id", branchId)
      .where("sm.is_active", true)
      .whereNull("sm.deleted_at")
      .orderBy("sm.name")
    const staffIds = staffRows.map((row) => row.id as string)
    const [schedules, exceptions, rooms] = await Promise.all([
      staffIds.length
        ? knex("staff_schedule")
            .select("staff_member_id", "weekday", "starts_at", "ends_at")
            .where("branch_id", branchId)
            .whereIn("staff_member_id", staffIds)
            .whereNull("deleted_at")
        : [],
      staffIds.length
        ? knex("schedule_exception")
            .select("staff_member_id", "kind", "date", "starts_at", "ends_at", "reason")
            .whereIn("staff_member_id", staffIds)
            .where("date", date)
            .where((builder) => builder.where("kind", "time_off").orWhere("branch_id", branchId))
            .whereNull("deleted_at")
        : [],
      // Inactive rooms too: past appointments on the day may have used them.
      knex("room")
        .select("id", "name", "room_type", "is_active")
        .where({ branch_id: branchId })
        .whereNull("deleted_at")
        .orderBy("name"),
    ])
    const iso = (instant: number) => new Date(instant).toISOString()
    return {
      branch: { id: branch.id, name: branch.name, timezone: branch.timezone },
      date,
      closure: isClosed(branch, date) ?? null,
      opening_hours: openingIntervals(branch, date).map(([s, e]) => ({
        starts_at: iso(s),
        ends_at: iso(e),
      })),
      staff_members: staffRows.map((row) => {
        const spec = {
          id: row.id,
          name: row.name,
          weekly: schedules.filter((schedule) => schedule.staff_member_id === row.id),
          exceptions: exceptions.filter((exception) => exception.staff_member_id === row.id),
        }
        return {
          id: row.id as string,
          name: row.name as string,
          level: row.level as string,
          color: row.color as string | null,
          working: workingIntervals(branch, spec, date).map(([s, e]) => ({
            starts_at: iso(s),
            ends_at: iso(e),
          })),
          exceptions: spec.exceptions.map(({ kind, starts_at, ends_at, reason }) => ({
            kind,
            starts_at,
            ends_at,
            reason,
          })),
        }
      }),
      rooms,
    }
  }

  // ---------------------------------------------------------------- booking

  /**
   * Books a visit: checks the request against the branch's rules, assigns staff and rooms
   * (the requested ones, or the least-booked free ones), and writes the appointment with its
   * occupancies in one transaction. The database's exclusion constraints make a lost race a
   * conflict, never a double booking. A retry with the same idempotency key returns the
   * first booking.
   */
  @InjectManager()
  async bookAppointment(
    input: BookAppointmentInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<BookAppointmentResult> {
    const knex = sharedContext.manager!.getKnex()
    const existing = await this.findByIdempotencyKey_(knex, input)
    if (existing) {
      return existing
    }

    if (input.hold_id) {
      return await this.bookFromHold_(knex, input, sharedContext)
    }

    const avoid = new Set<string>()
    for (let attempt = 1; ; attempt++) {
      let planned: Awaited<ReturnType<typeof this.planBooking_>>
      try {
        planned = await this.planBooking_(knex, input, { avoid })
      } catch (error) {
        // A concurrent retry of this request that committed meanwhile took the slot it asks for.
        const winner = await this.findByIdempotencyKey_(knex, input)
        if (winner) return winner
        throw error
      }
      const appointmentId = generateEntityId(undefined, "appt")
      try {
        await retryOnDeadlock(() =>
          this.insertAppointment_(appointmentId, input, planned, null, sharedContext)
        )
        return { appointment_id: appointmentId, created: true }
      } catch (error) {
        // A concurrent retry of this request may have won the race; its insert blocked ours
        // (as a duplicate key or as an overlapping occupancy) until it committed.
        const winner = await this.findByIdempotencyKey_(knex, input)
        if (winner) return winner
        if (!lostRace(error)) {
          throw error
        }
        const autoAssigned = input.items.some((item) => !item.staff_member_id || !item.room_id)
        if (autoAssigned && attempt < MAX_AUTO_ASSIGN_ATTEMPTS) {
          // Someone took the picked staff member or room a moment ago: pick again from what is left.
          continue
        }
        throw await this.explainConflict_(knex, planned)
      }
    }
  }

  protected async findByIdempotencyKey_(
    knex: Knex,
    input: BookAppointmentInput
  ): Promise<BookAppointmentResult | null> {
    if (!input.idempotency_key) return null
    const row = await knex("appointment")
      .select("id", "customer_id")
      .where({ idempotency_key: input.idempotency_key })
      .whereNull("deleted_at")
      .first()
    if (!row) return null
    if (row.customer_id !== input.customer_id) {
      throw conflictError(
        `Idempotency key ${input.idempotency_key} was already used for another customer's booking`
      )
    }
    return { appointment_id: row.id, created: false }
  }

  /** Checks the time rules and assigns staff and rooms, or throws a 400/409 explaining why not. */
  protected async planBooking_(
    knex: Knex,
    input: Pick<BookAppointmentInput, "branch_id" | "starts_at" | "items" | "actor">,
    options: { avoid?: Set<string>; ignore_appointment_id?: string } = {}
  ): Promise<PlannedBooking> {
    if (!input.items?.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "An appointment needs at least one service"
      )
    }
    const start = new Date(input.starts_at).getTime()
    if (Number.isNaN(start)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `starts_at is not a valid date-time: "${input.starts_at}"`
      )
    }
    const branch = await this.loadBranch_(knex, input.branch_id)
    this.assertStartAllowed_(start, branch, input.actor)

    const date = toLocal(start, branch.timezone).date
    const context = await this.loadBookingContext_(
      knex,
      branch,
      input.items.map((item) => item.salon_service_id),
      {
        from: date,
        to: date,
        staff_member_id: null,
        online_only: input.actor === "customer",
        ignore_appointment_id: options.ignore_appointment_id,
      }
    )
    const requested: PlanRequestItem[] = input.items.map((item, index) => ({
      service: context.services[index],
      staff_member_id: item.staff_member_id ?? null,
      room_id: item.room_id ?? null,
      is_designated: item.is_designated ?? false,
    }))
    // Only needed to spread work when the system picks the staff member.
    const load = requested.every((item) => item.staff_member_id)
      ? new Map<string, number>()
      : await this.loadStaffLoad_(
          knex,
          context.staff.map((member) => member.id),
          start
        )
    try {
      const items = planAppointment(
        {
          branch,
          staff: context.staff,
          rooms: context.rooms,
          busy: context.busy,
          start,
          items: requested,
          load,
          avoid: options.avoid,
          ignore_working_hours: input.actor === "import",
        },
        (instant) => describeInstant(instant, branch.timezone)
      )
      return {
        branch,
        items: items.map((item, index) => ({ ...item, service: context.services[index] })),
      }
    } catch (error) {
      if (error instanceof PlanError) {
        throw error.kind === "conflict"
          ? conflictError(error.message)
          : new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
      }
      throw error
    }
  }

  protected assertStartAllowed_(start: number, branch: BranchSpec, actor: BookingActor) {
    if (actor === "import") {
      return
    }
    const now = Date.now()
    const when = `${describeInstant(start, branch.timezone)} (${branch.timezone})`
    if (actor === "staff") {
      if (start < now - this.options_.staff_backdate_minutes * MINUTE_MS) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `${when} is in the past`)
      }
      return
    }
    if (start < now) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${when} is in the past`)
    }
    const earliest = now + this.options_.min_notice_minutes * MINUTE_MS
    if (start < earliest) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Online bookings need ${this.options_.min_notice_minutes} minutes' notice; the earliest start is ${describeInstant(earliest, branch.timezone)}`
      )
    }
    if (start > now + this.options_.booking_horizon_days * 86_400_000) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Online bookings open ${this.options_.booking_horizon_days} days ahead; ${when} is too far out`
      )
    }
    const local = toLocal(start, branch.timezone)
    if (
      local.minutes % this.options_.slot_interval_minutes !== 0 ||
      new Date(start).getUTCSeconds() !== 0
    ) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Appointments start on a ${this.options_.slot_interval_minutes}-minute grid; ${when} is not on it`
      )
    }
  }

  /**
   * Takes a transaction-long lock on each staff member and room the plan occupies, in one global
   * order. Writes of clashing occupancies then run one after the other: the later one meets the
   * committed occupancy (a plain exclusion violation, a 409) instead of waiting on an uncommitted
   * one, which under a burst made PostgreSQL abort writers as deadlocks.
   */
  protected async lockResources_(trx: Knex, planned: PlannedBooking) {
    const resources = new Set<string>()
    for (const item of planned.items) {
      if (item.staff_member_id) resources.add(`staff:${item.staff_member_id}`)
      if (item.room_id) resources.add(`room:${item.room_id}`)
    }
    for (const resource of [...resources].sort()) {
      await trx.raw("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", [
        `occupancy:${resource}`,
      ])
    }
  }

  /** Writes the appointment, its items and their occupancies; converts the hold if given. */
  @InjectTransactionManager()
  protected async insertAppointment_(
    appointmentId: string,
    input: BookAppointmentInput,
    planned: PlannedBooking,
    holdId: string | null,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<void> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    await this.lockResources_(trx, planned)
    await this.releaseExpiredHolds_(trx, planned)
    if (holdId) {
      await trx("occupancy")
        .update({ is_active: false, updated_at: trx.fn.now() })
        .where({ hold_id: holdId })
        .whereNull("deleted_at")
      await trx("appointment_hold")
        .update({ status: "converted", appointment_id: appointmentId, updated_at: trx.fn.now() })
        .where({ id: holdId })
    }
    const startsAt = Math.min(...planned.items.map((item) => item.starts_at))
    const endsAt = Math.max(...planned.items.map((item) => item.ends_at))
    await trx("appointment").insert({
      id: appointmentId,
      customer_id: input.customer_id,
      branch_id: planned.branch.id,
      status: "booked",
      source: input.source ?? (input.actor === "customer" ? "online" : "front_desk"),
      starts_at: new Date(startsAt),
      ends_at: new Date(endsAt),
      notes: input.notes ?? null,
      internal_note: input.internal_note ?? null,
      idempotency_key: input.idempotency_key ?? null,
      created_by: input.created_by ?? null,
      hold_id: holdId,
      order_id: input.order_id ?? null,
      metadata: input.metadata ? JSON.stringify(input.metadata) : null,
    })
    await this.insertItemsAndOccupancy_(trx, appointmentId, planned)
    await this.stageAppointmentEvent_(
      trx,
      BookingWorkflowEvents.APPOINTMENT_BOOKED,
      appointmentId,
      input.event_actor ?? SYSTEM_ACTOR,
      { previous_status: null }
    )
  }

  protected async insertItemsAndOccupancy_(
    trx: Knex,
    appointmentId: string,
    planned: PlannedBooking
  ) {
    const items = planned.items.map((item) => ({
      id: generateEntityId(undefined, "apit"),
      appointment_id: appointmentId,
      position: item.position,
      starts_at: new Date(item.starts_at),
      ends_at: new Date(item.ends_at),
      is_designated: item.is_designated,
      salon_service_id: item.salon_service_id,
      staff_member_id: item.staff_member_id,
      room_id: item.room_id,
      service_name: item.service.name,
      variant_id: item.service.variant_id,
      duration_minutes: item.service.duration_minutes,
      processing_minutes: item.service.processing_minutes,
      buffer_after_minutes: item.service.buffer_after_minutes,
    }))
    await trx("appointment_item").insert(items)
    await trx("occupancy").insert(
      this.occupancyRows_(planned, {
        appointment_id: appointmentId,
        itemIds: items.map((item) => item.id),
      })
    )
  }

  protected occupancyRows_(
    planned: PlannedBooking,
    owner: { appointment_id?: string; hold_id?: string; expires_at?: Date; itemIds?: string[] }
  ): OccupancyRow[] {
    return planned.items.flatMap((item, index) => {
      const base = {
        branch_id: planned.branch.id,
        appointment_id: owner.appointment_id ?? null,
        appointment_item_id: owner.itemIds?.[index] ?? null,
        hold_id: owner.hold_id ?? null,
        expires_at: owner.expires_at ?? null,
        is_active: true,
      }
      const rows: OccupancyRow[] = item.staff_ranges.map(([start, end]: Interval) => ({
        ...base,
        id: generateEntityId(undefined, "occ"),
        resource_kind: "staff",
        staff_member_id: item.staff_member_id,
        room_id: null,
        starts_at: new Date(start),
        ends_at: new Date(end),
      }))
      if (item.room_id) {
        rows.push({
          ...base,
          id: generateEntityId(undefined, "occ"),
          resource_kind: "room",
          staff_member_id: null,
          room_id: item.room_id,
          starts_at: new Date(item.room_range[0]),
          ends_at: new Date(item.room_range[1]),
        })
      }
      return rows
    })
  }

  /** Lapsed holds still marked active would trip the exclusion constraint: release them first. */
  protected async releaseExpiredHolds_(trx: Knex, planned: PlannedBooking) {
    const staffIds = planned.items.map((item) => item.staff_member_id)
    const roomIds = planned.items.map((item) => item.room_id).filter(Boolean) as string[]
    const released = await trx("occupancy")
      .update({ is_active: false, updated_at: trx.fn.now() })
      .where("is_active", true)
      .whereNotNull("hold_id")
      .whereNull("deleted_at")
      .where("expires_at", "<=", trx.fn.now())
      .where((builder) => {
        builder.whereIn("staff_member_id", staffIds)
        if (roomIds.length) builder.orWhereIn("room_id", roomIds)
      })
      .returning("hold_id")
    const holdIds = [...new Set(released.map((row: { hold_id: string }) => row.hold_id))]
    if (holdIds.length) {
      await trx("appointment_hold")
        .update({ status: "expired", updated_at: trx.fn.now() })
        .whereIn("id", holdIds)
        .where("status", "active")
    }
  }

  /** After a lost race: name the staff member or room and the time that was taken. */
  protected async explainConflict_(knex: Knex, planned: PlannedBooking): Promise<MedusaError> {
    const describe = (instant: number) => describeInstant(instant, planned.branch.timezone)
    for (const item of planned.items) {
      for (const [start, end] of item.staff_ranges) {
        const clash = await knex("occupancy")
          .select("starts_at", "ends_at")
          .where({ staff_member_id: item.staff_member_id, is_active: true })
          .where("starts_at", "<", new Date(end))
          .where("ends_at", ">", new Date(start))
          .whereNull("deleted_at")
          .first()
        if (clash) {
          const member = await knex("staff_member")
            .select("name")
            .where({ id: item.staff_member_id })
            .first()
          return conflictError(
            `${member?.name ?? item.staff_member_id} is already booked between ${describe(new Date(clash.starts_at).getTime())} and ${describe(new Date(clash.ends_at).getTime()).slice(11)}`
          )
        }
      }
      if (item.room_id) {
        const clash = await knex("occupancy")
          .select("starts_at", "ends_at")
          .where({ room_id: item.room_id, is_active: true })
          .where("starts_at", "<", new Date(item.room_range[1]))
          .where("ends_at", ">", new Date(item.room_range[0]))
          .whereNull("deleted_at")
          .first()
        if (clash) {
          const room = await knex("room").select("name").where({ id: item.room_id }).first()
          return conflictError(
            `${room?.name ?? item.room_id} is already booked between ${describe(new Date(clash.starts_at).getTime())} and ${describe(new Date(clash.ends_at).getTime()).slice(11)}`
          )
        }
      }
    }
    return conflictError(
      `The slot at ${describe(planned.items[0].starts_at)} was just taken; please choose another time`
    )
  }

  /** Removes an appointment written by `bookAppointment` (workflow compensation). */
  @InjectTransactionManager()
  async deleteBookedAppointment(
    appointmentId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    await trx("occupancy").where({ appointment_id: appointmentId }).whereNull("deleted_at").delete()
    await trx("appointment_item").where({ appointment_id: appointmentId }).delete()
    await trx("appointment").where({ id: appointmentId }).delete()
    // The appointment is erased as if never booked: its unpublished `appointment.booked` must not
    // go out either (subscribers would reserve package sessions for an appointment that is gone).
    await trx(OUTBOX_TABLE).where({ aggregate_id: appointmentId, status: "pending" }).delete()
  }

  // ---------------------------------------------------------------- holds

  /** Reserves a slot for `hold_minutes` without booking it. */
  @InjectManager()
  async createHold(input: CreateHoldInput, @MedusaContext() sharedContext: SharedContext = {}) {
    const knex = sharedContext.manager!.getKnex()
    const planned = await this.planBooking_(knex, input)
    const holdId = generateEntityId(undefined, "hold")
    const expiresAt = new Date(Date.now() + this.options_.hold_minutes * MINUTE_MS)
    try {
      await retryOnDeadlock(() =>
        this.insertHold_(holdId, input, planned, expiresAt, sharedContext)
      )
    } catch (error) {
      if (lostRace(error)) {
        throw await this.explainConflict_(knex, planned)
      }
      throw error
    }
    return { hold_id: holdId, expires_at: expiresAt.toISOString() }
  }

  @InjectTransactionManager()
  protected async insertHold_(
    holdId: string,
    input: CreateHoldInput,
    planned: PlannedBooking,
    expiresAt: Date,
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    await this.lockResources_(trx, planned)
    await this.releaseExpiredHolds_(trx, planned)
    await trx("appointment_hold").insert({
      id: holdId,
      customer_id: input.customer_id,
      branch_id: planned.branch.id,
      status: "active",
      starts_at: new Date(Math.min(...planned.items.map((item) => item.starts_at))),
      ends_at: new Date(Math.max(...planned.items.map((item) => item.ends_at))),
      expires_at: expiresAt,
      plan: JSON.stringify(
        planned.items.map((item) => ({
          position: item.position,
          salon_service_id: item.salon_service_id,
          staff_member_id: item.staff_member_id,
          room_id: item.room_id,
          is_designated: item.is_designated,
          starts_at: item.starts_at,
          ends_at: item.ends_at,
          staff_ranges: item.staff_ranges,
          room_range: item.room_range,
        }))
      ),
    })
    await trx("occupancy").insert(
      this.occupancyRows_(planned, { hold_id: holdId, expires_at: expiresAt })
    )
  }

  protected async bookFromHold_(
    knex: Knex,
    input: BookAppointmentInput,
    sharedContext: SharedContext
  ): Promise<BookAppointmentResult> {
    const hold = await knex("appointment_hold")
      .where({ id: input.hold_id })
      .whereNull("deleted_at")
      .first()
    if (!hold) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Hold with id: ${input.hold_id} was not found`
      )
    }
    if (hold.customer_id && hold.customer_id !== input.customer_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Hold with id: ${input.hold_id} was not found`
      )
    }
    if (hold.status === "converted" && hold.appointment_id) {
      return { appointment_id: hold.appointment_id, created: false }
    }
    if (hold.status !== "active" || new Date(hold.expires_at).getTime() <= Date.now()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Hold ${hold.id} has ${hold.status === "released" ? "been released" : "expired"}; search availability again`
      )
    }
    const branch = await this.loadBranch_(knex, hold.branch_id)
    const plan = (
      typeof hold.plan === "string" ? JSON.parse(hold.plan) : hold.plan
    ) as PlannedItem[]
    const serviceRows = await knex("salon_service")
      .select(
        "id",
        "name",
        "variant_id",
        "duration_minutes",
        "processing_minutes",
        "buffer_after_minutes"
      )
      .whereIn(
        "id",
        plan.map((item) => item.salon_service_id)
      )
    const planned: PlannedBooking = {
      branch,
      items: plan.map((item) => ({
        ...item,
        service: serviceRows.find((row) => row.id === item.salon_service_id),
      })),
    }
    const appointmentId = generateEntityId(undefined, "appt")
    await this.insertAppointment_(
      appointmentId,
      { ...input, branch_id: hold.branch_id },
      planned,
      hold.id,
      sharedContext
    )
    return { appointment_id: appointmentId, created: true }
  }

  /** Releases a hold that was not booked (customer gave up, or checkout failed). */
  @InjectTransactionManager()
  async releaseHold(holdId: string, @MedusaContext() sharedContext: SharedContext = {}) {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    const updated = await trx("appointment_hold")
      .update({ status: "released", updated_at: trx.fn.now() })
      .where({ id: holdId, status: "active" })
      .returning("id")
    if (updated.length) {
      await trx("occupancy")
        .update({ is_active: false, updated_at: trx.fn.now() })
        .where({ hold_id: holdId })
        .whereNull("deleted_at")
    }
    return { released: updated.length > 0 }
  }

  /** Marks lapsed holds expired and frees what they took. Returns how many lapsed. */
  @InjectTransactionManager()
  async expireHolds(@MedusaContext() sharedContext: SharedContext = {}): Promise<number> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    const expired = await trx("appointment_hold")
      .update({ status: "expired", updated_at: trx.fn.now() })
      .where("status", "active")
      .where("expires_at", "<=", trx.fn.now())
      .returning("id")
    const ids = expired.map((row: { id: string }) => row.id)
    if (ids.length) {
      await trx("occupancy")
        .update({ is_active: false, updated_at: trx.fn.now() })
        .whereIn("hold_id", ids)
        .whereNull("deleted_at")
    }
    return ids.length
  }

  // ---------------------------------------------------------------- lifecycle

  /** The appointment with its items, as workflows need it to act and to undo. */
  @InjectManager()
  async snapshotAppointment(
    appointmentId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<AppointmentSnapshot & { display_id: number; timezone: string }> {
    return await this.readSnapshot_(sharedContext.manager!.getKnex(), appointmentId)
  }

  /** Reads the snapshot with the given connection (a transaction reads its own uncommitted change). */
  protected async readSnapshot_(
    knex: Knex,
    appointmentId: string
  ): Promise<AppointmentSnapshot & { display_id: number; timezone: string }> {
    const appointment = await knex("appointment as a")
      .join("branch as b", "b.id", "a.branch_id")
      .select("a.*", "b.timezone")
      .where("a.id", appointmentId)
      .whereNull("a.deleted_at")
      .first()
    if (!appointment) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Appointment with id: ${appointmentId} was not found`
      )
    }
    const items = await knex("appointment_item")
      .select(
        "id",
        "position",
        "salon_service_id",
        "staff_member_id",
        "room_id",
        "variant_id",
        "is_designated",
        "starts_at",
        "ends_at"
      )
      .where({ appointment_id: appointmentId })
      .whereNull("deleted_at")
      .orderBy("position")
    const iso = (value: Date | string) => new Date(value).toISOString()
    return {
      id: appointment.id,
      display_id: Number(appointment.display_id),
      status: appointment.status,
      starts_at: iso(appointment.starts_at),
      ends_at: iso(appointment.ends_at),
      customer_id: appointment.customer_id,
      branch_id: appointment.branch_id,
      timezone: appointment.timezone,
      items: items.map((item) => ({
        ...item,
        starts_at: iso(item.starts_at),
        ends_at: iso(item.ends_at),
      })),
      fields: {
        confirmed_at: appointment.confirmed_at,
        checked_in_at: appointment.checked_in_at,
        started_at: appointment.started_at,
        completed_at: appointment.completed_at,
        canceled_at: appointment.canceled_at,
        no_show_at: appointment.no_show_at,
        canceled_by: appointment.canceled_by,
        cancellation_reason: appointment.cancellation_reason,
        is_late_cancellation: appointment.is_late_cancellation,
        internal_note: appointment.internal_note,
      },
    }
  }

  /**
   * Writes an appointment event to the module's outbox in the transaction of the change, with
   * the payload built from the appointment as that transaction now sees it.
   */
  protected async stageAppointmentEvent_(
    trx: Knex,
    eventName: string,
    appointmentId: string,
    actor: WorkflowActor,
    extra: Partial<AppointmentEventData>
  ): Promise<void> {
    const appointment = await this.readSnapshot_(trx, appointmentId)
    await stageOutboxEvents(trx, OUTBOX_TABLE, OUTBOX_ID_PREFIX, [
      {
        event_name: eventName,
        aggregate_id: appointmentId,
        data: appointmentEventData(appointment, actor, extra),
      },
    ])
  }

  /**
   * Moves an appointment to another status, atomically: when two people act at once, the
   * second is told what happened instead of acting twice. Canceling and no-shows free the
   * staff and rooms.
   */
  @InjectTransactionManager()
  async transitionAppointment(
    appointmentId: string,
    to: Exclude<AppointmentStatus, "booked">,
    patch: Record<string, unknown> = {},
    actor: WorkflowActor = SYSTEM_ACTOR,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ previous_status: AppointmentStatus }> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    const rule = APPOINTMENT_TRANSITIONS[to]
    const current = await trx("appointment")
      .select("id", "display_id", "status")
      .where({ id: appointmentId })
      .whereNull("deleted_at")
      .forUpdate()
      .first()
    if (!current) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Appointment with id: ${appointmentId} was not found`
      )
    }
    const refusal = transitionError(current, to)
    if (refusal) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
    }
    await trx("appointment")
      .update({ ...patch, status: to, [rule.timestamp]: trx.fn.now(), updated_at: trx.fn.now() })
      .where({ id: appointmentId })
    if (to === "canceled" || to === "no_show") {
      await trx("occupancy")
        .update({ is_active: false, updated_at: trx.fn.now() })
        .where({ appointment_id: appointmentId })
        .whereNull("deleted_at")
    }
    const updated = await trx("appointment")
      .select("canceled_by", "is_late_cancellation")
      .where({ id: appointmentId })
      .first()
    await this.stageAppointmentEvent_(trx, TRANSITION_EVENTS[to], appointmentId, actor, {
      previous_status: current.status,
      ...(to === "canceled"
        ? {
            canceled_by: updated.canceled_by,
            is_late_cancellation: updated.is_late_cancellation,
          }
        : {}),
    })
    return { previous_status: current.status }
  }

  /**
   * Records the order that paid for appointments, each only if no order paid it yet; refused with
   * a 409 naming the appointment otherwise (two sales racing for one visit: one wins).
   */
  @InjectTransactionManager()
  async linkAppointmentOrder(
    appointmentIds: string[],
    orderId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<void> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    for (const id of appointmentIds) {
      const updated = await trx("appointment")
        .update({ order_id: orderId, updated_at: trx.fn.now() })
        .where({ id })
        .where((paid: ReturnType<Knex>) => paid.whereNull("order_id").orWhere("order_id", orderId))
        .whereNull("deleted_at")
      if (!updated) {
        const row = await trx("appointment").select("display_id", "order_id").where({ id }).first()
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          row
            ? `Appointment #${row.display_id} is already paid by order ${row.order_id}`
            : `Appointment with id: ${id} was not found`
        )
      }
    }
  }

  /** Undoes {@link linkAppointmentOrder} for appointments still linked to that order. */
  @InjectTransactionManager()
  async unlinkAppointmentOrder(
    appointmentIds: string[],
    orderId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<void> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    await trx("appointment")
      .update({ order_id: null, updated_at: trx.fn.now() })
      .whereIn("id", appointmentIds)
      .where({ order_id: orderId })
  }

  /** Puts an appointment back to a snapshot's status and fields (workflow compensation). */
  @InjectTransactionManager()
  async restoreAppointmentStatus(
    snapshot: AppointmentSnapshot,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<void> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    await trx("appointment")
      .update({ status: snapshot.status, ...snapshot.fields, updated_at: trx.fn.now() })
      .where({ id: snapshot.id })
    if (ACTIVE_STATUSES.includes(snapshot.status)) {
      await trx("occupancy")
        .update({ is_active: true, updated_at: trx.fn.now() })
        .where({ appointment_id: snapshot.id })
        .whereNull("deleted_at")
    }
  }

  /**
   * Moves an upcoming appointment to a new start. The same staff members keep it where they are
   * free; a staff member the customer did not ask for is replaced when busy. Old and new times
   * swap in one transaction, so a failed move leaves the appointment where it was.
   */
  @InjectManager()
  async rescheduleAppointment(
    input: RescheduleAppointmentInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<void> {
    const knex = sharedContext.manager!.getKnex()
    const current = await this.snapshotAppointment(input.appointment_id, sharedContext)
    if (!UPCOMING_STATUSES.includes(current.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Appointment #${current.display_id} is ${current.status.replace("_", " ")}; only booked or confirmed appointments can be rescheduled`
      )
    }
    const request = (keepStaff: boolean) => ({
      branch_id: current.branch_id,
      starts_at: input.starts_at,
      actor: input.actor,
      items: current.items.map((item, index) => {
        const override = input.items?.[index]
        const keep = keepStaff || item.is_designated
        return {
          salon_service_id: item.salon_service_id,
          staff_member_id: override?.staff_member_id ?? (keep ? item.staff_member_id : null),
          room_id: override?.room_id ?? null,
          is_designated: item.is_designated,
        }
      }),
    })
    let planned: PlannedBooking
    try {
      planned = await this.planBooking_(knex, request(true), { ignore_appointment_id: current.id })
    } catch (error) {
      const reassignable = current.items.some(
        (item, index) => !item.is_designated && !input.items?.[index]?.staff_member_id
      )
      if (!reassignable || !(error instanceof MedusaError)) throw error
      planned = await this.planBooking_(knex, request(false), { ignore_appointment_id: current.id })
    }
    try {
      await retryOnDeadlock(() =>
        this.moveAppointment_(current, planned, input.event_actor ?? SYSTEM_ACTOR, sharedContext)
      )
    } catch (error) {
      if (lostRace(error)) {
        throw await this.explainConflict_(knex, planned)
      }
      throw error
    }
  }

  @InjectTransactionManager()
  protected async moveAppointment_(
    current: AppointmentSnapshot,
    planned: PlannedBooking,
    actor: WorkflowActor,
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    await this.lockResources_(trx, planned)
    const locked = await trx("appointment")
      .select("status", "starts_at")
      .where({ id: current.id })
      .forUpdate()
      .first()
    if (!locked || !UPCOMING_STATUSES.includes(locked.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Appointment ${current.id} can no longer be rescheduled`
      )
    }
    await this.releaseExpiredHolds_(trx, planned)
    await trx("occupancy").where({ appointment_id: current.id }).whereNull("deleted_at").delete()
    for (const [index, item] of current.items.entries()) {
      const next = planned.items[index]
      await trx("appointment_item")
        .update({
          starts_at: new Date(next.starts_at),
          ends_at: new Date(next.ends_at),
          staff_member_id: next.staff_member_id,
          room_id: next.room_id,
          updated_at: trx.fn.now(),
        })
        .where({ id: item.id })
    }
    await trx("appointment")
      .update({
        starts_at: new Date(Math.min(...planned.items.map((item) => item.starts_at))),
        ends_at: new Date(Math.max(...planned.items.map((item) => item.ends_at))),
        reminder_sent_at: null,
        updated_at: trx.fn.now(),
      })
      .where({ id: current.id })
    await trx("occupancy").insert(
      this.occupancyRows_(planned, {
        appointment_id: current.id,
        itemIds: current.items.map((item) => item.id),
      })
    )
    await this.stageAppointmentEvent_(
      trx,
      BookingWorkflowEvents.APPOINTMENT_RESCHEDULED,
      current.id,
      actor,
      {
        previous_status: locked.status,
        previous_starts_at: new Date(locked.starts_at).toISOString(),
      }
    )
  }

  /** Puts a rescheduled appointment back where the snapshot had it (workflow compensation). */
  @InjectManager()
  async revertReschedule(
    snapshot: AppointmentSnapshot,
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    const knex = sharedContext.manager!.getKnex()
    const branch = await this.loadBranch_(knex, snapshot.branch_id)
    const services = await knex("salon_service")
      .select(
        "id",
        "duration_minutes",
        "processing_minutes",
        "buffer_after_minutes",
        "name",
        "variant_id"
      )
      .whereIn(
        "id",
        snapshot.items.map((item) => item.salon_service_id)
      )
    const timings = timeItems(
      new Date(snapshot.starts_at).getTime(),
      snapshot.items.map((item) => {
        const service = services.find((row) => row.id === item.salon_service_id)!
        return { ...service, room_type: null, staff_ids: [] }
      })
    )
    const planned: PlannedBooking = {
      branch,
      items: snapshot.items.map((item, index) => ({
        position: item.position,
        salon_service_id: item.salon_service_id,
        staff_member_id: item.staff_member_id,
        room_id: item.room_id,
        is_designated: item.is_designated,
        starts_at: timings[index].starts_at,
        ends_at: timings[index].ends_at,
        staff_ranges: timings[index].staff_ranges,
        room_range: timings[index].room_range,
        service: services.find((row) => row.id === item.salon_service_id),
      })),
    }
    // The move back is a change of its own, reported like any reschedule.
    await this.moveAppointment_(
      { ...snapshot, status: "booked" },
      planned,
      SYSTEM_ACTOR,
      sharedContext
    )
  }

  /** Whether a customer may still cancel or move it online, given the cut-off. */
  async isWithinCancellationCutoff(startsAt: string | Date): Promise<boolean> {
    return (
      new Date(startsAt).getTime() - Date.now() <
      this.options_.customer_cancellation_cutoff_hours * 3_600_000
    )
  }

  // ---------------------------------------------------------------- reports

  /**
   * Services performed per staff member and branch, for appointments completed in [from, to):
   * services, distinct customers, services the customer asked that person for (designated), and
   * minutes of service. One aggregate query.
   */
  @InjectManager()
  async performanceByStaff(
    filter: { from: Date; to: Date; branch_id?: string | null },
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<
    {
      staff_member_id: string
      branch_id: string
      services_performed: number
      customers_served: number
      designated_services: number
      service_minutes: number
    }[]
  > {
    const knex = sharedContext.manager!.getKnex()
    const query = knex("appointment_item as item")
      .join("appointment as appt", "appt.id", "item.appointment_id")
      .select(
        "item.staff_member_id",
        "appt.branch_id",
        knex.raw("count(*)::int as services_performed"),
        knex.raw("count(distinct appt.customer_id)::int as customers_served"),
        knex.raw("count(*) filter (where item.is_designated)::int as designated_services"),
        knex.raw("coalesce(sum(item.duration_minutes), 0)::int as service_minutes")
      )
      .where("appt.status", "completed")
      .where("appt.completed_at", ">=", filter.from)
      .where("appt.completed_at", "<", filter.to)
      .whereNull("appt.deleted_at")
      .whereNull("item.deleted_at")
      .groupBy("item.staff_member_id", "appt.branch_id")
    if (filter.branch_id) query.where("appt.branch_id", filter.branch_id)
    return await query
  }

  // ---------------------------------------------------------------- reminders

  /** Upcoming appointments starting within the reminder lead time that have had no reminder. */
  @InjectManager()
  async listAppointmentsDueForReminder(
    limit = 500,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<string[]> {
    const knex = sharedContext.manager!.getKnex()
    const rows = await knex("appointment")
      .select("id")
      .whereIn("status", UPCOMING_STATUSES)
      .whereNull("reminder_sent_at")
      .where("starts_at", ">", knex.fn.now())
      .where(
        "starts_at",
        "<=",
        new Date(Date.now() + this.options_.reminder_lead_hours * 3_600_000)
      )
      .whereNull("deleted_at")
      .orderBy("starts_at")
      .limit(limit)
    return rows.map((row) => row.id)
  }

  /** Claims the reminder of an appointment: true for exactly one caller, however many run at once. */
  @InjectTransactionManager()
  async claimReminder(
    appointmentId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<boolean> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    const claimed = await trx("appointment")
      .update({ reminder_sent_at: trx.fn.now() })
      .where({ id: appointmentId })
      .whereNull("reminder_sent_at")
      .returning("id")
    return claimed.length === 1
  }

  /** Gives a claimed reminder back when sending failed, so the next run tries again. */
  @InjectTransactionManager()
  async unclaimReminder(appointmentId: string, @MedusaContext() sharedContext: SharedContext = {}) {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    await trx("appointment").update({ reminder_sent_at: null }).where({ id: appointmentId })
  }
}

export default BookingModuleService
