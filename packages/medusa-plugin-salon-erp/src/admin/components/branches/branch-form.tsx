import { useSalesChannels, useStockLocations } from "../../hooks/api/core-resources"
import { isValidTimeZone, timeZones } from "../../lib/time"
import type { Branch, BranchPayload, OpeningHours } from "../../../types/booking/http"
import { Field } from "../common/field"
import { WeeklyHoursEditor, type WeeklyInterval } from "../common/weekly-hours-editor"
import { ContactFields, emailError, trimmedOrNull } from "../forms/contact-fields"
import { OptionSelect } from "../forms/option-select"
import { SwitchCard } from "../forms/switch-card"
import { TextareaField, TextField } from "../forms/text-field"
import { type FormErrors, useFormFields } from "../forms/use-form-fields"
import { NO_USER, UserSelect } from "../forms/user-select"

/** The "none" choice of the branch's selects. */
export const NONE = NO_USER

export type BranchFormValues = {
  name: string
  code: string
  timezone: string
  phone: string
  email: string
  address: string
  manager_user_id: string
  is_active: boolean
  stock_location_id: string
  sales_channel_id: string
}

export const emptyBranchValues: BranchFormValues = {
  name: "",
  code: "",
  timezone: "Asia/Shanghai",
  phone: "",
  email: "",
  address: "",
  manager_user_id: NONE,
  is_active: true,
  stock_location_id: NONE,
  sales_channel_id: NONE,
}

export const branchToValues = (branch: Branch): BranchFormValues => ({
  name: branch.name,
  code: branch.code,
  timezone: branch.timezone,
  phone: branch.phone ?? "",
  email: branch.email ?? "",
  address: branch.address ?? "",
  manager_user_id: branch.manager_user_id ?? NONE,
  is_active: branch.is_active,
  stock_location_id: branch.stock_location?.id ?? NONE,
  sales_channel_id: branch.sales_channel?.id ?? NONE,
})

const idOrNull = (value: string) => (value === NONE ? null : value)

export const valuesToPayload = (values: BranchFormValues): BranchPayload => ({
  name: values.name.trim(),
  code: values.code.trim(),
  timezone: values.timezone.trim(),
  phone: trimmedOrNull(values.phone),
  email: trimmedOrNull(values.email),
  address: trimmedOrNull(values.address),
  manager_user_id: idOrNull(values.manager_user_id),
  is_active: values.is_active,
  stock_location_id: idOrNull(values.stock_location_id),
  sales_channel_id: idOrNull(values.sales_channel_id),
})

export type BranchFormErrors = FormErrors<BranchFormValues>

/** The checks the API makes, done first so staff see them next to the field. */
export const validateBranch = (values: BranchFormValues): BranchFormErrors => {
  const errors: BranchFormErrors = {}
  if (!values.name.trim()) errors.name = "Name is required"
  if (!values.code.trim()) errors.code = "Code is required"
  else if (!/^[A-Za-z0-9_-]{1,32}$/.test(values.code.trim()))
    errors.code = "Up to 32 letters, digits, - and _"
  if (!isValidTimeZone(values.timezone.trim()))
    errors.timezone = 'Use an IANA time zone, e.g. "Asia/Shanghai"'
  const email = emailError(values.email)
  if (email) errors.email = email
  return errors
}

export const openingHoursToIntervals = (hours: (OpeningHours | null)[] = []): WeeklyInterval[] =>
  hours
    .filter((entry): entry is OpeningHours => !!entry)
    .sort((a, b) => a.weekday - b.weekday || a.opens_at.localeCompare(b.opens_at))
    .map((entry) => ({ weekday: entry.weekday, from: entry.opens_at, to: entry.closes_at }))

export const intervalsToOpeningHours = (intervals: WeeklyInterval[]): OpeningHours[] =>
  intervals.map((interval) => ({
    weekday: interval.weekday,
    opens_at: interval.from,
    closes_at: interval.to,
  }))

/** Name, code, time zone, contact details, manager and (when editing) the active flag. */
export const BranchGeneralFields = ({
  values,
  onChange,
  errors,
  showActive,
}: {
  values: BranchFormValues
  onChange: (values: BranchFormValues) => void
  errors: BranchFormErrors
  showActive?: boolean
}) => {
  const fields = useFormFields(values, onChange, errors)
  return (
    <div className="flex flex-col gap-y-4">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField label="Name" placeholder="Jing'an" {...fields.text("name")} />
        <TextField
          label="Code"
          hint="Short and unique, used on receipts and exports"
          placeholder="SH-JA"
          {...fields.text("code")}
        />
      </div>
      <TextField
        label="Time zone"
        hint="Opening hours, schedules and the calendar use this zone's wall time"
        suggestions={timeZones()}
        {...fields.text("timezone")}
      />
      <ContactFields phone={fields.text("phone")} email={fields.text("email")} />
      <TextareaField label="Address" optional {...fields.text("address")} />
      <Field label="Manager" optional hint="Alerts and escalations for this branch go to them">
        <UserSelect
          noneLabel="No manager"
          value={values.manager_user_id}
          onChange={(value) => fields.set("manager_user_id", value)}
        />
      </Field>
      {showActive && (
        <SwitchCard
          label="Active"
          description="Inactive branches take no bookings and leave the calendar. A branch with upcoming appointments cannot be deactivated."
          {...fields.flag("is_active")}
        />
      )}
    </div>
  )
}

/** Branches as checkbox choices, inactive ones marked. */
export const branchOptions = (branches: Branch[]) =>
  branches.map((branch) => ({
    value: branch.id,
    label: branch.name,
    description: branch.is_active ? undefined : "Inactive",
  }))

/** The branch's weekly opening hours, in its wall time. */
export const OpeningHoursEditor = ({
  value,
  onChange,
}: {
  value: WeeklyInterval[]
  onChange: (value: WeeklyInterval[]) => void
}) => (
  <WeeklyHoursEditor
    value={value}
    onChange={onChange}
    defaultInterval={{ from: "10:00", to: "21:00" }}
  />
)

/** The branch's shelf stock (stock location) and where it sells (sales channel). */
export const BranchLinkFields = ({
  values,
  onChange,
}: {
  values: Pick<BranchFormValues, "stock_location_id" | "sales_channel_id">
  onChange: (values: Pick<BranchFormValues, "stock_location_id" | "sales_channel_id">) => void
}) => {
  const stockLocations = useStockLocations()
  const salesChannels = useSalesChannels()
  return (
    <div className="flex flex-col gap-y-4">
      <Field label="Stock location" optional hint="Retail products and consumables on its shelves">
        <OptionSelect
          value={values.stock_location_id}
          onValueChange={(value) => onChange({ ...values, stock_location_id: value })}
          options={[
            { value: NONE, label: "None" },
            ...(stockLocations.data?.stock_locations ?? []).map((location) => ({
              value: location.id,
              label: location.name,
            })),
          ]}
        />
      </Field>
      <Field label="Sales channel" optional hint="A channel may serve several branches">
        <OptionSelect
          value={values.sales_channel_id}
          onValueChange={(value) => onChange({ ...values, sales_channel_id: value })}
          options={[
            { value: NONE, label: "None" },
            ...(salesChannels.data?.sales_channels ?? []).map((channel) => ({
              value: channel.id,
              label: channel.name,
            })),
          ]}
        />
      </Field>
    </div>
  )
}
