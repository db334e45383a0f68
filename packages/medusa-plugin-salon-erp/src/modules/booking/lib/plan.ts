import { MedusaError, generateEntityId } from "@medusajs/framework/utils"
import { conflictError } from "../../../lib/errors"
import type { NewAppointment } from "../repositories/appointment-repository"
import type { ServiceTimingRow } from "../repositories/salon-service-repository"
import type {
  AppointmentSnapshot,
  BookAppointmentInput,
  OccupancyOwner,
  OccupancyRow,
  PlannedBooking,
  RescheduleAppointmentInput,
} from "../types"
import {
  type BranchSpec,
  type Interval,
  PlanError,
  type PlannedItem,
  type ServiceSpec,
  timeItems,
} from "./availability"
import { OCCUPANCY_ID_PREFIX } from "./constants"

type PlannedService = PlannedBooking["items"][number]["service"]

/** From the start of the first item to the end of the last. */
export function spanOf(planned: PlannedBooking): { starts_at: Date; ends_at: Date } {
  return {
    starts_at: new Date(Math.min(...planned.items.map((item) => item.starts_at))),
    ends_at: new Date(Math.max(...planned.items.map((item) => item.ends_at))),
  }
}

/** The staff members and rooms the plan occupies, as lock keys in one global (sorted) order. */
export function resourceKeys(planned: PlannedBooking): string[] {
  const resources = new Set<string>()
  for (const item of planned.items) {
    if (item.staff_member_id) resources.add(`staff:${item.staff_member_id}`)
    if (item.room_id) resources.add(`room:${item.room_id}`)
  }
  return [...resources].sort()
}

/** The staff members and rooms the plan takes (to release lapsed holds on them). */
export function plannedResources(planned: PlannedBooking) {
  return {
    staffIds: planned.items.map((item) => item.staff_member_id),
    roomIds: planned.items.map((item) => item.room_id).filter(Boolean) as string[],
  }
}

/** One occupancy per staff range of each item, and one for its room. */
export function occupancyRows(planned: PlannedBooking, owner: OccupancyOwner): OccupancyRow[] {
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
      id: generateEntityId(undefined, OCCUPANCY_ID_PREFIX),
      resource_kind: "staff",
      staff_member_id: item.staff_member_id,
      room_id: null,
      starts_at: new Date(start),
      ends_at: new Date(end),
    }))
    if (item.room_id) {
      rows.push({
        ...base,
        id: generateEntityId(undefined, OCCUPANCY_ID_PREFIX),
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

/** A hold's stored plan with its services, ready to book as it is. */
export function plannedFromHold(
  branch: BranchSpec,
  plan: PlannedItem[],
  services: ServiceTimingRow[]
): PlannedBooking {
  return {
    branch,
    items: plan.map((item) => ({
      ...item,
      service: services.find((row) => row.id === item.salon_service_id) as PlannedService,
    })),
  }
}

/** The plan that puts an appointment's items back at the snapshot's times and resources. */
export function plannedFromSnapshot(
  branch: BranchSpec,
  snapshot: AppointmentSnapshot,
  services: ServiceTimingRow[]
): PlannedBooking {
  const timings = timeItems(
    new Date(snapshot.starts_at).getTime(),
    snapshot.items.map((item) => {
      const service = services.find((row) => row.id === item.salon_service_id)!
      return { ...service, room_type: null, staff_ids: [] } as ServiceSpec
    })
  )
  return {
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
      service: services.find((row) => row.id === item.salon_service_id) as PlannedService,
    })),
  }
}

/**
 * The booking request that moves an appointment: same services, the overrides given, and the
 * current staff members kept when `keepStaff` (designated ones always).
 */
export function rescheduleRequest(
  current: AppointmentSnapshot,
  input: RescheduleAppointmentInput,
  keepStaff: boolean
) {
  return {
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
  }
}

/** Whether some staff member of the appointment may be replaced (neither asked for nor given). */
export function isReassignable(current: AppointmentSnapshot, input: RescheduleAppointmentInput) {
  return current.items.some(
    (item, index) => !item.is_designated && !input.items?.[index]?.staff_member_id
  )
}

/** A planning refusal as the HTTP error it is: 409 when taken, 400 when invalid. */
export function planErrorToMedusa(error: unknown): unknown {
  if (error instanceof PlanError) {
    return error.kind === "conflict"
      ? conflictError(error.message)
      : new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
  }
  return error
}

/** The appointment row a booking writes: the plan's branch and span, the request's details. */
export function newAppointment(
  id: string,
  input: BookAppointmentInput,
  planned: PlannedBooking,
  holdId: string | null
): NewAppointment {
  return {
    id,
    customer_id: input.customer_id,
    branch_id: planned.branch.id,
    source: input.source ?? (input.actor === "customer" ? "online" : "front_desk"),
    ...spanOf(planned),
    notes: input.notes ?? null,
    internal_note: input.internal_note ?? null,
    idempotency_key: input.idempotency_key ?? null,
    created_by: input.created_by ?? null,
    hold_id: holdId,
    order_id: input.order_id ?? null,
    metadata: input.metadata ?? null,
  }
}
