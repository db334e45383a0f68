/**
 * The availability engine: pure functions over a branch's hours, staff schedules, rooms and
 * what is already booked. No database access here, so every rule is unit-tested.
 *
 * Timing of one service starting at `s` (D = duration, P = processing, B = buffer after):
 *   client in the salon   [s, s + D + P)       the next service of the visit starts at s + D + P
 *   staff member busy      [s, s + D) and [s + D + P, s + D + P + B)   (one range when P = 0)
 *   room busy              [s, s + D + P + B)
 * Every range the staff member is involved in, and the client's stay, must lie in one of the
 * staff member's working intervals that day.
 */
import { MINUTE_MS, eachDate, fromLocal, isoWeekday, timeToMinutes, toLocal } from "./time"

export type Interval = [start: number, end: number]

export type OpeningHoursSpec = { weekday: number; opens_at: string; closes_at: string }
export type ClosureSpec = { starts_on: string; ends_on: string; reason?: string | null }
export type WeeklyShiftSpec = { weekday: number; starts_at: string; ends_at: string }
export type ExceptionSpec = {
  kind: "time_off" | "extra_shift"
  date: string
  starts_at: string | null
  ends_at: string | null
}

export type BranchSpec = {
  id: string
  name: string
  timezone: string
  opening_hours: OpeningHoursSpec[]
  closures: ClosureSpec[]
}

export type StaffSpec = {
  id: string
  name: string
  /** Weekly shifts at this branch. */
  weekly: WeeklyShiftSpec[]
  /** Time off (any branch) and extra shifts at this branch. */
  exceptions: ExceptionSpec[]
}

export type ServiceSpec = {
  id: string
  name: string
  duration_minutes: number
  processing_minutes: number
  buffer_after_minutes: number
  room_type: string | null
  /** Staff members allowed to perform it here (qualified, active, working at the branch). */
  staff_ids: string[]
}

export type RoomSpec = { id: string; name: string; room_type: string }

/** Sorted, non-overlapping busy ranges per staff member or room id. */
export type BusyMap = Map<string, Interval[]>

export type ItemTiming = {
  starts_at: number
  /** When the client leaves: start + duration + processing. */
  ends_at: number
  staff_ranges: Interval[]
  room_range: Interval
}

/** Times of each service of a visit that starts at `start`. */
export function timeItems(start: number, services: ServiceSpec[]): ItemTiming[] {
  const timings: ItemTiming[] = []
  let cursor = start
  for (const service of services) {
    const d = service.duration_minutes * MINUTE_MS
    const p = service.processing_minutes * MINUTE_MS
    const b = service.buffer_after_minutes * MINUTE_MS
    const staffRanges: Interval[] =
      p > 0 && b > 0
        ? [
            [cursor, cursor + d],
            [cursor + d + p, cursor + d + p + b],
          ]
        : [[cursor, cursor + d + (p > 0 ? 0 : b)]]
    timings.push({
      starts_at: cursor,
      ends_at: cursor + d + p,
      staff_ranges: staffRanges,
      room_range: [cursor, cursor + d + p + b],
    })
    cursor += d + p
  }
  return timings
}

/**
 * Sorts and merges overlapping intervals; input need not be sorted. Touching intervals merge
 * only with `mergeTouching` (working hours), not for bookings, so a conflict can name the one
 * booking it hit.
 */
export function normalize(intervals: Interval[], mergeTouching = true): Interval[] {
  const sorted = intervals.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0])
  const merged: Interval[] = []
  for (const [s, e] of sorted) {
    const last = merged[merged.length - 1]
    if (last && (s < last[1] || (mergeTouching && s === last[1]))) {
      last[1] = Math.max(last[1], e)
    } else {
      merged.push([s, e])
    }
  }
  return merged
}

export function subtract(intervals: Interval[], remove: Interval[]): Interval[] {
  let result = normalize(intervals)
  for (const [rs, re] of normalize(remove)) {
    const next: Interval[] = []
    for (const [s, e] of result) {
      if (re <= s || rs >= e) {
        next.push([s, e])
        continue
      }
      if (rs > s) next.push([s, rs])
      if (re < e) next.push([re, e])
    }
    result = next
  }
  return result
}

export function intersect(a: Interval[], b: Interval[]): Interval[] {
  const result: Interval[] = []
  const x = normalize(a)
  const y = normalize(b)
  let i = 0
  let j = 0
  while (i < x.length && j < y.length) {
    const s = Math.max(x[i][0], y[j][0])
    const e = Math.min(x[i][1], y[j][1])
    if (s < e) result.push([s, e])
    if (x[i][1] < y[j][1]) i++
    else j++
  }
  return result
}

/** True when [s, e) lies inside one interval of a normalized list. */
export function within(intervals: Interval[], [s, e]: Interval): boolean {
  return intervals.some(([is, ie]) => s >= is && e <= ie)
}

/** True when [s, e) overlaps any interval of a sorted, non-overlapping list (binary search). */
export function overlapsAny(sorted: Interval[] | undefined, [s, e]: Interval): boolean {
  if (!sorted?.length) return false
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid][1] <= s) lo = mid + 1
    else hi = mid
  }
  return lo < sorted.length && sorted[lo][0] < e
}

export function isClosed(branch: BranchSpec, date: string): ClosureSpec | undefined {
  return branch.closures.find((closure) => closure.starts_on <= date && date <= closure.ends_on)
}

/** The branch's opening intervals on a local date (empty on closures). */
export function openingIntervals(branch: BranchSpec, date: string): Interval[] {
  if (isClosed(branch, date)) return []
  const weekday = isoWeekday(date)
  return normalize(
    branch.opening_hours
      .filter((hours) => hours.weekday === weekday)
      .map((hours) => [
        fromLocal(date, timeToMinutes(hours.opens_at), branch.timezone),
        fromLocal(date, timeToMinutes(hours.closes_at), branch.timezone),
      ])
  )
}

/**
 * A staff member's working intervals at the branch on a local date: weekly shifts within
 * opening hours, plus extra shifts, minus time off. Nothing on a branch closure day.
 */
export function workingIntervals(branch: BranchSpec, staff: StaffSpec, date: string): Interval[] {
  if (isClosed(branch, date)) return []
  const weekday = isoWeekday(date)
  const toInterval = (from: string, to: string): Interval => [
    fromLocal(date, timeToMinutes(from), branch.timezone),
    fromLocal(date, timeToMinutes(to), branch.timezone),
  ]
  const weekly = intersect(
    staff.weekly
      .filter((shift) => shift.weekday === weekday)
      .map((shift) => toInterval(shift.starts_at, shift.ends_at)),
    openingIntervals(branch, date)
  )
  const todays = staff.exceptions.filter((exception) => exception.date === date)
  const extra = todays
    .filter(
      (exception) => exception.kind === "extra_shift" && exception.starts_at && exception.ends_at
    )
    .map((exception) => toInterval(exception.starts_at!, exception.ends_at!))
  const timeOff = todays.filter((exception) => exception.kind === "time_off")
  if (timeOff.some((exception) => !exception.starts_at)) return []
  return subtract(
    normalize([...weekly, ...extra]),
    timeOff.map((exception) => toInterval(exception.starts_at!, exception.ends_at!))
  )
}

export type AvailabilityInput = {
  branch: BranchSpec
  services: ServiceSpec[]
  staff: StaffSpec[]
  rooms: RoomSpec[]
  busy: BusyMap
  from: string
  to: string
  slot_interval_minutes: number
  /** No slot may start before this instant (now + minimum notice). */
  earliest: number
  /** No slot may start after this instant (now + booking horizon). */
  latest: number
}

export type SlotItem = {
  salon_service_id: string
  starts_at: number
  ends_at: number
  staff_member_ids: string[]
  room_ids: string[]
}

export type Slot = { starts_at: number; ends_at: number; items: SlotItem[] }

/** Staff of `candidates` who can take every staff range and the client's stay of one item. */
function freeStaff(
  candidates: string[],
  timing: ItemTiming,
  working: Map<string, Interval[]>,
  busy: BusyMap
): string[] {
  return candidates.filter((staffId) => {
    const hours = working.get(staffId)
    if (!hours?.length) return false
    if (!within(hours, [timing.starts_at, timing.ends_at])) return false
    return timing.staff_ranges.every(
      (range) => within(hours, range) && !overlapsAny(busy.get(staffId), range)
    )
  })
}

function freeRooms(
  service: ServiceSpec,
  timing: ItemTiming,
  rooms: RoomSpec[],
  busy: BusyMap
): string[] {
  if (!service.room_type) return []
  return rooms
    .filter(
      (room) =>
        room.room_type === service.room_type && !overlapsAny(busy.get(room.id), timing.room_range)
    )
    .map((room) => room.id)
}

/**
 * Bookable start times on the slot grid (aligned to local midnight) from `from` to `to`, with the
 * staff members and rooms free for each service of the visit.
 */
export function findSlots(input: AvailabilityInput): Slot[] {
  const { branch, services, staff, rooms, busy } = input
  const step = input.slot_interval_minutes * MINUTE_MS
  const slots: Slot[] = []
  const staffById = new Map(staff.map((member) => [member.id, member]))

  for (const date of eachDate(input.from, input.to)) {
    const working = new Map<string, Interval[]>()
    for (const member of staff) {
      working.set(member.id, workingIntervals(branch, member, date))
    }
    const firstStaff = services[0].staff_ids.filter((id) => staffById.has(id))
    const dayWindows = normalize(firstStaff.flatMap((id) => working.get(id) ?? []))
    if (!dayWindows.length) continue

    const midnight = fromLocal(date, 0, branch.timezone)
    for (const [windowStart, windowEnd] of dayWindows) {
      const firstGrid = midnight + Math.ceil((windowStart - midnight) / step) * step
      for (let start = firstGrid; start < windowEnd; start += step) {
        if (start < input.earliest || start > input.latest) continue
        const timings = timeItems(start, services)
        const items: SlotItem[] = []
        for (let i = 0; i < services.length; i++) {
          const staffIds = freeStaff(services[i].staff_ids, timings[i], working, busy)
          if (!staffIds.length) break
          const roomIds = freeRooms(services[i], timings[i], rooms, busy)
          if (services[i].room_type && !roomIds.length) break
          items.push({
            salon_service_id: services[i].id,
            starts_at: timings[i].starts_at,
            ends_at: timings[i].ends_at,
            staff_member_ids: staffIds,
            room_ids: roomIds,
          })
        }
        if (items.length === services.length) {
          slots.push({ starts_at: start, ends_at: timings[timings.length - 1].ends_at, items })
        }
      }
    }
  }
  return slots
}

export type PlanRequestItem = {
  service: ServiceSpec
  staff_member_id?: string | null
  room_id?: string | null
  is_designated?: boolean
}

export type PlannedItem = {
  position: number
  salon_service_id: string
  staff_member_id: string
  room_id: string | null
  is_designated: boolean
  starts_at: number
  ends_at: number
  staff_ranges: Interval[]
  room_range: Interval
}

export class PlanError extends Error {
  constructor(
    public readonly kind: "invalid" | "conflict",
    message: string
  ) {
    super(message)
  }
}

export type PlanInput = {
  branch: BranchSpec
  staff: StaffSpec[]
  rooms: RoomSpec[]
  busy: BusyMap
  start: number
  items: PlanRequestItem[]
  /** Booked minutes per staff member that day: an unassigned item goes to the least loaded. */
  load?: Map<string, number>
  /** Staff members and rooms to leave out when picking (e.g. lost a race on the previous try). */
  avoid?: Set<string>
  /** Importing history: today's schedules and closures do not apply to the past. */
  ignore_working_hours?: boolean
}

/** The first interval of a sorted, non-overlapping list that overlaps [s, e), if any. */
export function findOverlap(
  sorted: Interval[] | undefined,
  [s, e]: Interval
): Interval | undefined {
  if (!sorted?.length) return undefined
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid][1] <= s) lo = mid + 1
    else hi = mid
  }
  return lo < sorted.length && sorted[lo][0] < e ? sorted[lo] : undefined
}

/** Ranges without the turnover buffer: a staff member or room that goes on with the same client skips it. */
function withoutBuffer(
  timing: ItemTiming,
  service: ServiceSpec
): { staff: Interval[]; room: Interval } {
  const work: Interval = [timing.starts_at, timing.starts_at + service.duration_minutes * MINUTE_MS]
  return { staff: [work], room: [timing.starts_at, timing.ends_at] }
}

/**
 * Assigns a staff member and a room to every item of a visit starting at `start`, honouring
 * the requested ones, or explains why it cannot: `invalid` (outside working hours, not
 * qualified) or `conflict` (someone or something is already booked then). When consecutive
 * services share a staff member or room, the client stays, so the turnover buffer applies only
 * after the last of them.
 */
export function planAppointment(
  input: PlanInput,
  describe: (instant: number) => string
): PlannedItem[] {
  const { branch, staff, rooms, busy } = input
  const staffById = new Map(staff.map((member) => [member.id, member]))
  const roomsById = new Map(rooms.map((room) => [room.id, room]))
  const services = input.items.map((item) => item.service)
  const timings = timeItems(input.start, services)
  const planned: PlannedItem[] = []
  const time = (instant: number) => describe(instant).slice(11)

  /** Overlap with existing bookings, or with this visit's earlier items (the previous one without its buffer). */
  const clash = (id: string, ranges: Interval[], index: number): Interval | undefined => {
    for (const range of ranges) {
      const existing = findOverlap(busy.get(id), range)
      if (existing) return existing
      for (const earlier of planned) {
        const mine =
          earlier.staff_member_id === id
            ? earlier.staff_ranges
            : earlier.room_id === id
              ? [earlier.room_range]
              : []
        const effective =
          earlier.position === index - 1
            ? earlier.staff_member_id === id
              ? withoutBuffer(timings[index - 1], services[index - 1]).staff
              : [withoutBuffer(timings[index - 1], services[index - 1]).room]
            : mine
        const hit = effective.find((r) => r[0] < range[1] && range[0] < r[1])
        if (hit) return hit
      }
    }
    return undefined
  }

  for (let i = 0; i < input.items.length; i++) {
    const service = services[i]
    const timing = timings[i]
    const previous = planned[i - 1]
    const date = toLocal(timing.starts_at, branch.timezone).date
    const closure = isClosed(branch, date)
    if (closure) {
      throw new PlanError(
        "invalid",
        `${branch.name} is closed on ${date}${closure.reason ? ` (${closure.reason})` : ""}`
      )
    }
    const working = (staffId: string) => workingIntervals(branch, staffById.get(staffId)!, date)
    const fits = (staffId: string) => {
      const hours = working(staffId)
      return (
        within(hours, [timing.starts_at, timing.ends_at]) &&
        timing.staff_ranges.every((range) => within(hours, range))
      )
    }

    let staffId = input.items[i].staff_member_id ?? null
    if (staffId) {
      const member = staffById.get(staffId)
      if (!member || !service.staff_ids.includes(staffId)) {
        throw new PlanError(
          "invalid",
          `${member?.name ?? `Staff member ${staffId}`} does not perform ${service.name} at ${branch.name}`
        )
      }
      if (!fits(staffId)) {
        const hours = working(staffId)
          .map(([s, e]) => `${time(s)}–${time(e)}`)
          .join(", ")
        throw new PlanError(
          "invalid",
          `${member.name} does not work at ${describe(timing.starts_at)}–${time(timing.staff_ranges[timing.staff_ranges.length - 1][1])} ` +
            `at ${branch.name} (working hours on ${date}: ${hours || "none"})`
        )
      }
      const hit = clash(staffId, timing.staff_ranges, i)
      if (hit) {
        throw new PlanError(
          "conflict",
          `${member.name} is already booked between ${describe(hit[0])} and ${time(hit[1])}`
        )
      }
    } else {
      const candidates = service.staff_ids.filter(
        (id) => staffById.has(id) && !input.avoid?.has(id) && fits(id)
      )
      if (!candidates.length) {
        throw new PlanError(
          "invalid",
          `No one performs ${service.name} at ${branch.name} at ${describe(timing.starts_at)}`
        )
      }
      const free = candidates.filter((id) => !clash(id, timing.staff_ranges, i))
      if (!free.length) {
        throw new PlanError(
          "conflict",
          `Everyone who performs ${service.name} at ${branch.name} is already booked at ${describe(timing.starts_at)}`
        )
      }
      // Keep the client with the same person where possible, else spread the day's work evenly.
      free.sort(
        (a, b) =>
          Number(b === previous?.staff_member_id) - Number(a === previous?.staff_member_id) ||
          (input.load?.get(a) ?? 0) - (input.load?.get(b) ?? 0) ||
          a.localeCompare(b)
      )
      staffId = free[0]
    }

    let roomId = input.items[i].room_id ?? null
    if (service.room_type) {
      const roomType = service.room_type.replace(/_/g, " ")
      if (roomId) {
        const room = roomsById.get(roomId)
        if (!room || room.room_type !== service.room_type) {
          throw new PlanError(
            "invalid",
            `${room?.name ?? `Room ${roomId}`} at ${branch.name} is not a ${roomType}, which ${service.name} needs`
          )
        }
        const hit = clash(roomId, [timing.room_range], i)
        if (hit) {
          throw new PlanError(
            "conflict",
            `${room.name} is already booked between ${describe(hit[0])} and ${time(hit[1])}`
          )
        }
      } else {
        const ofType = rooms
          .filter((room) => room.room_type === service.room_type && !input.avoid?.has(room.id))
          .sort((a, b) => Number(b.id === previous?.room_id) - Number(a.id === previous?.room_id))
        if (!ofType.length) {
          throw new PlanError("invalid", `${branch.name} has no ${roomType} for ${service.name}`)
        }
        const free = ofType.find((room) => !clash(room.id, [timing.room_range], i))
        if (!free) {
          throw new PlanError(
            "conflict",
            `Every ${roomType} at ${branch.name} is already booked at ${describe(timing.starts_at)}`
          )
        }
        roomId = free.id
      }
    } else {
      roomId = null
    }

    if (previous) {
      const trimmed = withoutBuffer(timings[i - 1], services[i - 1])
      if (previous.staff_member_id === staffId) previous.staff_ranges = trimmed.staff
      if (roomId && previous.room_id === roomId) previous.room_range = trimmed.room
    }
    planned.push({
      position: i,
      salon_service_id: service.id,
      staff_member_id: staffId,
      room_id: roomId,
      is_designated: !!input.items[i].is_designated,
      starts_at: timing.starts_at,
      ends_at: timing.ends_at,
      staff_ranges: timing.staff_ranges,
      room_range: timing.room_range,
    })
  }
  return planned
}
