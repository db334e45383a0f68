import { ChevronLeft, ChevronRight, Trash, XMark } from "@medusajs/icons"
import {
  Button,
  Checkbox,
  FocusModal,
  Heading,
  IconButton,
  Input,
  Label,
  Select,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useBookAppointment } from "../../hooks/api/appointments"
import { useAvailability } from "../../hooks/api/availability"
import { useCustomerSearch } from "../../hooks/api/core-resources"
import { useSalonServices } from "../../hooks/api/salon-services"
import { useStaffMembers } from "../../hooks/api/staff-members"
import { SOURCE_LABELS, customerName } from "../../lib/appointment-status"
import { errorMessage } from "../../lib/errors"
import { newIdempotencyKey } from "../../lib/idempotency"
import {
  addDays,
  formatDate,
  formatDateTime,
  formatMinutes,
  formatRange,
  todayIn,
} from "../../lib/time"
import type { Appointment, AppointmentSource, Branch } from "../../../types/booking/http"
import { useDebouncedValue } from "../../lib/use-debounced-value"
import { Field } from "../common/field"
import { LocalDatePicker } from "../common/local-date-picker"
import { OptionSelect } from "../forms/option-select"
import { NoneSelect } from "../common/none-select"
import { SlotPicker, staffOption } from "./slot-picker"

type PickedCustomer = {
  id: string
  first_name: string | null
  last_name: string | null
  email: string | null
  phone?: string | null
}

/** Front-desk booking: customer, services in order, optional staff, a free slot. */
export const NewAppointmentModal = ({
  open,
  onOpenChange,
  branches,
  defaultBranchId,
  defaultDate,
  onBooked,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  branches: Branch[]
  defaultBranchId: string
  defaultDate: string
  onBooked: (appointment: Appointment) => void
}) => (
  <FocusModal open={open} onOpenChange={onOpenChange}>
    <FocusModal.Content>
      {/* Mounted per opening, so each dialog gets a fresh form and idempotency key. */}
      {open && (
        <NewAppointmentForm
          branches={branches}
          defaultBranchId={defaultBranchId}
          defaultDate={defaultDate}
          onBooked={(appointment) => {
            onBooked(appointment)
            onOpenChange(false)
          }}
        />
      )}
    </FocusModal.Content>
  </FocusModal>
)

const NewAppointmentForm = ({
  branches,
  defaultBranchId,
  defaultDate,
  onBooked,
}: {
  branches: Branch[]
  defaultBranchId: string
  defaultDate: string
  onBooked: (appointment: Appointment) => void
}) => {
  // One key per dialog: a double click or a retry after a timeout cannot book twice.
  const [idempotencyKey] = useState(newIdempotencyKey)
  const [branchId, setBranchId] = useState(defaultBranchId)
  const branch = branches.find((candidate) => candidate.id === branchId)
  const timeZone = branch?.timezone ?? "UTC"
  const today = todayIn(timeZone)
  const [customer, setCustomer] = useState<PickedCustomer | null>(null)
  const [serviceIds, setServiceIds] = useState<string[]>([])
  // "" lets the system pick any qualified staff member.
  const [staffFilter, setStaffFilter] = useState("")
  const [date, setDate] = useState(defaultDate < today ? today : defaultDate)
  const [slotStart, setSlotStart] = useState<string | null>(null)
  const [itemStaff, setItemStaff] = useState<Record<number, string>>({})
  const [designated, setDesignated] = useState<Record<number, boolean>>({})
  const [source, setSource] = useState<AppointmentSource>("front_desk")
  const [notes, setNotes] = useState("")
  const [internalNote, setInternalNote] = useState("")
  const [showErrors, setShowErrors] = useState(false)

  const services = useSalonServices({ is_active: true, limit: 200 })
  const staff = useStaffMembers(
    { branch_id: branchId, is_active: true, limit: 200 },
    { enabled: !!branchId }
  )
  const qualifiedStaff = (staff.data?.staff_members ?? []).filter((member) =>
    serviceIds.every((id) => member.salon_service_ids.includes(id))
  )
  const availability = useAvailability(
    {
      branch_id: branchId,
      salon_service_id: serviceIds,
      staff_member_id: staffFilter || undefined,
      from: date,
      to: date,
    },
    { enabled: !!branchId && serviceIds.length > 0 && !!date }
  )
  const slots = availability.data?.availability.slots ?? []
  const slot = slots.find((candidate) => candidate.starts_at === slotStart) ?? null
  const staffNames = useMemo(
    () =>
      Object.fromEntries(
        [
          ...(staff.data?.staff_members ?? []),
          ...(availability.data?.availability.staff_members ?? []),
        ].map((member) => [member.id, member.name])
      ),
    [staff.data, availability.data]
  )
  const serviceById = useMemo(
    () => new Map((services.data?.salon_services ?? []).map((service) => [service.id, service])),
    [services.data]
  )

  // Anything that changes the search invalidates the chosen slot and per-service staff.
  const resetSlot = () => {
    setSlotStart(null)
    setItemStaff({})
    setDesignated({})
  }

  const book = useBookAppointment()
  const errors = {
    customer: customer ? null : "Choose the customer",
    services: serviceIds.length ? null : "Add at least one service",
    slot: slot ? null : "Choose a free start",
  }

  const staffFor = (index: number) => itemStaff[index] || staffFilter || null

  const submit = () => {
    setShowErrors(true)
    if (!customer || !slot || !serviceIds.length) return
    book.mutate(
      {
        idempotency_key: idempotencyKey,
        customer_id: customer.id,
        branch_id: branchId,
        starts_at: slot.starts_at,
        source,
        notes: notes.trim() || null,
        internal_note: internalNote.trim() || null,
        items: serviceIds.map((salonServiceId, index) => {
          const staffMemberId = staffFor(index)
          return {
            salon_service_id: salonServiceId,
            staff_member_id: staffMemberId,
            // A named staff member counts as requested unless the desk unticks it.
            is_designated: staffMemberId ? (designated[index] ?? true) : false,
          }
        }),
      },
      {
        onSuccess: ({ appointment }) => {
          toast.success(`Booked #${appointment.display_id}`, {
            description: `${customerName(customer)} · ${formatDateTime(appointment.starts_at, timeZone)}`,
          })
          onBooked(appointment)
        },
        onError: (error) => {
          toast.error("Could not book", { description: errorMessage(error) })
          // The slot may have just been taken: show what is free now.
          void availability.refetch()
        },
      }
    )
  }

  return (
    <>
      <FocusModal.Header>
        <div className="flex items-center gap-x-2">
          <Button size="small" isLoading={book.isPending} onClick={submit}>
            Book appointment
          </Button>
        </div>
      </FocusModal.Header>
      <FocusModal.Body className="overflow-y-auto">
        <div className="mx-auto flex w-full max-w-[1100px] flex-col gap-y-6 px-6 py-8">
          <div>
            <FocusModal.Title asChild>
              <Heading level="h1">New appointment</Heading>
            </FocusModal.Title>
            <FocusModal.Description asChild>
              <Text size="small" className="text-ui-fg-subtle">
                Times are the branch&apos;s wall time ({timeZone}). Leave staff open to let the
                system pick the least busy qualified staff member and a free room.
              </Text>
            </FocusModal.Description>
          </div>
          <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
            <div className="flex flex-col gap-y-5">
              <CustomerPicker
                value={customer}
                onChange={setCustomer}
                error={showErrors ? errors.customer : null}
              />
              <Field label="Branch">
                <OptionSelect
                  value={branchId}
                  onValueChange={(value) => {
                    setBranchId(value)
                    setStaffFilter("")
                    resetSlot()
                  }}
                  placeholder="Choose a branch"
                  options={branches.map((candidate) => ({
                    value: candidate.id,
                    label: candidate.name,
                  }))}
                />
              </Field>
              <Field
                label="Services"
                hint="In the order they are performed; the next starts when the previous one ends."
                error={showErrors ? errors.services : null}
              >
                <div className="flex flex-col gap-y-2">
                  {serviceIds.map((id, index) => {
                    const service = serviceById.get(id)
                    return (
                      <div
                        key={`${id}-${index}`}
                        className="bg-ui-bg-subtle flex items-center justify-between gap-x-2 rounded-md border px-3 py-1.5"
                      >
                        <Text size="small">
                          {index + 1}. {service?.name ?? id}
                          {service && (
                            <span className="text-ui-fg-subtle">
                              {" "}
                              ·{" "}
                              {formatMinutes(service.duration_minutes + service.processing_minutes)}
                            </span>
                          )}
                        </Text>
                        <IconButton
                          size="small"
                          variant="transparent"
                          aria-label={`Remove ${service?.name ?? "service"}`}
                          onClick={() => {
                            setServiceIds(serviceIds.filter((_, i) => i !== index))
                            resetSlot()
                          }}
                        >
                          <Trash />
                        </IconButton>
                      </div>
                    )
                  })}
                  <Select
                    size="small"
                    value=""
                    onValueChange={(value) => {
                      if (serviceIds.length >= 6) return
                      setServiceIds([...serviceIds, value])
                      resetSlot()
                    }}
                  >
                    <Select.Trigger>
                      <Select.Value
                        placeholder={
                          services.isLoading
                            ? "Loading services…"
                            : serviceIds.length
                              ? "Add another service"
                              : "Add a service"
                        }
                      />
                    </Select.Trigger>
                    <Select.Content>
                      {(services.data?.salon_services ?? []).map((service) => (
                        <Select.Item key={service.id} value={service.id}>
                          {service.name} · {formatMinutes(service.duration_minutes)}
                          {service.category ? ` · ${service.category}` : ""}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                  {services.error && (
                    <Text size="small" className="text-ui-fg-error">
                      {errorMessage(services.error)}
                    </Text>
                  )}
                </div>
              </Field>
              <Field
                label="Staff member"
                optional
                hint={
                  serviceIds.length
                    ? `${qualifiedStaff.length} qualified for ${serviceIds.length > 1 ? "all these services" : "this service"} at this branch`
                    : "Choose services first to see who is qualified"
                }
              >
                <NoneSelect
                  value={staffFilter}
                  onChange={(value) => {
                    setStaffFilter(value)
                    resetSlot()
                  }}
                  noneLabel="Any qualified staff member"
                  options={qualifiedStaff.map(staffOption)}
                />
              </Field>
              <div className="grid grid-cols-2 gap-4">
                <Field label="Source">
                  <OptionSelect
                    value={source}
                    onValueChange={(value) => setSource(value as AppointmentSource)}
                    options={(["front_desk", "phone", "walk_in"] as const).map((value) => ({
                      value,
                      label: SOURCE_LABELS[value],
                    }))}
                  />
                </Field>
              </div>
              <Field
                label="Note from the customer"
                optional
                htmlFor="appointment-notes"
                hint="The customer can see this note."
              >
                <Textarea
                  id="appointment-notes"
                  value={notes}
                  maxLength={1000}
                  onChange={(event) => setNotes(event.target.value)}
                />
              </Field>
              <Field
                label="Internal note"
                optional
                htmlFor="appointment-internal-note"
                hint="Staff only."
              >
                <Textarea
                  id="appointment-internal-note"
                  value={internalNote}
                  maxLength={2000}
                  onChange={(event) => setInternalNote(event.target.value)}
                />
              </Field>
            </div>

            <div className="flex flex-col gap-y-5">
              <Field label="Date">
                <div className="flex items-center gap-x-2">
                  <IconButton
                    size="small"
                    variant="transparent"
                    aria-label="Previous day"
                    disabled={date <= today}
                    onClick={() => {
                      setDate(addDays(date, -1))
                      resetSlot()
                    }}
                  >
                    <ChevronLeft />
                  </IconButton>
                  <LocalDatePicker
                    aria-label="Appointment date"
                    className="flex-1"
                    value={date}
                    min={today}
                    onChange={(value) => {
                      setDate(value)
                      resetSlot()
                    }}
                  />
                  <IconButton
                    size="small"
                    variant="transparent"
                    aria-label="Next day"
                    onClick={() => {
                      setDate(addDays(date, 1))
                      resetSlot()
                    }}
                  >
                    <ChevronRight />
                  </IconButton>
                </div>
              </Field>
              <SlotPicker
                grouped
                date={date}
                slots={slots}
                isSelected={(candidate) => candidate.starts_at === slotStart}
                onSelect={(candidate) => {
                  setSlotStart(candidate.starts_at)
                  setItemStaff({})
                  setDesignated({})
                }}
                isLoading={availability.isFetching && !availability.data}
                error={availability.error}
                emptyText="Nothing free that day for these services. Try another day or staff member."
                waitingFor={
                  !serviceIds.length
                    ? "Add a service to see free starts."
                    : !date
                      ? "Choose a date."
                      : null
                }
                validation={showErrors ? errors.slot : null}
              />
              {slot && (
                <div className="flex flex-col gap-y-3 rounded-lg border p-4">
                  <Heading level="h3">
                    {formatDate(slot.local_date)} ·{" "}
                    {formatRange(slot.starts_at, slot.ends_at, timeZone)}
                  </Heading>
                  {slot.items.map((item, index) => {
                    const service = serviceById.get(item.salon_service_id)
                    const chosen = staffFor(index)
                    return (
                      <div
                        key={index}
                        className="flex flex-col gap-y-2 border-t pt-3 first:border-t-0 first:pt-0"
                      >
                        <Text size="small" weight="plus">
                          {service?.name ?? item.salon_service_id} ·{" "}
                          {formatRange(item.starts_at, item.ends_at, timeZone)}
                        </Text>
                        {!staffFilter ? (
                          <NoneSelect
                            value={itemStaff[index] ?? ""}
                            onChange={(value) =>
                              setItemStaff((prev) => ({ ...prev, [index]: value }))
                            }
                            noneLabel={`Any free: ${item.staff_member_ids
                              .map((id) => staffNames[id] ?? id)
                              .join(", ")}`}
                            options={item.staff_member_ids.map((id) => ({
                              value: id,
                              label: staffNames[id] ?? id,
                            }))}
                          />
                        ) : (
                          <Text size="small" className="text-ui-fg-subtle">
                            With {staffNames[staffFilter] ?? "the chosen staff member"}
                          </Text>
                        )}
                        {chosen && (
                          <div className="flex items-center gap-x-2">
                            <Checkbox
                              id={`designated-${index}`}
                              checked={designated[index] ?? true}
                              onCheckedChange={(checked) =>
                                setDesignated((prev) => ({ ...prev, [index]: checked === true }))
                              }
                            />
                            <Label htmlFor={`designated-${index}`} size="small">
                              The customer asked for {staffNames[chosen] ?? "this staff member"}
                            </Label>
                          </div>
                        )}
                      </div>
                    )
                  })}
                </div>
              )}
            </div>
          </div>
        </div>
      </FocusModal.Body>
    </>
  )
}

const CustomerPicker = ({
  value,
  onChange,
  error,
}: {
  value: PickedCustomer | null
  onChange: (customer: PickedCustomer | null) => void
  error: string | null
}) => {
  const [q, setQ] = useState("")
  const debounced = useDebouncedValue(q.trim())
  const search = useCustomerSearch(debounced)

  if (value) {
    return (
      <Field label="Customer">
        <div className="bg-ui-bg-subtle flex items-center justify-between rounded-md border px-3 py-2">
          <div className="flex flex-col">
            <Text size="small" weight="plus">
              {customerName(value)}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {[value.email, value.phone].filter(Boolean).join(" · ")}
            </Text>
          </div>
          <IconButton
            size="small"
            variant="transparent"
            aria-label="Change customer"
            onClick={() => onChange(null)}
          >
            <XMark />
          </IconButton>
        </div>
      </Field>
    )
  }
  const customers = search.data?.customers ?? []
  return (
    <Field label="Customer" htmlFor="customer-search" error={error}>
      <Input
        id="customer-search"
        size="small"
        type="search"
        placeholder="Search by name, email or phone"
        value={q}
        onChange={(event) => setQ(event.target.value)}
        autoComplete="off"
      />
      <div className="shadow-borders-base max-h-56 overflow-y-auto rounded-md">
        {search.isLoading && (
          <Text size="small" className="text-ui-fg-subtle px-3 py-2">
            Searching…
          </Text>
        )}
        {search.error && (
          <Text size="small" className="text-ui-fg-error px-3 py-2">
            {errorMessage(search.error)}
          </Text>
        )}
        {!search.isLoading && !search.error && !customers.length && (
          <Text size="small" className="text-ui-fg-subtle px-3 py-2">
            No customer matches. Create the customer under Customers first.
          </Text>
        )}
        {customers.map((customer) => (
          <button
            key={customer.id}
            type="button"
            className="hover:bg-ui-bg-base-hover flex w-full flex-col px-3 py-2 text-left"
            onClick={() =>
              onChange({
                id: customer.id,
                first_name: customer.first_name ?? null,
                last_name: customer.last_name ?? null,
                email: customer.email ?? null,
                phone: customer.phone ?? null,
              })
            }
          >
            <span className="txt-small-plus">{customerName(customer)}</span>
            <span className="txt-xsmall text-ui-fg-subtle">
              {[customer.email, customer.phone].filter(Boolean).join(" · ")}
            </span>
          </button>
        ))}
      </div>
    </Field>
  )
}
