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
import { withOutbox } from "../../lib/outbox"
import { BOOKING_MODELS, BOOKING_OUTBOX_TABLE, type BookingModelDtos } from "./models"
import { findSlots } from "./lib/availability"
import { loadBookingContext, loadBranch, loadBranchDay } from "./lib/booking-context"
import {
  APPOINTMENT_HOLD_ID_PREFIX,
  APPOINTMENT_ID_PREFIX,
  MAX_AUTO_ASSIGN_ATTEMPTS,
} from "./lib/constants"
import { type Knex, connectionOf, lostRace, retryOnDeadlock, transactionOf } from "./lib/db"
import * as errors from "./lib/errors"
import { type BookingOptions, parseBookingOptions } from "./lib/options"
import * as plans from "./lib/plan"
import {
  bookedUnderKey,
  explainConflict,
  planBooking,
  planFromHold,
  planMove,
  planRevert,
  writePlanned,
} from "./lib/planning"
import { lockPlannedResources, releaseLapsedHolds } from "./lib/resources"
import { checkSearchRange, isWithinCutoff, searchWindow } from "./lib/rules"
import {
  ACTIVE_STATUSES,
  APPOINTMENT_TRANSITIONS,
  UPCOMING_STATUSES,
  transitionError,
} from "./lib/status"
import { MINUTE_MS, addDays, toLocal } from "./lib/time"
import { availabilityResult } from "./lib/views"
import * as appointments from "./repositories/appointment-repository"
import * as branches from "./repositories/branch-repository"
import * as holds from "./repositories/hold-repository"
import * as occupancy from "./repositories/occupancy-repository"
import * as schedules from "./repositories/schedule-repository"
import * as staff from "./repositories/staff-repository"
import {
  BookingWorkflowEvents,
  SYSTEM_ACTOR,
  TRANSITION_EVENTS,
  type WorkflowActor,
  stageAppointmentEvent,
} from "./events"
import type {
  AppointmentSnapshot,
  AppointmentStatus,
  AvailabilityQuery,
  AvailabilityResultDTO,
  BookAppointmentInput,
  BookAppointmentResult,
  BranchShift,
  CreateHoldInput,
  OpeningHours,
  PlannedBooking,
  RescheduleAppointmentInput,
  StaffPerformanceRow,
  UpcomingAppointmentFilter,
  UpcomingAppointmentRow,
  WeeklyShift,
} from "./types"

type SharedContext = Context<EntityManager>

/**
 * Branches, staff, services and their schedules; availability; appointments, holds and their
 * occupancies of staff and rooms. Bookings, holds and moves lock the resources they take and the
 * database's exclusion constraints make a lost race a conflict, never a double booking. The SQL
 * lives in ./repositories; events are staged in the module's outbox in the same transaction.
 */
class BookingModuleService extends withOutbox(
  MedusaService<BookingModelDtos>(BOOKING_MODELS),
  BOOKING_OUTBOX_TABLE
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
    hours: OpeningHours[],
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    return await branches.replaceOpeningHours(transactionOf(sharedContext), branchId, hours)
  }

  /** Replaces the branches a staff member works at; returns the previous branch ids. */
  @InjectTransactionManager()
  async replaceStaffBranches(
    staffMemberId: string,
    branchIds: string[],
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<string[]> {
    const trx = transactionOf(sharedContext)
    return await staff.replaceStaffLinks(trx, "staff_branch", staffMemberId, branchIds)
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
  ): Promise<BranchShift[]> {
    const trx = transactionOf(sharedContext)
    return await schedules.removeShiftsOutside(trx, staffMemberId, branchIds)
  }

  /** Puts back shifts removed by removeShiftsOutside (workflow compensation). */
  @InjectTransactionManager()
  async restoreShifts(
    staffMemberId: string,
    shifts: BranchShift[],
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    await schedules.insertShifts(transactionOf(sharedContext), staffMemberId, shifts)
  }

  /** Replaces the services a staff member is qualified for; returns the previous service ids. */
  @InjectTransactionManager()
  async replaceStaffServices(
    staffMemberId: string,
    serviceIds: string[],
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<string[]> {
    const trx = transactionOf(sharedContext)
    return await staff.replaceStaffLinks(trx, "staff_service", staffMemberId, serviceIds)
  }

  /** Replaces the staff qualified for a service; returns the previous staff member ids. */
  @InjectTransactionManager()
  async replaceServiceStaff(
    salonServiceId: string,
    staffMemberIds: string[],
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<string[]> {
    const trx = transactionOf(sharedContext)
    return await staff.replaceServiceStaff(trx, salonServiceId, staffMemberIds)
  }

  /** Replaces a staff member's weekly shifts at one branch; returns the previous shifts. */
  @InjectTransactionManager()
  async replaceStaffSchedule(
    staffMemberId: string,
    branchId: string,
    shifts: WeeklyShift[],
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    const trx = transactionOf(sharedContext)
    return await schedules.replaceStaffSchedule(trx, staffMemberId, branchId, shifts)
  }

  /**
   * Upcoming (booked or confirmed) appointments matching a filter: what would be orphaned by
   * closing a day, giving time off, or removing a staff member, room or branch.
   */
  @InjectManager()
  async listUpcomingAppointmentsAffected(
    filter: UpcomingAppointmentFilter,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<UpcomingAppointmentRow[]> {
    return await appointments.listUpcomingAffected(connectionOf(sharedContext), filter)
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
    const knex = connectionOf(sharedContext)
    const branch = await loadBranch(knex, query.branch_id)
    const from = query.from ?? toLocal(Date.now(), branch.timezone).date
    const to = query.to ?? addDays(from, 6)
    checkSearchRange(from, to, this.options_.max_search_days)

    const { earliest, latest } = searchWindow(query.actor, this.options_, Date.now())
    const context = await loadBookingContext(knex, branch, query.salon_service_ids, {
      from,
      to,
      staff_member_id: query.staff_member_id ?? null,
      online_only: query.actor === "customer",
      ignore_appointment_id: query.exclude_appointment_id ?? undefined,
    })
    const slot_interval_minutes = this.options_.slot_interval_minutes
    const slots = findSlots({ ...context, from, to, slot_interval_minutes, earliest, latest })
    return availabilityResult(context, { from, to, slot_interval_minutes }, slots)
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
    return await loadBranchDay(connectionOf(sharedContext), branchId, date)
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
    const knex = connectionOf(sharedContext)
    const existing = await bookedUnderKey(knex, input)
    if (existing) return existing

    if (input.hold_id) {
      return await this.bookFromHold_(knex, input, sharedContext)
    }

    const avoid = new Set<string>()
    for (let attempt = 1; ; attempt++) {
      let planned: PlannedBooking
      try {
        planned = await planBooking(knex, input, this.options_, { avoid })
      } catch (error) {
        // A concurrent retry of this request that committed meanwhile took the slot it asks for.
        const winner = await bookedUnderKey(knex, input)
        if (winner) return winner
        throw error
      }
      const appointmentId = generateEntityId(undefined, APPOINTMENT_ID_PREFIX)
      try {
        await retryOnDeadlock(() =>
          this.insertAppointment_(appointmentId, input, planned, null, sharedContext)
        )
        return { appointment_id: appointmentId, created: true }
      } catch (error) {
        // A concurrent retry of this request may have won the race; its insert blocked ours
        // (as a duplicate key or as an overlapping occupancy) until it committed.
        const winner = await bookedUnderKey(knex, input)
        if (winner) return winner
        if (!lostRace(error)) throw error
        const autoAssigned = input.items.some((item) => !item.staff_member_id || !item.room_id)
        if (autoAssigned && attempt < MAX_AUTO_ASSIGN_ATTEMPTS) {
          // Someone took the picked staff member or room a moment ago: pick again from what is left.
          continue
        }
        throw await explainConflict(knex, planned)
      }
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
    const trx = transactionOf(sharedContext)
    await lockPlannedResources(trx, planned)
    await releaseLapsedHolds(trx, planned)
    if (holdId) {
      await holds.convertHold(trx, holdId, appointmentId)
    }
    const appointment = plans.newAppointment(appointmentId, input, planned, holdId)
    await appointments.insertAppointment(trx, appointment)
    const itemIds = await appointments.insertItems(trx, appointmentId, planned)
    await occupancy.insertOccupancies(trx, planned, { appointment_id: appointmentId, itemIds })
    await stageAppointmentEvent(
      trx,
      BookingWorkflowEvents.APPOINTMENT_BOOKED,
      appointmentId,
      input.event_actor ?? SYSTEM_ACTOR,
      { previous_status: null }
    )
  }

  /** Removes an appointment written by `bookAppointment` (workflow compensation). */
  @InjectTransactionManager()
  async deleteBookedAppointment(
    appointmentId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    const trx = transactionOf(sharedContext)
    await occupancy.deleteAppointmentOccupancy(trx, appointmentId)
    // Erased as if never booked: its unpublished `appointment.booked` must not go out either
    // (subscribers would reserve package sessions for an appointment that is gone).
    await appointments.eraseAppointment(trx, appointmentId)
  }

  // ---------------------------------------------------------------- holds

  /** Reserves a slot for `hold_minutes` without booking it. */
  @InjectManager()
  async createHold(input: CreateHoldInput, @MedusaContext() sharedContext: SharedContext = {}) {
    const knex = connectionOf(sharedContext)
    const planned = await planBooking(knex, input, this.options_)
    const holdId = generateEntityId(undefined, APPOINTMENT_HOLD_ID_PREFIX)
    const expiresAt = new Date(Date.now() + this.options_.hold_minutes * MINUTE_MS)
    await writePlanned(knex, planned, () =>
      this.insertHold_(holdId, input, planned, expiresAt, sharedContext)
    )
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
    const trx = transactionOf(sharedContext)
    await lockPlannedResources(trx, planned)
    await releaseLapsedHolds(trx, planned)
    await holds.insertHold(trx, holdId, input.customer_id, planned, expiresAt)
    await occupancy.insertOccupancies(trx, planned, { hold_id: holdId, expires_at: expiresAt })
  }

  protected async bookFromHold_(
    knex: Knex,
    input: BookAppointmentInput,
    sharedContext: SharedContext
  ): Promise<BookAppointmentResult> {
    const hold = await planFromHold(knex, input)
    if ("booked" in hold) return hold.booked
    const appointmentId = generateEntityId(undefined, APPOINTMENT_ID_PREFIX)
    await this.insertAppointment_(
      appointmentId,
      { ...input, branch_id: hold.planned.branch.id },
      hold.planned,
      hold.hold_id,
      sharedContext
    )
    return { appointment_id: appointmentId, created: true }
  }

  /** Releases a hold that was not booked (customer gave up, or checkout failed). */
  @InjectTransactionManager()
  async releaseHold(holdId: string, @MedusaContext() sharedContext: SharedContext = {}) {
    return { released: await holds.releaseHold(transactionOf(sharedContext), holdId) }
  }

  /** Marks lapsed holds expired and frees what they took. Returns how many lapsed. */
  @InjectTransactionManager()
  async expireHolds(@MedusaContext() sharedContext: SharedContext = {}): Promise<number> {
    return (await holds.expireLapsedHolds(transactionOf(sharedContext))).length
  }

  // ---------------------------------------------------------------- lifecycle

  /** The appointment with its items, as workflows need it to act and to undo. */
  @InjectManager()
  async snapshotAppointment(
    appointmentId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<AppointmentSnapshot & { display_id: number; timezone: string }> {
    return await appointments.readSnapshot(connectionOf(sharedContext), appointmentId)
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
    const trx = transactionOf(sharedContext)
    const current = await appointments.lockForTransition(trx, appointmentId)
    if (!current) throw errors.appointmentNotFound(appointmentId)
    const refusal = transitionError(current, to)
    if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
    const timestamp = APPOINTMENT_TRANSITIONS[to].timestamp
    await appointments.setStatus(trx, appointmentId, to, timestamp, patch)
    if (to === "canceled" || to === "no_show") {
      await occupancy.setAppointmentOccupancyActive(trx, appointmentId, false)
    }
    await stageAppointmentEvent(trx, TRANSITION_EVENTS[to], appointmentId, actor, {
      previous_status: current.status,
      ...(to === "canceled" ? await appointments.cancellationOf(trx, appointmentId) : {}),
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
    const trx = transactionOf(sharedContext)
    for (const id of appointmentIds) {
      if (!(await appointments.linkOrder(trx, id, orderId))) {
        throw errors.alreadyPaid(id, await appointments.paidBy(trx, id))
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
    await appointments.unlinkOrder(transactionOf(sharedContext), appointmentIds, orderId)
  }

  /** Puts an appointment back to a snapshot's status and fields (workflow compensation). */
  @InjectTransactionManager()
  async restoreAppointmentStatus(
    snapshot: AppointmentSnapshot,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<void> {
    const trx = transactionOf(sharedContext)
    await appointments.restoreStatus(trx, snapshot)
    if (ACTIVE_STATUSES.includes(snapshot.status)) {
      await occupancy.setAppointmentOccupancyActive(trx, snapshot.id, true)
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
    const knex = connectionOf(sharedContext)
    const current = await this.snapshotAppointment(input.appointment_id, sharedContext)
    if (!UPCOMING_STATUSES.includes(current.status)) throw errors.notReschedulable(current)
    const planned = await planMove(knex, current, input, this.options_)
    const actor = input.event_actor ?? SYSTEM_ACTOR
    await writePlanned(knex, planned, () =>
      this.moveAppointment_(current, planned, actor, sharedContext)
    )
  }

  @InjectTransactionManager()
  protected async moveAppointment_(
    current: AppointmentSnapshot,
    planned: PlannedBooking,
    actor: WorkflowActor,
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    const trx = transactionOf(sharedContext)
    await lockPlannedResources(trx, planned)
    const locked = await appointments.lockForMove(trx, current.id)
    if (!locked || !UPCOMING_STATUSES.includes(locked.status)) {
      throw errors.noLongerReschedulable(current.id)
    }
    await releaseLapsedHolds(trx, planned)
    await occupancy.deleteAppointmentOccupancy(trx, current.id)
    await appointments.moveAppointment(trx, current, planned, plans.spanOf(planned))
    const itemIds = current.items.map((item) => item.id)
    await occupancy.insertOccupancies(trx, planned, { appointment_id: current.id, itemIds })
    await stageAppointmentEvent(
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
    const planned = await planRevert(connectionOf(sharedContext), snapshot)
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
    return isWithinCutoff(startsAt, this.options_.customer_cancellation_cutoff_hours)
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
  ): Promise<StaffPerformanceRow[]> {
    return await appointments.performanceByStaff(connectionOf(sharedContext), filter)
  }

  // ---------------------------------------------------------------- reminders

  /** Upcoming appointments starting within the reminder lead time that have had no reminder. */
  @InjectManager()
  async listAppointmentsDueForReminder(
    limit = 500,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<string[]> {
    const until = new Date(Date.now() + this.options_.reminder_lead_hours * 3_600_000)
    return await appointments.dueForReminder(connectionOf(sharedContext), until, limit)
  }

  /** Claims the reminder of an appointment: true for exactly one caller, however many run at once. */
  @InjectTransactionManager()
  async claimReminder(
    appointmentId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<boolean> {
    return await appointments.claimReminder(transactionOf(sharedContext), appointmentId)
  }

  /** Gives a claimed reminder back when sending failed, so the next run tries again. */
  @InjectTransactionManager()
  async unclaimReminder(appointmentId: string, @MedusaContext() sharedContext: SharedContext = {}) {
    await appointments.unclaimReminder(transactionOf(sharedContext), appointmentId)
  }
}

export default BookingModuleService
