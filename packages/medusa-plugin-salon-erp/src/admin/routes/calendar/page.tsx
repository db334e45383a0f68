import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CalendarSolid, ChevronLeft, ChevronRight, Plus } from "@medusajs/icons"
import { Badge, Button, Container, Heading, IconButton, Select, Text } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { Link, useSearchParams } from "react-router-dom"
import { AppointmentDrawer } from "../../components/calendar/appointment-drawer"
import { DayGrid } from "../../components/calendar/day-grid"
import { NewAppointmentModal } from "../../components/calendar/new-appointment-modal"
import { LocalDatePicker } from "../../components/common/local-date-picker"
import { ErrorState, LoadingState } from "../../components/common/page-states"
import { useBranchCalendar, useBranches } from "../../hooks/api/branches"
import { useStaffMembers } from "../../hooks/api/staff-members"
import { ACTIVE_STATUSES, STATUS_META } from "../../lib/appointment-status"
import { addDays, formatDate, formatRange, isLocalDate, todayIn, zonedParts } from "../../lib/time"
import { APPOINTMENT_STATUSES } from "../../../types/booking/http"
import { nameOption, SelectOptions } from "../../components/common/select-options"

const LAST_BRANCH_KEY = "booking.calendar.branch_id"

const CalendarPage = () => {
  // Branch, day and open appointment live in the URL so a day can be linked and reloaded.
  const [searchParams, setSearchParams] = useSearchParams()
  const branches = useBranches({ is_active: true, limit: 100 })
  const branchList = branches.data?.branches ?? []
  const requestedBranch = searchParams.get("branch_id")
  const storedBranch = window.localStorage.getItem(LAST_BRANCH_KEY)
  const branch =
    branchList.find((candidate) => candidate.id === requestedBranch) ??
    branchList.find((candidate) => candidate.id === storedBranch) ??
    branchList[0]
  const timeZone = branch?.timezone ?? "UTC"
  const requestedDate = searchParams.get("date")
  const date = requestedDate && isLocalDate(requestedDate) ? requestedDate : todayIn(timeZone)
  const appointmentId = searchParams.get("appointment")
  const [creating, setCreating] = useState(false)

  useEffect(() => {
    if (branch) window.localStorage.setItem(LAST_BRANCH_KEY, branch.id)
  }, [branch])

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(searchParams)
    Object.entries(changes).forEach(([name, value]) =>
      value === null ? next.delete(name) : next.set(name, value)
    )
    // Opening or closing the drawer should not fill the back button's history.
    const drawerOnly = Object.keys(changes).every((name) => name === "appointment")
    setSearchParams(next, { replace: drawerOnly })
  }

  const calendar = useBranchCalendar(branch?.id ?? "", date, {
    enabled: !!branch,
    // The front desk keeps this open all day; pick up bookings made elsewhere.
    refetchInterval: 60_000,
  })
  const day = calendar.data?.calendar

  // Names for staff members who have appointments here but are no longer on the roster.
  const extraStaffIds = useMemo(() => {
    if (!day) return []
    const roster = new Set(day.staff_members.map((member) => member.id))
    return [
      ...new Set(
        day.appointments.flatMap((appointment) =>
          appointment.items.map((item) => item.staff_member_id)
        )
      ),
    ].filter((id) => !roster.has(id))
  }, [day])
  const extraStaff = useStaffMembers(
    { id: extraStaffIds.join(","), limit: 100 },
    { enabled: extraStaffIds.length > 0 }
  )
  const extraStaffNames = useMemo(
    () =>
      Object.fromEntries(
        (extraStaff.data?.staff_members ?? []).map((member) => [member.id, member.name])
      ),
    [extraStaff.data]
  )

  const counts = useMemo(() => {
    const appointments = day?.appointments ?? []
    return {
      active: appointments.filter((appointment) => ACTIVE_STATUSES.includes(appointment.status))
        .length,
      byStatus: APPOINTMENT_STATUSES.map((status) => ({
        status,
        count: appointments.filter((appointment) => appointment.status === status).length,
      })).filter((entry) => entry.count > 0),
    }
  }, [day])

  if (branches.isLoading) {
    return (
      <Container className="p-0">
        <LoadingState label="Loading branches…" />
      </Container>
    )
  }
  if (branches.error) {
    return (
      <Container className="p-0">
        <ErrorState error={branches.error} onRetry={() => branches.refetch()} />
      </Container>
    )
  }
  if (!branch) {
    return (
      <Container className="flex flex-col items-start gap-y-3 px-6 py-6">
        <Heading>Calendar</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          There is no active branch yet. Create a branch with opening hours, then add staff members
          and their weekly schedule.
        </Text>
        <Button size="small" variant="secondary" asChild>
          <Link to="/branches">Go to branches</Link>
        </Button>
      </Container>
    )
  }

  const today = todayIn(timeZone)
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div className="flex flex-col">
          <Heading>Calendar</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {formatDate(date, "long")} · {timeZone}
            {date === today ? " · today" : ""}
          </Text>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <div className="w-[200px]">
            <Select
              size="small"
              value={branch.id}
              onValueChange={(value) => update({ branch_id: value, appointment: null })}
            >
              <Select.Trigger aria-label="Branch">
                <Select.Value />
              </Select.Trigger>
              <SelectOptions options={branchList.map(nameOption)} />
            </Select>
          </div>
          <IconButton
            size="small"
            variant="transparent"
            aria-label="Previous day"
            onClick={() => update({ date: addDays(date, -1), appointment: null })}
          >
            <ChevronLeft />
          </IconButton>
          <Button
            size="small"
            variant="secondary"
            disabled={date === today}
            onClick={() => update({ date: null, appointment: null })}
          >
            Today
          </Button>
          <IconButton
            size="small"
            variant="transparent"
            aria-label="Next day"
            onClick={() => update({ date: addDays(date, 1), appointment: null })}
          >
            <ChevronRight />
          </IconButton>
          <div className="w-[170px]">
            <LocalDatePicker
              aria-label="Day"
              value={date}
              // The picker reports its value on mount too; only a real change moves the day.
              onChange={(value) => {
                if (value && value !== date) update({ date: value, appointment: null })
              }}
            />
          </div>
          <Button size="small" onClick={() => setCreating(true)}>
            <Plus />
            New appointment
          </Button>
        </div>
      </div>

      {day && (
        <div className="flex flex-wrap items-center gap-2 px-6 py-3">
          {day.closure ? (
            <Badge color="red" size="small">
              Closed
              {day.closure.reason ? `: ${day.closure.reason}` : ""} ({day.closure.starts_on}
              {day.closure.ends_on !== day.closure.starts_on ? ` – ${day.closure.ends_on}` : ""})
            </Badge>
          ) : day.opening_hours.length ? (
            <Text size="small" className="text-ui-fg-subtle">
              Open{" "}
              {day.opening_hours
                .map((interval) => formatRange(interval.starts_at, interval.ends_at, timeZone))
                .join(", ")}
            </Text>
          ) : (
            <Badge color="grey" size="small">
              No opening hours this weekday
            </Badge>
          )}
          <Text size="small" className="text-ui-fg-muted">
            ·
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {counts.active} active appointment{counts.active === 1 ? "" : "s"}
          </Text>
          {counts.byStatus.map(({ status, count }) => (
            <Badge key={status} size="2xsmall" color={STATUS_META[status].color}>
              {STATUS_META[status].label} {count}
            </Badge>
          ))}
          {calendar.isFetching && (
            <Text size="xsmall" className="text-ui-fg-muted">
              Refreshing…
            </Text>
          )}
        </div>
      )}

      {calendar.isLoading && <LoadingState label="Loading the day…" />}
      {calendar.error && <ErrorState error={calendar.error} onRetry={() => calendar.refetch()} />}
      {day && (
        <DayGrid
          calendar={day}
          extraStaffNames={extraStaffNames}
          onSelectAppointment={(id) => update({ appointment: id })}
        />
      )}

      <AppointmentDrawer
        appointmentId={appointmentId}
        onClose={() => update({ appointment: null })}
      />
      <NewAppointmentModal
        open={creating}
        onOpenChange={setCreating}
        branches={branchList}
        defaultBranchId={branch.id}
        defaultDate={date}
        onBooked={(appointment) => {
          const bookedBranch = appointment.branch?.id ?? appointment.branch_id ?? branch.id
          const bookedZone =
            branchList.find((candidate) => candidate.id === bookedBranch)?.timezone ?? timeZone
          update({
            branch_id: bookedBranch,
            date: zonedParts(appointment.starts_at, bookedZone).date,
            appointment: appointment.id,
          })
        }}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Calendar",
  icon: CalendarSolid,
  rank: 1,
})

export default CalendarPage
