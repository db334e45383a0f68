import { StarSolid } from "@medusajs/icons"
import {
  Badge,
  Button,
  Drawer,
  Heading,
  Input,
  Text,
  Textarea,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import {
  useAppointment,
  useAppointmentAction,
  useCancelAppointment,
  useRescheduleAppointment,
} from "../../hooks/api/appointments"
import { useAvailability } from "../../hooks/api/availability"
import { useStaffMembers } from "../../hooks/api/staff-members"
import {
  STATUS_ACTIONS,
  SOURCE_LABELS,
  type StatusAction,
  canChangeBooking,
  customerName,
} from "../../lib/appointment-status"
import { errorMessage } from "../../lib/errors"
import {
  addDays,
  formatDate,
  formatDateTime,
  formatRange,
  todayIn,
  zonedParts,
  zonedToIso,
} from "../../lib/time"
import type { Appointment, AppointmentItem } from "../../../types/booking/http"
import { AppointmentStatusBadge } from "../appointments/appointment-status-badge"
import { AppointmentCommission } from "../commissions/attribution"
import { Field } from "../common/field"
import { LocalDatePicker } from "../common/local-date-picker"
import { NoneSelect } from "../common/none-select"
import { ErrorState, LoadingState } from "../common/page-states"
import { SlotPicker, staffOption } from "./slot-picker"

type Panel = "none" | "move" | "cancel"

/** Details of one appointment with its status actions, moving and canceling. */
export const AppointmentDrawer = ({
  appointmentId,
  onClose,
}: {
  appointmentId: string | null
  onClose: () => void
}) => (
  <Drawer open={!!appointmentId} onOpenChange={(open) => !open && onClose()}>
    <Drawer.Content>
      {appointmentId && <AppointmentDrawerContent id={appointmentId} onClose={onClose} />}
    </Drawer.Content>
  </Drawer>
)

const AppointmentDrawerContent = ({ id, onClose }: { id: string; onClose: () => void }) => {
  const { data, isLoading, error, refetch } = useAppointment(id)
  const [panel, setPanel] = useState<Panel>("none")
  const appointment = data?.appointment

  return (
    <>
      <Drawer.Header>
        <div className="flex items-center gap-x-3">
          <Drawer.Title>
            {appointment ? `Appointment #${appointment.display_id}` : "Appointment"}
          </Drawer.Title>
          {appointment && <AppointmentStatusBadge status={appointment.status} />}
        </div>
        <Drawer.Description className="sr-only">
          Details and actions for this appointment
        </Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
        {isLoading && <LoadingState />}
        {error && <ErrorState error={error} onRetry={() => refetch()} />}
        {appointment && (
          <>
            <StatusActions appointment={appointment} panel={panel} setPanel={setPanel} />
            {panel === "move" && (
              <ReschedulePanel appointment={appointment} onDone={() => setPanel("none")} />
            )}
            {panel === "cancel" && (
              <CancelPanel appointment={appointment} onDone={() => setPanel("none")} />
            )}
            <AppointmentSummary appointment={appointment} />
            <AppointmentCommission appointment={appointment} />
          </>
        )}
      </Drawer.Body>
      <Drawer.Footer>
        <Button variant="secondary" size="small" onClick={onClose}>
          Close
        </Button>
      </Drawer.Footer>
    </>
  )
}

const StatusActions = ({
  appointment,
  panel,
  setPanel,
}: {
  appointment: Appointment
  panel: Panel
  setPanel: (panel: Panel) => void
}) => {
  const prompt = usePrompt()
  const mutation = useAppointmentAction(appointment.id)
  const [running, setRunning] = useState<StatusAction | null>(null)
  const started = Date.parse(appointment.starts_at) <= Date.now()
  const available = STATUS_ACTIONS.filter((entry) => entry.from.includes(appointment.status))
  const changeable = canChangeBooking(appointment.status)

  const run = async ({ action, label, done }: (typeof STATUS_ACTIONS)[number]) => {
    if (action === "no-show") {
      const confirmed = await prompt({
        title: "Mark as a no-show?",
        description: `${customerName(appointment.customer)} did not come to appointment #${appointment.display_id}. This frees the staff member and room.`,
        confirmText: "Mark as no-show",
        cancelText: "Back",
      })
      if (!confirmed) return
    }
    setRunning(action)
    mutation.mutate(action, {
      onSuccess: ({ appointment: updated }) =>
        toast.success(`Appointment #${updated.display_id} ${done}`),
      onError: (error) =>
        toast.error(`Could not ${label.toLowerCase()}`, { description: errorMessage(error) }),
      onSettled: () => setRunning(null),
    })
  }

  if (!available.length && !changeable) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        This appointment is {appointment.status.replace("_", " ")}; nothing more to do.
      </Text>
    )
  }
  return (
    <div className="flex flex-col gap-y-2">
      <div className="flex flex-wrap gap-2">
        {available.map((entry) => (
          <Button
            key={entry.action}
            size="small"
            variant={entry.action === "no-show" ? "secondary" : "primary"}
            isLoading={running === entry.action}
            disabled={!!running || (entry.action === "no-show" && !started)}
            title={
              entry.action === "no-show" && !started
                ? "A no-show can be recorded once the start time has passed"
                : undefined
            }
            onClick={() => run(entry)}
          >
            {entry.label}
          </Button>
        ))}
        {changeable && (
          <>
            <Button
              size="small"
              variant="secondary"
              disabled={!!running}
              onClick={() => setPanel(panel === "move" ? "none" : "move")}
            >
              Move
            </Button>
            <Button
              size="small"
              variant="danger"
              disabled={!!running}
              onClick={() => setPanel(panel === "cancel" ? "none" : "cancel")}
            >
              Cancel appointment
            </Button>
          </>
        )}
      </div>
      {available.some((entry) => entry.action === "no-show") && !started && (
        <Text size="xsmall" className="text-ui-fg-muted">
          No-show becomes available once the start time has passed.
        </Text>
      )}
    </div>
  )
}

const CancelPanel = ({ appointment, onDone }: { appointment: Appointment; onDone: () => void }) => {
  const [reason, setReason] = useState("")
  const cancel = useCancelAppointment(appointment.id)
  const submit = () =>
    cancel.mutate(
      { reason: reason.trim() || null },
      {
        onSuccess: ({ appointment: updated }) => {
          toast.success(`Appointment #${updated.display_id} canceled`, {
            description: updated.is_late_cancellation
              ? "Recorded as a late cancellation."
              : undefined,
          })
          onDone()
        },
        onError: (error) => toast.error("Could not cancel", { description: errorMessage(error) }),
      }
    )
  return (
    <div className="bg-ui-bg-subtle flex flex-col gap-y-3 rounded-lg border p-4">
      <Heading level="h3">Cancel appointment #{appointment.display_id}</Heading>
      <Field
        label="Reason"
        optional
        htmlFor="cancel-reason"
        hint="Kept with the appointment; the customer is notified of the cancellation."
      >
        <Textarea
          id="cancel-reason"
          value={reason}
          maxLength={500}
          onChange={(event) => setReason(event.target.value)}
          placeholder="e.g. Customer called, feeling unwell"
        />
      </Field>
      <div className="flex justify-end gap-x-2">
        <Button size="small" variant="secondary" onClick={onDone}>
          Keep it
        </Button>
        <Button size="small" variant="danger" isLoading={cancel.isPending} onClick={submit}>
          Cancel appointment
        </Button>
      </div>
    </div>
  )
}

const ReschedulePanel = ({
  appointment,
  onDone,
}: {
  appointment: Appointment
  onDone: () => void
}) => {
  const timeZone = appointment.branch?.timezone ?? "UTC"
  const branchId = appointment.branch?.id ?? appointment.branch_id ?? ""
  const items = [...appointment.items].sort((a, b) => a.position - b.position)
  const current = zonedParts(appointment.starts_at, timeZone)
  const today = todayIn(timeZone)
  const [date, setDate] = useState(current.date < today ? today : current.date)
  const [time, setTime] = useState(current.time)
  const [staff, setStaff] = useState<Record<number, string>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const reschedule = useRescheduleAppointment(appointment.id)

  // "" (or nothing) keeps the item's staff member.
  const singleStaff = items.length === 1 && staff[0] ? staff[0] : undefined
  const availability = useAvailability(
    {
      branch_id: branchId,
      salon_service_id: items.map((item) => item.salon_service_id),
      staff_member_id: singleStaff,
      from: date,
      to: date,
      exclude_appointment_id: appointment.id,
    },
    { enabled: !!branchId && !!date }
  )

  const submit = () => {
    if (!date || !/^\d{2}:\d{2}$/.test(time)) {
      setFormError("Choose a date and a start time.")
      return
    }
    setFormError(null)
    const changed = items.some((_, index) => staff[index])
    reschedule.mutate(
      {
        starts_at: zonedToIso(date, time, timeZone),
        items: changed
          ? items.map((_, index) => (staff[index] ? { staff_member_id: staff[index] } : {}))
          : undefined,
      },
      {
        onSuccess: ({ appointment: updated }) => {
          toast.success(`Appointment #${updated.display_id} moved`, {
            description: formatDateTime(updated.starts_at, timeZone),
          })
          onDone()
        },
        onError: (error) => toast.error("Could not move", { description: errorMessage(error) }),
      }
    )
  }

  return (
    <div className="bg-ui-bg-subtle flex flex-col gap-y-4 rounded-lg border p-4">
      <div>
        <Heading level="h3">Move appointment #{appointment.display_id}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Times are {timeZone} wall time. Staff members stay where they are free; one the customer
          did not ask for may be replaced when busy.
        </Text>
      </div>
      <div className="grid grid-cols-2 gap-3">
        <Field label="Date">
          <LocalDatePicker aria-label="New date" value={date} min={today} onChange={setDate} />
        </Field>
        <Field label="Start time" htmlFor="move-time">
          <Input
            id="move-time"
            size="small"
            type="time"
            step={300}
            value={time}
            onChange={(event) => setTime(event.target.value)}
          />
        </Field>
      </div>
      {items.map((item, index) => (
        <ItemStaffSelect
          key={item.id}
          branchId={branchId}
          item={item}
          label={items.length > 1 ? `Staff for ${item.service_name}` : "Staff member"}
          value={staff[index] ?? ""}
          onChange={(value) => setStaff((prev) => ({ ...prev, [index]: value }))}
        />
      ))}
      <SlotPicker
        date={date}
        slots={availability.data?.availability.slots ?? []}
        isSelected={(slot) => slot.local_time === time}
        onSelect={(slot) => setTime(slot.local_time)}
        isLoading={availability.isLoading}
        error={availability.error}
        emptyText="No free start that day. You can still try a time; the server checks it."
      />
      {formError && (
        <Text size="small" className="text-ui-fg-error">
          {formError}
        </Text>
      )}
      <div className="flex justify-between gap-x-2">
        <Button size="small" variant="transparent" onClick={() => setDate(addDays(date, 1))}>
          Next day
        </Button>
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" onClick={onDone}>
            Back
          </Button>
          <Button size="small" isLoading={reschedule.isPending} onClick={submit}>
            Move to {date ? formatDate(date) : "…"} {time}
          </Button>
        </div>
      </div>
    </div>
  )
}

/** Staff at the branch who can perform the item's service, or keep the current one. */
const ItemStaffSelect = ({
  branchId,
  item,
  label,
  value,
  onChange,
}: {
  branchId: string
  item: AppointmentItem
  label: string
  value: string
  onChange: (value: string) => void
}) => {
  const { data } = useStaffMembers(
    { branch_id: branchId, salon_service_id: item.salon_service_id, is_active: true, limit: 100 },
    { enabled: !!branchId }
  )
  return (
    <Field label={label}>
      <NoneSelect
        value={value}
        onChange={onChange}
        noneLabel={`Keep ${item.staff_member?.name ?? "current staff member"}`}
        options={(data?.staff_members ?? [])
          .filter((member) => member.id !== item.staff_member_id)
          .map(staffOption)}
      />
    </Field>
  )
}

const Row = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div className="grid grid-cols-[140px_1fr] gap-x-4 py-2">
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <div className="text-ui-fg-base txt-small min-w-0 break-words">{children}</div>
  </div>
)

const AppointmentSummary = ({ appointment }: { appointment: Appointment }) => {
  const timeZone = appointment.branch?.timezone ?? "UTC"
  const items = [...appointment.items].sort((a, b) => a.position - b.position)
  const local = zonedParts(appointment.starts_at, timeZone)
  const history = (
    [
      ["Booked", appointment.created_at ?? null],
      ["Confirmed", appointment.confirmed_at],
      ["Checked in", appointment.checked_in_at],
      ["Started", appointment.started_at],
      ["Completed", appointment.completed_at],
      ["Canceled", appointment.canceled_at],
      ["No-show", appointment.no_show_at],
    ] as [string, string | null | undefined][]
  ).filter((entry): entry is [string, string] => !!entry[1])

  return (
    <div className="flex flex-col gap-y-6">
      <div className="divide-y">
        <Row label="Customer">
          <div className="flex flex-col">
            <Link
              to={`/customers/${appointment.customer_id}`}
              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover font-medium"
            >
              {customerName(appointment.customer)}
            </Link>
            {appointment.customer?.email && (
              <span className="text-ui-fg-subtle">{appointment.customer.email}</span>
            )}
            {appointment.customer?.phone && (
              <span className="text-ui-fg-subtle">{appointment.customer.phone}</span>
            )}
          </div>
        </Row>
        <Row label="When">
          {formatDate(local.date, "long")},{" "}
          {formatRange(appointment.starts_at, appointment.ends_at, timeZone)}
          <span className="text-ui-fg-muted"> ({timeZone})</span>
        </Row>
        <Row label="Branch">{appointment.branch?.name ?? "—"}</Row>
        <Row label="Source">{SOURCE_LABELS[appointment.source] ?? appointment.source}</Row>
        {appointment.notes && <Row label="Customer note">{appointment.notes}</Row>}
        {appointment.internal_note && <Row label="Internal note">{appointment.internal_note}</Row>}
        {appointment.status === "canceled" && (
          <Row label="Cancellation">
            {appointment.cancellation_reason || "No reason given"}
            {appointment.canceled_by && ` · by ${appointment.canceled_by}`}
            {appointment.is_late_cancellation && (
              <Badge size="2xsmall" color="orange" className="ml-2">
                Late
              </Badge>
            )}
          </Row>
        )}
      </div>

      <div className="flex flex-col gap-y-2">
        <Heading level="h3">Services</Heading>
        {items.map((item) => (
          <div
            key={item.id}
            className="bg-ui-bg-subtle flex flex-col gap-y-0.5 rounded-md border px-3 py-2"
          >
            <div className="flex items-center justify-between gap-x-2">
              <Text size="small" weight="plus">
                {item.service_name}
              </Text>
              <Text size="small" className="text-ui-fg-subtle tabular-nums">
                {formatRange(item.starts_at, item.ends_at, timeZone)}
              </Text>
            </div>
            <Text size="small" className="text-ui-fg-subtle flex items-center gap-x-1">
              {item.staff_member?.name ?? "Staff member"}
              {item.is_designated && (
                <span className="text-ui-tag-orange-icon inline-flex items-center gap-x-0.5">
                  <StarSolid className="h-3 w-3" /> requested
                </span>
              )}
              <span>· {item.room?.name ?? "no room needed"}</span>
            </Text>
          </div>
        ))}
      </div>

      {history.length > 0 && (
        <div className="flex flex-col gap-y-1">
          <Heading level="h3">History</Heading>
          {history.map(([label, instant]) => (
            <Text key={label} size="small" className="text-ui-fg-subtle">
              {label}: {formatDateTime(instant, timeZone)}
            </Text>
          ))}
        </div>
      )}
    </div>
  )
}
