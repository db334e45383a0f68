import { Input, Select, Textarea } from "@medusajs/ui"
import { useId } from "react"
import { useUsers } from "../../hooks/api/core-resources"
import {
  STAFF_LEVELS,
  type StaffLevel,
  type StaffMember,
  type StaffMemberPayload,
} from "../../../types/booking/http"
import { Field } from "../common/field"
import { OptionSelect } from "../forms/option-select"
import { userName } from "../forms/user-name"
import { SwitchCard } from "../forms/switch-card"

export const NO_USER = "__none"

export type StaffFormValues = {
  name: string
  level: StaffLevel
  email: string
  phone: string
  color: string
  bio: string
  user_id: string
  is_active: boolean
}

export const emptyStaffValues: StaffFormValues = {
  name: "",
  level: "junior",
  email: "",
  phone: "",
  color: "#6E8CD5",
  bio: "",
  user_id: NO_USER,
  is_active: true,
}

export const staffToValues = (member: StaffMember): StaffFormValues => ({
  name: member.name,
  level: member.level,
  email: member.email ?? "",
  phone: member.phone ?? "",
  color: member.color ?? "",
  bio: member.bio ?? "",
  user_id: member.user_id ?? NO_USER,
  is_active: member.is_active,
})

const orNull = (value: string) => (value.trim() ? value.trim() : null)

export const staffValuesToPayload = (values: StaffFormValues): StaffMemberPayload => ({
  name: values.name.trim(),
  level: values.level,
  email: orNull(values.email),
  phone: orNull(values.phone),
  color: orNull(values.color),
  bio: orNull(values.bio),
  user_id: values.user_id === NO_USER ? null : values.user_id,
  is_active: values.is_active,
})

export type StaffFormErrors = Partial<Record<keyof StaffFormValues, string>>

export const validateStaff = (values: StaffFormValues): StaffFormErrors => {
  const errors: StaffFormErrors = {}
  if (!values.name.trim()) errors.name = "Name is required"
  if (values.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim()))
    errors.email = "Not an email address"
  if (values.color.trim() && !/^#[0-9a-fA-F]{6}$/.test(values.color.trim()))
    errors.color = 'Use "#RRGGBB"'
  return errors
}

export const LEVEL_LABELS: Record<StaffLevel, string> = {
  junior: "Junior",
  senior: "Senior",
  expert: "Expert",
}

/** Name, level, contact, calendar colour, bio, admin login and (when editing) the active flag. */
export const StaffProfileFields = ({
  values,
  onChange,
  errors,
  showActive,
}: {
  values: StaffFormValues
  onChange: (values: StaffFormValues) => void
  errors: StaffFormErrors
  showActive?: boolean
}) => {
  const id = useId()
  const users = useUsers()
  const set = <K extends keyof StaffFormValues>(key: K, value: StaffFormValues[K]) =>
    onChange({ ...values, [key]: value })
  const validColor = /^#[0-9a-fA-F]{6}$/.test(values.color) ? values.color : "#000000"

  return (
    <div className="flex flex-col gap-y-4">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label="Name" htmlFor={`${id}-name`} error={errors.name}>
          <Input
            id={`${id}-name`}
            size="small"
            value={values.name}
            placeholder="Anna Li"
            onChange={(event) => set("name", event.target.value)}
          />
        </Field>
        <Field label="Level" hint="Commission and pricing rules may depend on it">
          <OptionSelect
            value={values.level}
            onValueChange={(value) => set("level", value as StaffLevel)}
            options={STAFF_LEVELS.map((level) => ({ value: level, label: LEVEL_LABELS[level] }))}
          />
        </Field>
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label="Email" optional htmlFor={`${id}-email`} error={errors.email}>
          <Input
            id={`${id}-email`}
            size="small"
            type="email"
            value={values.email}
            onChange={(event) => set("email", event.target.value)}
          />
        </Field>
        <Field label="Phone" optional htmlFor={`${id}-phone`}>
          <Input
            id={`${id}-phone`}
            size="small"
            value={values.phone}
            onChange={(event) => set("phone", event.target.value)}
          />
        </Field>
      </div>
      <Field label="Calendar colour" optional htmlFor={`${id}-color`} error={errors.color}>
        <div className="flex items-center gap-x-2">
          <input
            type="color"
            aria-label="Pick a colour"
            className="h-8 w-10 cursor-pointer rounded border bg-transparent p-0.5"
            value={validColor}
            onChange={(event) => set("color", event.target.value.toUpperCase())}
          />
          <Input
            id={`${id}-color`}
            size="small"
            className="w-32"
            value={values.color}
            placeholder="#RRGGBB"
            onChange={(event) => set("color", event.target.value)}
          />
        </div>
      </Field>
      <Field
        label="Bio"
        optional
        htmlFor={`${id}-bio`}
        hint="Shown to customers choosing a staff member online"
      >
        <Textarea
          id={`${id}-bio`}
          value={values.bio}
          maxLength={2000}
          onChange={(event) => set("bio", event.target.value)}
        />
      </Field>
      <Field label="Admin login" optional hint="The admin user this staff member signs in as">
        <Select
          size="small"
          value={values.user_id}
          onValueChange={(value) => set("user_id", value)}
        >
          <Select.Trigger>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={NO_USER}>No login</Select.Item>
            {(users.data?.users ?? []).map((user) => (
              <Select.Item key={user.id} value={user.id}>
                {userName(user)}
                {" · "}
                {user.email}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      {showActive && (
        <SwitchCard
          id={`${id}-active`}
          label="Active"
          description="Inactive staff members leave the calendar and take no bookings. Someone with upcoming appointments cannot be deactivated."
          checked={values.is_active}
          onCheckedChange={(checked) => set("is_active", checked)}
        />
      )}
    </div>
  )
}
