import { StarSolid } from "@medusajs/icons"
import { Badge, Text } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { STATUS_BLOCK_CLASSES, STATUS_META, customerName } from "../../lib/appointment-status"
import type {
  Appointment,
  AppointmentItem,
  CalendarDay,
  Interval,
} from "../../../types/booking/http"
import { formatRange, minutesIntoDay, minutesToTime, todayIn } from "../../lib/time"

const PX_PER_MINUTE = 1.2
const DEFAULT_START = 8 * 60
const DEFAULT_END = 22 * 60
const COLUMN_MIN_WIDTH = 190
const AXIS_WIDTH = 64

type Column = {
  id: string
  name: string
  level?: string
  color?: string | null
  working: Interval[]
  note?: string
  /** Not on the branch's roster for this day (inactive or moved), but has appointments. */
  isExtra?: boolean
}

type Block = {
  appointment: Appointment
  item: AppointmentItem
  start: number
  end: number
  lane: number
  lanes: number
}

/** Places overlapping blocks side by side: each cluster of overlaps shares its width. */
const layoutBlocks = (blocks: Omit<Block, "lane" | "lanes">[]): Block[] => {
  const sorted = [...blocks].sort((a, b) => a.start - b.start || b.end - a.end)
  const placed: Block[] = []
  let cluster: Block[] = []
  let clusterEnd = -Infinity
  const closeCluster = () => {
    const lanes = Math.max(1, ...cluster.map((block) => block.lane + 1))
    cluster.forEach((block) => (block.lanes = lanes))
    cluster = []
  }
  for (const block of sorted) {
    if (block.start >= clusterEnd) {
      closeCluster()
      clusterEnd = -Infinity
    }
    const laneEnds: number[] = []
    cluster.forEach((other) => {
      laneEnds[other.lane] = Math.max(laneEnds[other.lane] ?? -Infinity, other.end)
    })
    let lane = 0
    while (laneEnds[lane] !== undefined && laneEnds[lane] > block.start) lane++
    const positioned = { ...block, lane, lanes: 1 }
    cluster.push(positioned)
    placed.push(positioned)
    clusterEnd = Math.max(clusterEnd, block.end)
  }
  closeCluster()
  return placed
}

const exceptionNote = (exceptions: CalendarDay["staff_members"][number]["exceptions"]) =>
  exceptions
    .map((exception) => {
      const when =
        exception.starts_at && exception.ends_at
          ? `${exception.starts_at}–${exception.ends_at}`
          : "all day"
      const kind = exception.kind === "time_off" ? "Time off" : "Extra shift"
      return `${kind} ${when}${exception.reason ? ` (${exception.reason})` : ""}`
    })
    .join(" · ")

/** Re-renders every minute so the "now" line moves. */
const useNow = () => {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000)
    return () => window.clearInterval(timer)
  }, [])
  return now
}

/**
 * The day view: one column per staff member, time running down in the branch's wall time,
 * working hours unshaded, appointments as blocks coloured by status.
 */
export const DayGrid = ({
  calendar,
  extraStaffNames,
  onSelectAppointment,
}: {
  calendar: CalendarDay
  /** Names of staff members who have appointments here today but are not on the roster. */
  extraStaffNames: Record<string, string>
  onSelectAppointment: (appointmentId: string) => void
}) => {
  const timeZone = calendar.branch.timezone
  const date = calendar.date
  const now = useNow()
  const toMinutes = (instant: string | number) => minutesIntoDay(instant, date, timeZone)

  const columns = useMemo<Column[]>(() => {
    const roster: Column[] = calendar.staff_members.map((member) => ({
      id: member.id,
      name: member.name,
      level: member.level,
      color: member.color,
      working: member.working,
      note: exceptionNote(member.exceptions) || (member.working.length ? undefined : "Off today"),
    }))
    const rosterIds = new Set(roster.map((column) => column.id))
    const extraIds = [
      ...new Set(
        calendar.appointments.flatMap((appointment) =>
          appointment.items.map((item) => item.staff_member_id)
        )
      ),
    ].filter((id) => !rosterIds.has(id))
    return [
      ...roster,
      ...extraIds.map((id) => ({
        id,
        name: extraStaffNames[id] ?? "Staff member",
        working: [],
        note: "Not on this branch's roster",
        isExtra: true,
      })),
    ]
  }, [calendar, extraStaffNames])

  // The axis covers 08:00–22:00 and stretches to anything scheduled outside it.
  const [startMinute, endMinute] = useMemo(() => {
    const instants = [
      ...calendar.opening_hours.flatMap((interval) => [interval.starts_at, interval.ends_at]),
      ...calendar.staff_members.flatMap((member) =>
        member.working.flatMap((interval) => [interval.starts_at, interval.ends_at])
      ),
      ...calendar.appointments.flatMap((appointment) =>
        appointment.items.flatMap((item) => [item.starts_at, item.ends_at])
      ),
    ].map((instant) => minutesIntoDay(instant, date, timeZone))
    const start = Math.max(0, Math.floor(Math.min(DEFAULT_START, ...instants) / 60) * 60)
    const end = Math.min(24 * 60 + 6 * 60, Math.ceil(Math.max(DEFAULT_END, ...instants) / 60) * 60)
    return [start, end]
  }, [calendar, date, timeZone])

  const height = (endMinute - startMinute) * PX_PER_MINUTE
  const y = (minutes: number) =>
    (Math.min(Math.max(minutes, startMinute), endMinute) - startMinute) * PX_PER_MINUTE

  const blocksByColumn = useMemo(() => {
    const byColumn = new Map<string, Omit<Block, "lane" | "lanes">[]>()
    for (const appointment of calendar.appointments) {
      for (const item of appointment.items) {
        const list = byColumn.get(item.staff_member_id) ?? []
        list.push({
          appointment,
          item,
          start: minutesIntoDay(item.starts_at, date, timeZone),
          end: minutesIntoDay(item.ends_at, date, timeZone),
        })
        byColumn.set(item.staff_member_id, list)
      }
    }
    return new Map([...byColumn].map(([id, blocks]) => [id, layoutBlocks(blocks)]))
  }, [calendar, date, timeZone])

  const roomNames = useMemo(
    () => Object.fromEntries(calendar.rooms.map((room) => [room.id, room.name])),
    [calendar.rooms]
  )
  const hours: number[] = []
  for (let minute = startMinute; minute <= endMinute; minute += 60) hours.push(minute)
  const isToday = todayIn(timeZone) === date
  const nowMinute = toMinutes(now)

  if (!columns.length) {
    return (
      <div className="flex flex-col items-center gap-y-2 px-6 py-16 text-center">
        <Text size="small" weight="plus">
          No staff members work at this branch yet
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          Assign staff members to it and set their weekly schedule to fill the calendar.
        </Text>
        <Link to="/staff" className="txt-small text-ui-fg-interactive">
          Go to staff
        </Link>
      </div>
    )
  }

  return (
    // `isolate` keeps the sticky headers and blocks below drawers and modals.
    <div className="isolate max-h-[calc(100vh-230px)] min-h-[420px] overflow-auto">
      <div
        className="relative"
        style={{ minWidth: AXIS_WIDTH + Math.max(columns.length, 1) * COLUMN_MIN_WIDTH }}
      >
        {/* Staff header row */}
        <div className="bg-ui-bg-base sticky top-0 z-20 flex border-b">
          <div
            className="bg-ui-bg-base sticky left-0 z-30 shrink-0 border-r"
            style={{ width: AXIS_WIDTH }}
          />
          {columns.map((column) => (
            <div
              key={column.id}
              className="flex min-w-0 flex-1 flex-col gap-y-0.5 border-r px-3 py-2"
              style={{ minWidth: COLUMN_MIN_WIDTH }}
            >
              <div className="flex items-center gap-x-2">
                <span
                  className="h-2.5 w-2.5 shrink-0 rounded-full border"
                  style={{ backgroundColor: column.color ?? "transparent" }}
                />
                <Text size="small" weight="plus" className="truncate">
                  {column.name}
                </Text>
                {column.level && (
                  <Badge size="2xsmall" className="capitalize">
                    {column.level}
                  </Badge>
                )}
              </div>
              <Text size="xsmall" className="text-ui-fg-subtle truncate" title={column.note}>
                {column.note ??
                  column.working
                    .map((interval) => formatRange(interval.starts_at, interval.ends_at, timeZone))
                    .join(", ")}
              </Text>
            </div>
          ))}
        </div>

        {/* Body: time axis and one column per staff member */}
        <div className="relative flex" style={{ height }}>
          <div
            className="bg-ui-bg-base sticky left-0 z-10 shrink-0 border-r"
            style={{ width: AXIS_WIDTH }}
          >
            {hours.map((minute) => (
              <div
                key={minute}
                className="text-ui-fg-muted absolute right-2 -translate-y-1/2 text-xs tabular-nums"
                style={{ top: y(minute) }}
              >
                {minute > startMinute && minute < endMinute ? minutesToTime(minute) : ""}
              </div>
            ))}
          </div>

          {columns.map((column) => (
            <div
              key={column.id}
              className="relative min-w-0 flex-1 border-r"
              style={{
                minWidth: COLUMN_MIN_WIDTH,
                // Hatched where the staff member is not working.
                backgroundColor: "var(--bg-subtle)",
                backgroundImage:
                  "repeating-linear-gradient(135deg, transparent 0 7px, var(--border-base) 7px 8px)",
              }}
            >
              {column.working.map((interval) => (
                <div
                  key={interval.starts_at}
                  className="bg-ui-bg-base absolute inset-x-0"
                  style={{
                    top: y(toMinutes(interval.starts_at)),
                    height: y(toMinutes(interval.ends_at)) - y(toMinutes(interval.starts_at)),
                  }}
                />
              ))}
              {hours.map((minute) => (
                <div
                  key={minute}
                  className="border-ui-border-base pointer-events-none absolute inset-x-0 border-t"
                  style={{ top: y(minute) }}
                />
              ))}
              {(blocksByColumn.get(column.id) ?? []).map((block) => (
                <AppointmentBlock
                  key={block.item.id}
                  block={block}
                  top={y(block.start)}
                  height={Math.max(y(block.end) - y(block.start), 22)}
                  timeZone={timeZone}
                  roomName={block.item.room_id ? roomNames[block.item.room_id] : undefined}
                  onClick={() => onSelectAppointment(block.appointment.id)}
                />
              ))}
            </div>
          ))}

          {isToday && nowMinute > startMinute && nowMinute < endMinute && (
            <div
              className="pointer-events-none absolute right-0 z-10 border-t-2 border-ui-fg-error"
              style={{ top: y(nowMinute), left: AXIS_WIDTH }}
            >
              <span className="bg-ui-fg-error absolute -left-1 -top-[5px] h-2 w-2 rounded-full" />
            </div>
          )}
        </div>
      </div>
    </div>
  )
}

const AppointmentBlock = ({
  block,
  top,
  height,
  timeZone,
  roomName,
  onClick,
}: {
  block: Block
  top: number
  height: number
  timeZone: string
  roomName?: string
  onClick: () => void
}) => {
  const { appointment, item } = block
  const meta = STATUS_META[appointment.status]
  const inactive = appointment.status === "canceled" || appointment.status === "no_show"
  const name = customerName(appointment.customer)
  const part =
    appointment.items.length > 1 ? ` (${item.position + 1}/${appointment.items.length})` : ""
  const time = formatRange(item.starts_at, item.ends_at, timeZone)
  const width = 100 / block.lanes
  const summary = [
    `#${appointment.display_id} ${name}`,
    `${item.service_name}${part}`,
    time,
    roomName,
    meta.label,
  ]
    .filter(Boolean)
    .join(" · ")

  return (
    <button
      type="button"
      onClick={onClick}
      title={summary}
      aria-label={summary}
      className={[
        "absolute overflow-hidden rounded-md border px-2 py-1 text-left shadow-sm transition-shadow",
        "hover:shadow-elevation-card-hover focus-visible:shadow-borders-focus outline-none",
        STATUS_BLOCK_CLASSES[meta.color],
        inactive ? "opacity-60" : "",
      ].join(" ")}
      style={{
        top,
        height,
        left: `calc(${block.lane * width}% + 2px)`,
        width: `calc(${width}% - 4px)`,
        zIndex: inactive ? 1 : 2,
      }}
    >
      <div className="flex items-center gap-x-1">
        {item.is_designated && <StarSolid className="h-3 w-3 shrink-0" />}
        <span
          className={["truncate text-xs font-medium", inactive ? "line-through" : ""].join(" ")}
        >
          {name}
        </span>
      </div>
      {height > 34 && (
        <div className="truncate text-xs">
          {item.service_name}
          {part}
        </div>
      )}
      {height > 50 && (
        <div className="truncate text-xs opacity-80">
          {time}
          {roomName ? ` · ${roomName}` : ""}
        </div>
      )}
      {height > 66 && <div className="truncate text-xs font-medium opacity-80">{meta.label}</div>}
    </button>
  )
}
