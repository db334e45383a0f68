import { MedusaError } from "@medusajs/framework/utils"
import { conflictError } from "../../../lib/errors"
import * as appointments from "../repositories/appointment-repository"
import * as branches from "../repositories/branch-repository"
import * as holds from "../repositories/hold-repository"
import * as occupancy from "../repositories/occupancy-repository"
import * as salonServices from "../repositories/salon-service-repository"
import * as staff from "../repositories/staff-repository"
import type {
  AppointmentSnapshot,
  BookAppointmentInput,
  BookAppointmentResult,
  PlannedBooking,
  RescheduleAppointmentInput,
} from "../types"
import { type PlanRequestItem, type PlannedItem, planAppointment } from "./availability"
import { loadBookingContext, loadBranch } from "./booking-context"
import { type Knex, lostRace, retryOnDeadlock } from "./db"
import type { BookingOptions } from "./options"
import {
  isReassignable,
  planErrorToMedusa,
  plannedFromHold,
  plannedFromSnapshot,
  rescheduleRequest,
} from "./plan"
import { assertStartAllowed } from "./rules"
import { describeInstant, toLocal } from "./time"

export type PlanBookingInput = Pick<
  BookAppointmentInput,
  "branch_id" | "starts_at" | "items" | "actor"
>

/** The appointment an earlier request with the same idempotency key booked, if any. */
export async function bookedUnderKey(
  knex: Knex,
  input: BookAppointmentInput
): Promise<BookAppointmentResult | null> {
  if (!input.idempotency_key) return null
  const row = await appointments.findByIdempotencyKey(knex, input.idempotency_key)
  if (!row) return null
  if (row.customer_id !== input.customer_id) {
    throw conflictError(
      `Idempotency key ${input.idempotency_key} was already used for another customer's booking`
    )
  }
  return { appointment_id: row.id, created: false }
}

/** Checks the time rules and assigns staff and rooms, or throws a 400/409 explaining why not. */
export async function planBooking(
  knex: Knex,
  input: PlanBookingInput,
  rules: BookingOptions,
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
  const branch = await loadBranch(knex, input.branch_id)
  assertStartAllowed(start, branch, input.actor, rules)

  const date = toLocal(start, branch.timezone).date
  const context = await loadBookingContext(
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
    : await occupancy.staffLoad(
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
    throw planErrorToMedusa(error)
  }
}

/**
 * What booking a hold takes: its stored plan, or the appointment it already became. A hold of
 * another customer is not found; a released or lapsed one is refused.
 */
export async function planFromHold(
  knex: Knex,
  input: BookAppointmentInput
): Promise<{ booked: BookAppointmentResult } | { hold_id: string; planned: PlannedBooking }> {
  const hold = await holds.findHold(knex, input.hold_id!)
  if (!hold || (hold.customer_id && hold.customer_id !== input.customer_id)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Hold with id: ${input.hold_id} was not found`
    )
  }
  if (hold.status === "converted" && hold.appointment_id) {
    return { booked: { appointment_id: hold.appointment_id, created: false } }
  }
  if (hold.status !== "active" || new Date(hold.expires_at).getTime() <= Date.now()) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Hold ${hold.id} has ${hold.status === "released" ? "been released" : "expired"}; search availability again`
    )
  }
  const branch = await loadBranch(knex, hold.branch_id)
  const plan = (typeof hold.plan === "string" ? JSON.parse(hold.plan) : hold.plan) as PlannedItem[]
  const services = await salonServices.serviceTimings(
    knex,
    plan.map((item) => item.salon_service_id)
  )
  return { hold_id: hold.id, planned: plannedFromHold(branch, plan, services) }
}

/** After a lost race: name the staff member or room and the time that was taken. */
export async function explainConflict(knex: Knex, planned: PlannedBooking): Promise<MedusaError> {
  const describe = (instant: number) => describeInstant(instant, planned.branch.timezone)
  const taken = (who: string, clash: { starts_at: Date; ends_at: Date }) =>
    conflictError(
      `${who} is already booked between ${describe(new Date(clash.starts_at).getTime())} and ${describe(new Date(clash.ends_at).getTime()).slice(11)}`
    )
  for (const item of planned.items) {
    for (const range of item.staff_ranges) {
      const clash = await occupancy.findClash(
        knex,
        { staff_member_id: item.staff_member_id },
        range
      )
      if (clash) {
        const name = await staff.staffMemberName(knex, item.staff_member_id)
        return taken(name ?? item.staff_member_id, clash)
      }
    }
    if (item.room_id) {
      const clash = await occupancy.findClash(knex, { room_id: item.room_id }, item.room_range)
      if (clash) {
        return taken((await branches.roomName(knex, item.room_id)) ?? item.room_id, clash)
      }
    }
  }
  return conflictError(
    `The slot at ${describe(planned.items[0].starts_at)} was just taken; please choose another time`
  )
}

/** The plan that puts a rescheduled appointment back at the snapshot's times and resources. */
export async function planRevert(
  knex: Knex,
  snapshot: AppointmentSnapshot
): Promise<PlannedBooking> {
  const branch = await loadBranch(knex, snapshot.branch_id)
  const services = await salonServices.serviceTimings(
    knex,
    snapshot.items.map((item) => item.salon_service_id)
  )
  return plannedFromSnapshot(branch, snapshot, services)
}

/**
 * Plans a move: the same staff members where they are free, else (when one was neither asked
 * for nor given) whoever is free.
 */
export async function planMove(
  knex: Knex,
  current: AppointmentSnapshot,
  input: RescheduleAppointmentInput,
  rules: BookingOptions
): Promise<PlannedBooking> {
  const ignore = { ignore_appointment_id: current.id }
  try {
    return await planBooking(knex, rescheduleRequest(current, input, true), rules, ignore)
  } catch (error) {
    if (!isReassignable(current, input) || !(error instanceof MedusaError)) throw error
    return await planBooking(knex, rescheduleRequest(current, input, false), rules, ignore)
  }
}

/** Runs a write of the plan's occupancies; a lost race becomes a 409 naming what was taken. */
export async function writePlanned(
  knex: Knex,
  planned: PlannedBooking,
  write: () => Promise<void>
): Promise<void> {
  try {
    await retryOnDeadlock(write)
  } catch (error) {
    if (lostRace(error)) {
      throw await explainConflict(knex, planned)
    }
    throw error
  }
}
