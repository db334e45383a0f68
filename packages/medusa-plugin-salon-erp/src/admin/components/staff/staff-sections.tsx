import { Trash } from "@medusajs/icons"
import { Badge, Button, Checkbox, IconButton, Label, Switch, Tabs, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useBranches } from "../../hooks/api/branches"
import { useUsers } from "../../hooks/api/core-resources"
import { useSalonServices } from "../../hooks/api/salon-services"
import {
  useCreateScheduleException,
  useDeleteScheduleException,
  useSetStaffSchedule,
  useStaffSchedule,
  useUpdateStaffMember,
} from "../../hooks/api/staff-members"
import { summarizeOpeningHours } from "../../lib/opening-hours"
import { dateToLocalString, formatDate } from "../../lib/time"
import type {
  Branch,
  ScheduleExceptionKind,
  StaffMember,
  WeeklyShift,
} from "../../../types/booking/http"
import { Field } from "../common/field"
import { LocalDatePicker } from "../common/local-date-picker"
import { EmptyState, ErrorState, LoadingState } from "../common/page-states"
import { WeeklyHoursEditor, type WeeklyInterval, weeklyIssues } from "../common/weekly-hours-editor"
import { branchOptions } from "../branches/branch-form"
import { ActiveBadge } from "../forms/active-badge"
import { CheckboxGroup } from "../forms/checkbox-group"
import { useConfirm } from "../forms/confirm"
import { DraftActions, sameSet, useDraft } from "../forms/draft"
import { OptionSelect, labelOptions } from "../forms/option-select"
import { TextField } from "../forms/text-field"
import { toastOutcome } from "../forms/toasts"
import {
  LEVEL_LABELS,
  StaffProfileFields,
  staffToValues,
  staffValuesToPayload,
  validateStaff,
} from "./staff-form"
import { EditFormButton } from "../layout/edit-drawer"
import { Row, Section } from "../layout/detail-page"

export const StaffProfileSection = ({ member }: { member: StaffMember }) => {
  const users = useUsers()
  const update = useUpdateStaffMember(member.id)
  const user = users.data?.users.find((candidate) => candidate.id === member.user_id)
  return (
    <Section
      level="h1"
      title={
        <span className="flex items-center gap-x-2">
          <span
            className="h-3 w-3 rounded-full border"
            style={{ backgroundColor: member.color ?? "transparent" }}
          />
          {member.name}
        </span>
      }
      description={`${LEVEL_LABELS[member.level]} staff member`}
      status={<ActiveBadge active={member.is_active} />}
      actions={
        <EditFormButton
          title={`Edit ${member.name}`}
          description="Profile of the staff member"
          record={member}
          toValues={staffToValues}
          validate={validateStaff}
          toPayload={staffValuesToPayload}
          mutation={update}
          saved="Staff member saved"
          failed="Could not save"
        >
          {(form) => <StaffProfileFields {...form} showActive />}
        </EditFormButton>
      }
    >
      <Row label="Email" value={member.email} />
      <Row label="Phone" value={member.phone} />
      <Row label="Calendar colour" value={member.color} />
      <Row label="Admin login" value={user ? user.email : member.user_id} />
      <Row label="Bio" value={member.bio} />
    </Section>
  )
}

const assignmentsOf = (member: StaffMember) => ({
  branch_ids: member.branch_ids ?? [],
  salon_service_ids: member.salon_service_ids ?? [],
})

/** Where they work and what they may perform; each list replaces the whole set on save. */
export const StaffAssignmentsSection = ({ member }: { member: StaffMember }) => {
  const branches = useBranches({ limit: 100 })
  const services = useSalonServices({ limit: 200 })
  const assignments = useDraft(
    assignmentsOf(member),
    (a, b) =>
      sameSet(a.branch_ids, b.branch_ids) && sameSet(a.salon_service_ids, b.salon_service_ids)
  )
  const { branch_ids: branchIds, salon_service_ids: serviceIds } = assignments.draft
  const update = useUpdateStaffMember(member.id)

  const save = () =>
    update.mutate(assignments.draft, toastOutcome("Branches and services saved", "Could not save"))

  return (
    <Section
      title="Branches & services"
      description="A staff member is in a branch's calendar and bookable there only while assigned to it."
    >
      <div className="grid grid-cols-1 gap-6 px-6 py-4 md:grid-cols-2 xl:grid-cols-1">
        <CheckboxGroup
          title="Branches"
          query={branches}
          options={branchOptions(branches.data?.branches ?? [])}
          value={branchIds}
          onChange={(ids) => assignments.setDraft({ ...assignments.draft, branch_ids: ids })}
          emptyText="No branches yet."
        />
        <CheckboxGroup
          title="Qualified services"
          query={services}
          options={(services.data?.salon_services ?? []).map((service) => ({
            value: service.id,
            label: service.name,
            description: [service.category, service.is_active ? null : "inactive"]
              .filter(Boolean)
              .join(" · "),
          }))}
          value={serviceIds}
          onChange={(ids) => assignments.setDraft({ ...assignments.draft, salon_service_ids: ids })}
          emptyText="No salon services yet."
        />
      </div>
      <div className="flex justify-end gap-x-2 px-6 py-3">
        <DraftActions
          dirty={assignments.dirty}
          isSaving={update.isPending}
          onReset={assignments.reset}
          onSave={save}
        />
      </div>
    </Section>
  )
}

const shiftsToIntervals = (shifts: WeeklyShift[], branchId: string): WeeklyInterval[] =>
  shifts
    .filter((shift) => shift.branch_id === branchId)
    .sort((a, b) => a.weekday - b.weekday || a.starts_at.localeCompare(b.starts_at))
    .map((shift) => ({ weekday: shift.weekday, from: shift.starts_at, to: shift.ends_at }))

/** Weekly shifts, edited per branch; saving replaces that branch's week. */
export const StaffScheduleSection = ({ member }: { member: StaffMember }) => {
  const schedule = useStaffSchedule(member.id)
  const branches = useBranches({ limit: 100 })
  const memberBranches = (branches.data?.branches ?? []).filter((branch) =>
    (member.branch_ids ?? []).includes(branch.id)
  )
  const [tab, setTab] = useState<string | undefined>(undefined)
  const active = memberBranches.find((branch) => branch.id === tab) ?? memberBranches[0]

  return (
    <Section
      title="Weekly schedule"
      description="Shifts in each branch's wall time. Outside them the staff member cannot be booked."
    >
      {(schedule.isLoading || branches.isLoading) && <LoadingState />}
      {schedule.error && <ErrorState error={schedule.error} onRetry={() => schedule.refetch()} />}
      {schedule.data && branches.data && !memberBranches.length && (
        <EmptyState
          title="Not assigned to a branch"
          description="Add a branch under Branches & services, then set the shifts there."
        />
      )}
      {schedule.data && active && (
        <Tabs value={active.id} onValueChange={setTab}>
          {memberBranches.length > 1 && (
            <div className="px-6 pt-4">
              <Tabs.List>
                {memberBranches.map((branch) => (
                  <Tabs.Trigger key={branch.id} value={branch.id}>
                    {branch.name}
                  </Tabs.Trigger>
                ))}
              </Tabs.List>
            </div>
          )}
          {memberBranches.map((branch) => (
            <Tabs.Content key={branch.id} value={branch.id}>
              <BranchShiftsEditor
                memberId={member.id}
                branch={branch}
                shifts={schedule.data.schedule.weekly}
              />
            </Tabs.Content>
          ))}
        </Tabs>
      )}
    </Section>
  )
}

const BranchShiftsEditor = ({
  memberId,
  branch,
  shifts,
}: {
  memberId: string
  branch: Branch
  shifts: WeeklyShift[]
}) => {
  const week = useDraft(shiftsToIntervals(shifts, branch.id))
  const save = useSetStaffSchedule(memberId)
  const submit = () =>
    save.mutate(
      {
        branch_id: branch.id,
        shifts: week.draft.map((interval) => ({
          weekday: interval.weekday,
          starts_at: interval.from,
          ends_at: interval.to,
        })),
      },
      toastOutcome(`Schedule at ${branch.name} saved`, "Could not save the schedule")
    )

  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Text size="xsmall" className="text-ui-fg-subtle">
          {branch.name} ({branch.timezone}) is open {summarizeOpeningHours(branch.opening_hours)}
        </Text>
        <div className="flex gap-x-2">
          <DraftActions
            dirty={week.dirty}
            invalid={weeklyIssues(week.draft).size > 0}
            isSaving={save.isPending}
            onReset={week.reset}
            onSave={submit}
            saveLabel="Save schedule"
          />
        </div>
      </div>
      <WeeklyHoursEditor value={week.draft} onChange={week.setDraft} emptyLabel="Day off" />
    </div>
  )
}

/** Time off and extra shifts on given dates. */
export const StaffExceptionsSection = ({ member }: { member: StaffMember }) => {
  const confirm = useConfirm()
  const schedule = useStaffSchedule(member.id)
  const branches = useBranches({ limit: 100 })
  const remove = useDeleteScheduleException(member.id)
  const [showPast, setShowPast] = useState(false)
  // Exception dates are branch-local; the browser's date is close enough to hide old ones.
  const today = dateToLocalString(new Date())
  const branchNames = Object.fromEntries(
    (branches.data?.branches ?? []).map((branch) => [branch.id, branch.name])
  )
  const exceptions = (schedule.data?.schedule.exceptions ?? []).filter(
    (exception) => showPast || exception.date >= today
  )

  const removeException = (id: string, label: string) =>
    confirm(
      {
        title: "Remove this entry?",
        description: label,
        confirmText: "Remove",
        cancelText: "Keep",
      },
      () => remove.mutate(id, toastOutcome("Removed", "Could not remove"))
    )

  return (
    <Section
      title="Time off & extra shifts"
      description="Time off over booked appointments is refused; move those appointments first."
      actions={
        <div className="flex items-center gap-x-2">
          <Switch
            className="shrink-0"
            id="show-past-exceptions"
            checked={showPast}
            onCheckedChange={setShowPast}
          />
          <Label htmlFor="show-past-exceptions" size="small">
            Show past
          </Label>
        </div>
      }
    >
      {schedule.isLoading && <LoadingState />}
      {schedule.error && <ErrorState error={schedule.error} onRetry={() => schedule.refetch()} />}
      {schedule.data && !exceptions.length && (
        <EmptyState title={showPast ? "Nothing recorded" : "Nothing upcoming"} />
      )}
      {exceptions.length > 0 && (
        <div className="divide-y">
          {exceptions.map((exception) => {
            const when =
              exception.starts_at && exception.ends_at
                ? `${exception.starts_at}–${exception.ends_at}`
                : "whole day"
            const label = `${exception.kind === "time_off" ? "Time off" : "Extra shift"} on ${formatDate(exception.date)}, ${when}`
            return (
              <div
                key={exception.id}
                className="flex items-center justify-between gap-x-4 px-6 py-3"
              >
                <div className={exception.date < today ? "opacity-60" : ""}>
                  <div className="flex items-center gap-x-2">
                    <Badge size="2xsmall" color={exception.kind === "time_off" ? "orange" : "blue"}>
                      {exception.kind === "time_off" ? "Time off" : "Extra shift"}
                    </Badge>
                    <Text size="small" weight="plus">
                      {formatDate(exception.date)} · {when}
                    </Text>
                  </div>
                  <Text size="small" className="text-ui-fg-subtle">
                    {[
                      exception.branch_id
                        ? `at ${branchNames[exception.branch_id] ?? "a branch"}`
                        : null,
                      exception.reason,
                    ]
                      .filter(Boolean)
                      .join(" · ") || "No reason given"}
                  </Text>
                </div>
                <IconButton
                  size="small"
                  variant="transparent"
                  aria-label={`Remove ${label}`}
                  disabled={remove.isPending}
                  onClick={() => removeException(exception.id, label)}
                >
                  <Trash />
                </IconButton>
              </div>
            )
          })}
        </div>
      )}
      <AddExceptionForm member={member} branches={branches.data?.branches ?? []} today={today} />
    </Section>
  )
}

const EXCEPTION_KINDS: Record<ScheduleExceptionKind, string> = {
  time_off: "Time off",
  extra_shift: "Extra shift",
}

const AddExceptionForm = ({
  member,
  branches,
  today,
}: {
  member: StaffMember
  branches: Branch[]
  today: string
}) => {
  const memberBranches = branches.filter((branch) => (member.branch_ids ?? []).includes(branch.id))
  const [kind, setKind] = useState<ScheduleExceptionKind>("time_off")
  const [date, setDate] = useState("")
  const [wholeDay, setWholeDay] = useState(true)
  const [startsAt, setStartsAt] = useState("10:00")
  const [endsAt, setEndsAt] = useState("14:00")
  const [branchId, setBranchId] = useState("")
  const [reason, setReason] = useState("")
  const [formError, setFormError] = useState<string | null>(null)
  const create = useCreateScheduleException(member.id)
  const timed = kind === "extra_shift" || !wholeDay

  const submit = () => {
    if (!date) return setFormError("Choose a date")
    if (timed && (!startsAt || !endsAt)) return setFormError("Give both times")
    if (timed && endsAt <= startsAt) return setFormError("The end must be after the start")
    const branch = branchId || memberBranches[0]?.id
    if (kind === "extra_shift" && !branch) return setFormError("An extra shift needs a branch")
    setFormError(null)
    create.mutate(
      {
        kind,
        date,
        starts_at: timed ? startsAt : null,
        ends_at: timed ? endsAt : null,
        branch_id: kind === "extra_shift" ? branch : null,
        reason: reason.trim() || null,
      },
      toastOutcome(
        kind === "time_off" ? "Time off recorded" : "Extra shift added",
        "Could not save",
        () => {
          setDate("")
          setReason("")
        }
      )
    )
  }

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <Text size="small" weight="plus">
        Add time off or an extra shift
      </Text>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        <Field label="Kind">
          <OptionSelect
            value={kind}
            onValueChange={(value) => setKind(value as ScheduleExceptionKind)}
            options={labelOptions(EXCEPTION_KINDS)}
          />
        </Field>
        <Field label="Date">
          <LocalDatePicker
            aria-label="Exception date"
            value={date}
            min={today}
            onChange={setDate}
          />
        </Field>
        {kind === "extra_shift" ? (
          <Field label="Branch">
            <OptionSelect
              value={branchId || memberBranches[0]?.id || ""}
              onValueChange={setBranchId}
              placeholder="Choose a branch"
              options={memberBranches.map((branch) => ({ value: branch.id, label: branch.name }))}
            />
          </Field>
        ) : (
          <div className="flex items-end gap-x-2 pb-2">
            <Checkbox
              id="exception-whole-day"
              checked={wholeDay}
              onCheckedChange={(checked) => setWholeDay(checked === true)}
            />
            <Label htmlFor="exception-whole-day" size="small">
              Whole day (at every branch)
            </Label>
          </div>
        )}
      </div>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        {timed && (
          <>
            <TextField
              label="From"
              id="exception-from"
              type="time"
              value={startsAt}
              onChange={setStartsAt}
            />
            <TextField
              label="To"
              id="exception-to"
              type="time"
              value={endsAt}
              onChange={setEndsAt}
            />
          </>
        )}
        <TextField
          label="Reason"
          optional
          id="exception-reason"
          maxLength={200}
          value={reason}
          onChange={setReason}
        />
      </div>
      {formError && (
        <Text size="small" className="text-ui-fg-error">
          {formError}
        </Text>
      )}
      <div className="flex items-center justify-between">
        <Text size="xsmall" className="text-ui-fg-muted">
          Times are the branch&apos;s wall time.{" "}
          <Link to="/calendar" className="text-ui-fg-interactive">
            Check the calendar
          </Link>{" "}
          for appointments that day.
        </Text>
        <Button size="small" variant="secondary" isLoading={create.isPending} onClick={submit}>
          Add
        </Button>
      </div>
    </div>
  )
}
