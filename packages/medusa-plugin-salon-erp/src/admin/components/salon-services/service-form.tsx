import { Input, Textarea } from "@medusajs/ui"
import { useId } from "react"
import { useRooms } from "../../hooks/api/rooms"
import { formatMinutes } from "../../lib/time"
import type { Price, SalonService, SalonServicePayload } from "../../../types/booking/http"
import { Field } from "../common/field"
import { SwitchCard } from "../forms/switch-card"

export type ServiceFormValues = {
  name: string
  description: string
  category: string
  duration_minutes: string
  processing_minutes: string
  buffer_after_minutes: string
  room_type: string
  revisit_interval_days: string
  is_bookable_online: boolean
  is_active: boolean
}

export const emptyServiceValues: ServiceFormValues = {
  name: "",
  description: "",
  category: "",
  duration_minutes: "60",
  processing_minutes: "0",
  buffer_after_minutes: "0",
  room_type: "",
  revisit_interval_days: "",
  is_bookable_online: true,
  is_active: true,
}

export const serviceToValues = (service: SalonService): ServiceFormValues => ({
  name: service.name,
  description: service.description ?? "",
  category: service.category ?? "",
  duration_minutes: String(service.duration_minutes),
  processing_minutes: String(service.processing_minutes),
  buffer_after_minutes: String(service.buffer_after_minutes),
  room_type: service.room_type ?? "",
  revisit_interval_days: service.revisit_interval_days ? String(service.revisit_interval_days) : "",
  is_bookable_online: service.is_bookable_online,
  is_active: service.is_active,
})

export const serviceValuesToPayload = (values: ServiceFormValues): SalonServicePayload => ({
  name: values.name.trim(),
  description: values.description.trim() || null,
  category: values.category.trim() || null,
  duration_minutes: Number(values.duration_minutes),
  processing_minutes: Number(values.processing_minutes || 0),
  buffer_after_minutes: Number(values.buffer_after_minutes || 0),
  room_type: values.room_type.trim() || null,
  revisit_interval_days: values.revisit_interval_days ? Number(values.revisit_interval_days) : null,
  is_bookable_online: values.is_bookable_online,
  is_active: values.is_active,
})

export type ServiceFormErrors = Partial<Record<keyof ServiceFormValues, string>>

const wholeNumber = (value: string) => /^\d+$/.test(value.trim())

export const validateService = (values: ServiceFormValues): ServiceFormErrors => {
  const errors: ServiceFormErrors = {}
  if (!values.name.trim()) errors.name = "Name is required"
  if (!wholeNumber(values.duration_minutes) || Number(values.duration_minutes) < 5)
    errors.duration_minutes = "Whole minutes, at least 5"
  else if (Number(values.duration_minutes) > 1440) errors.duration_minutes = "At most 1440"
  for (const key of ["processing_minutes", "buffer_after_minutes"] as const) {
    if (values[key].trim() && (!wholeNumber(values[key]) || Number(values[key]) > 1440))
      errors[key] = "Whole minutes, 0 to 1440"
  }
  if (values.room_type.trim() && !/^[a-z][a-z0-9_]*$/.test(values.room_type.trim()))
    errors.room_type = 'Lowercase with underscores, e.g. "facial_room"'
  if (
    values.revisit_interval_days.trim() &&
    (!wholeNumber(values.revisit_interval_days) || Number(values.revisit_interval_days) < 1)
  )
    errors.revisit_interval_days = "Whole days, at least 1"
  if (values.category.length > 50) errors.category = "At most 50 characters"
  return errors
}

export const formatPrice = (price: Price) => {
  try {
    return new Intl.NumberFormat(undefined, {
      style: "currency",
      currency: price.currency_code.toUpperCase(),
    }).format(price.amount)
  } catch {
    return `${price.amount} ${price.currency_code.toUpperCase()}`
  }
}

/** "60 min + 15 processing + 10 turnover". */
export const describeTiming = (
  service: Pick<SalonService, "duration_minutes" | "processing_minutes" | "buffer_after_minutes">
) =>
  [
    formatMinutes(service.duration_minutes),
    service.processing_minutes ? `+ ${service.processing_minutes} processing` : null,
    service.buffer_after_minutes ? `+ ${service.buffer_after_minutes} turnover` : null,
  ]
    .filter(Boolean)
    .join(" ")

export const ServiceFields = ({
  values,
  onChange,
  errors,
}: {
  values: ServiceFormValues
  onChange: (values: ServiceFormValues) => void
  errors: ServiceFormErrors
}) => {
  const id = useId()
  // Room types in use anywhere, so a service can only ask for one that exists.
  const rooms = useRooms({ limit: 500 })
  const roomTypes = [...new Set((rooms.data?.rooms ?? []).map((room) => room.room_type))]
  const set = <K extends keyof ServiceFormValues>(key: K, value: ServiceFormValues[K]) =>
    onChange({ ...values, [key]: value })

  const numberField = (
    key: "duration_minutes" | "processing_minutes" | "buffer_after_minutes",
    label: string,
    hint: string
  ) => (
    <Field label={label} htmlFor={`${id}-${key}`} error={errors[key]} hint={hint}>
      <Input
        id={`${id}-${key}`}
        size="small"
        type="number"
        min={key === "duration_minutes" ? 5 : 0}
        max={1440}
        step={5}
        value={values[key]}
        onChange={(event) => set(key, event.target.value)}
      />
    </Field>
  )

  return (
    <div className="flex flex-col gap-y-4">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label="Name" htmlFor={`${id}-name`} error={errors.name}>
          <Input
            id={`${id}-name`}
            size="small"
            value={values.name}
            placeholder="Hydrating facial"
            onChange={(event) => set("name", event.target.value)}
          />
        </Field>
        <Field
          label="Category"
          optional
          htmlFor={`${id}-category`}
          error={errors.category}
          hint="Used in reports and commissions"
        >
          <Input
            id={`${id}-category`}
            size="small"
            value={values.category}
            placeholder="facial"
            onChange={(event) => set("category", event.target.value)}
          />
        </Field>
      </div>
      <Field label="Description" optional htmlFor={`${id}-description`}>
        <Textarea
          id={`${id}-description`}
          value={values.description}
          maxLength={5000}
          onChange={(event) => set("description", event.target.value)}
        />
      </Field>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        {numberField("duration_minutes", "Duration (min)", "Staff member and room busy")}
        {numberField("processing_minutes", "Processing (min)", "Client stays, staff member free")}
        {numberField("buffer_after_minutes", "Turnover (min)", "Clean-up after the client leaves")}
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field
          label="Room type"
          optional
          htmlFor={`${id}-room-type`}
          error={errors.room_type}
          hint={
            roomTypes.length
              ? `In use: ${roomTypes.join(", ")}`
              : "Leave empty when no room is needed"
          }
        >
          <Input
            id={`${id}-room-type`}
            size="small"
            list={`${id}-room-types`}
            value={values.room_type}
            placeholder="facial_room"
            onChange={(event) => set("room_type", event.target.value)}
          />
          <datalist id={`${id}-room-types`}>
            {roomTypes.map((type) => (
              <option key={type} value={type} />
            ))}
          </datalist>
        </Field>
        <Field
          label="Revisit interval (days)"
          optional
          htmlFor={`${id}-revisit`}
          error={errors.revisit_interval_days}
          hint="For care-cycle reminders"
        >
          <Input
            id={`${id}-revisit`}
            size="small"
            type="number"
            min={1}
            value={values.revisit_interval_days}
            onChange={(event) => set("revisit_interval_days", event.target.value)}
          />
        </Field>
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SwitchCard
          id={`${id}-online`}
          label="Bookable online"
          description="Customers can book it in the store."
          checked={values.is_bookable_online}
          onCheckedChange={(checked) => set("is_bookable_online", checked)}
        />
        <SwitchCard
          id={`${id}-active`}
          label="Active"
          description="Inactive services cannot be booked."
          checked={values.is_active}
          onCheckedChange={(checked) => set("is_active", checked)}
        />
      </div>
    </div>
  )
}
