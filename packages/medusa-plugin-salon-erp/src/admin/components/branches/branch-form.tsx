import { Input, Textarea } from "@medusajs/ui"
import { useId } from "react"
import { useSalesChannels, useStockLocations, useUsers } from "../../hooks/api/core-resources"
import { isValidTimeZone, timeZones } from "../../lib/time"
import type { Branch, BranchPayload, OpeningHours } from "../../../types/booking/http"
import { Field } from "../common/field"
import type { WeeklyInterval } from "../common/weekly-hours-editor"
import { OptionSelect } from "../forms/option-select"
import { userName } from "../forms/user-name"
import { SwitchCard } from "../forms/switch-card"

export const NONE = "__none"

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

const orNull = (value: string) => (value.trim() ? value.trim() : null)
const idOrNull = (value: string) => (value === NONE ? null : value)

export const valuesToPayload = (values: BranchFormValues): BranchPayload => ({
  name: values.name.trim(),
  code: values.code.trim(),
  timezone: values.timezone.trim(),
  phone: orNull(values.phone),
  email: orNull(values.email),
  address: orNull(values.address),
  manager_user_id: idOrNull(values.manager_user_id),
  is_active: values.is_active,
  stock_location_id: idOrNull(values.stock_location_id),
  sales_channel_id: idOrNull(values.sales_channel_id),
})

export type BranchFormErrors = Partial<Record<keyof BranchFormValues, string>>

/** The checks the API makes, done first so staff see them next to the field. */
export const validateBranch = (values: BranchFormValues): BranchFormErrors => {
  const errors: BranchFormErrors = {}
  if (!values.name.trim()) errors.name = "Name is required"
  if (!values.code.trim()) errors.code = "Code is required"
  else if (!/^[A-Za-z0-9_-]{1,32}$/.test(values.code.trim()))
    errors.code = "Up to 32 letters, digits, - and _"
  if (!isValidTimeZone(values.timezone.trim()))
    errors.timezone = 'Use an IANA time zone, e.g. "Asia/Shanghai"'
  if (values.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim()))
    errors.email = "Not an email address"
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
  const id = useId()
  const users = useUsers()
  const set = <K extends keyof BranchFormValues>(key: K, value: BranchFormValues[K]) =>
    onChange({ ...values, [key]: value })

  return (
    <div className="flex flex-col gap-y-4">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label="Name" htmlFor={`${id}-name`} error={errors.name}>
          <Input
            id={`${id}-name`}
            size="small"
            value={values.name}
            onChange={(event) => set("name", event.target.value)}
            placeholder="Jing'an"
          />
        </Field>
        <Field
          label="Code"
          htmlFor={`${id}-code`}
          error={errors.code}
          hint="Short and unique, used on receipts and exports"
        >
          <Input
            id={`${id}-code`}
            size="small"
            value={values.code}
            onChange={(event) => set("code", event.target.value)}
            placeholder="SH-JA"
          />
        </Field>
      </div>
      <Field
        label="Time zone"
        htmlFor={`${id}-timezone`}
        error={errors.timezone}
        hint="Opening hours, schedules and the calendar use this zone's wall time"
      >
        <Input
          id={`${id}-timezone`}
          size="small"
          list={`${id}-timezones`}
          value={values.timezone}
          onChange={(event) => set("timezone", event.target.value)}
        />
        <datalist id={`${id}-timezones`}>
          {timeZones().map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
      </Field>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label="Phone" optional htmlFor={`${id}-phone`}>
          <Input
            id={`${id}-phone`}
            size="small"
            value={values.phone}
            onChange={(event) => set("phone", event.target.value)}
          />
        </Field>
        <Field label="Email" optional htmlFor={`${id}-email`} error={errors.email}>
          <Input
            id={`${id}-email`}
            size="small"
            type="email"
            value={values.email}
            onChange={(event) => set("email", event.target.value)}
          />
        </Field>
      </div>
      <Field label="Address" optional htmlFor={`${id}-address`}>
        <Textarea
          id={`${id}-address`}
          value={values.address}
          onChange={(event) => set("address", event.target.value)}
        />
      </Field>
      <Field label="Manager" optional hint="Alerts and escalations for this branch go to them">
        <OptionSelect
          value={values.manager_user_id}
          onValueChange={(value) => set("manager_user_id", value)}
          options={[
            { value: NONE, label: "No manager" },
            ...(users.data?.users ?? []).map((user) => ({
              value: user.id,
              label: userName(user),
            })),
          ]}
        />
      </Field>
      {showActive && (
        <SwitchCard
          id={`${id}-active`}
          label="Active"
          description="Inactive branches take no bookings and leave the calendar. A branch with upcoming appointments cannot be deactivated."
          checked={values.is_active}
          onCheckedChange={(checked) => set("is_active", checked)}
        />
      )}
    </div>
  )
}

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
