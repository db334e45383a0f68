import { useRooms } from "../../hooks/api/rooms"
import { formatMinutes } from "../../lib/time"
import type { Price, SalonService, SalonServicePayload } from "../../../types/booking/http"
import { SwitchCard } from "../forms/switch-card"
import { TextareaField, TextField } from "../forms/text-field"
import { type FormErrors, useFormFields } from "../forms/use-form-fields"

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

export type ServiceFormErrors = FormErrors<ServiceFormValues>

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
  const fields = useFormFields(values, onChange, errors)
  // Room types in use anywhere, so a service can only ask for one that exists.
  const rooms = useRooms({ limit: 500 })
  const roomTypes = [...new Set((rooms.data?.rooms ?? []).map((room) => room.room_type))]

  const minutesField = (
    key: "duration_minutes" | "processing_minutes" | "buffer_after_minutes",
    label: string,
    hint: string
  ) => (
    <TextField
      label={label}
      hint={hint}
      type="number"
      min={key === "duration_minutes" ? 5 : 0}
      max={1440}
      step={5}
      {...fields.text(key)}
    />
  )

  return (
    <div className="flex flex-col gap-y-4">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField label="Name" placeholder="Hydrating facial" {...fields.text("name")} />
        <TextField
          label="Category"
          optional
          hint="Used in reports and commissions"
          placeholder="facial"
          {...fields.text("category")}
        />
      </div>
      <TextareaField
        label="Description"
        optional
        maxLength={5000}
        {...fields.text("description")}
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        {minutesField("duration_minutes", "Duration (min)", "Staff member and room busy")}
        {minutesField("processing_minutes", "Processing (min)", "Client stays, staff member free")}
        {minutesField("buffer_after_minutes", "Turnover (min)", "Clean-up after the client leaves")}
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          label="Room type"
          optional
          hint={
            roomTypes.length
              ? `In use: ${roomTypes.join(", ")}`
              : "Leave empty when no room is needed"
          }
          suggestions={roomTypes}
          placeholder="facial_room"
          {...fields.text("room_type")}
        />
        <TextField
          label="Revisit interval (days)"
          optional
          hint="For care-cycle reminders"
          type="number"
          min={1}
          {...fields.text("revisit_interval_days")}
        />
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SwitchCard
          label="Bookable online"
          description="Customers can book it in the store."
          {...fields.flag("is_bookable_online")}
        />
        <SwitchCard
          label="Active"
          description="Inactive services cannot be booked."
          {...fields.flag("is_active")}
        />
      </div>
    </div>
  )
}
