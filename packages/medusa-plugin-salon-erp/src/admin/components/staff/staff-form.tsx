import { Input } from "@medusajs/ui"
import {
  STAFF_LEVELS,
  type StaffLevel,
  type StaffMember,
  type StaffMemberPayload,
} from "../../../types/booking/http"
import { Field } from "../common/field"
import { ContactFields, emailError, trimmedOrNull } from "../forms/contact-fields"
import { OptionSelect } from "../forms/option-select"
import { SwitchCard } from "../forms/switch-card"
import { TextareaField, TextField } from "../forms/text-field"
import { type FormErrors, useFormFields } from "../forms/use-form-fields"
import { NO_USER, UserSelect } from "../forms/user-select"

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

export const staffValuesToPayload = (values: StaffFormValues): StaffMemberPayload => ({
  name: values.name.trim(),
  level: values.level,
  email: trimmedOrNull(values.email),
  phone: trimmedOrNull(values.phone),
  color: trimmedOrNull(values.color),
  bio: trimmedOrNull(values.bio),
  user_id: values.user_id === NO_USER ? null : values.user_id,
  is_active: values.is_active,
})

export type StaffFormErrors = FormErrors<StaffFormValues>

export const validateStaff = (values: StaffFormValues): StaffFormErrors => {
  const errors: StaffFormErrors = {}
  if (!values.name.trim()) errors.name = "Name is required"
  const email = emailError(values.email)
  if (email) errors.email = email
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
  const fields = useFormFields(values, onChange, errors)
  const validColor = /^#[0-9a-fA-F]{6}$/.test(values.color) ? values.color : "#000000"

  return (
    <div className="flex flex-col gap-y-4">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField label="Name" placeholder="Anna Li" {...fields.text("name")} />
        <Field label="Level" hint="Commission and pricing rules may depend on it">
          <OptionSelect
            value={values.level}
            onValueChange={(value) => fields.set("level", value as StaffLevel)}
            options={STAFF_LEVELS.map((level) => ({ value: level, label: LEVEL_LABELS[level] }))}
          />
        </Field>
      </div>
      <ContactFields phone={fields.text("phone")} email={fields.text("email")} />
      <Field label="Calendar colour" optional htmlFor={`${fields.id}-color`} error={errors.color}>
        <div className="flex items-center gap-x-2">
          <input
            type="color"
            aria-label="Pick a colour"
            className="h-8 w-10 cursor-pointer rounded border bg-transparent p-0.5"
            value={validColor}
            onChange={(event) => fields.set("color", event.target.value.toUpperCase())}
          />
          <Input
            id={`${fields.id}-color`}
            size="small"
            className="w-32"
            value={values.color}
            placeholder="#RRGGBB"
            onChange={(event) => fields.set("color", event.target.value)}
          />
        </div>
      </Field>
      <TextareaField
        label="Bio"
        optional
        hint="Shown to customers choosing a staff member online"
        maxLength={2000}
        {...fields.text("bio")}
      />
      <Field label="Admin login" optional hint="The admin user this staff member signs in as">
        <UserSelect
          noneLabel="No login"
          withEmail
          value={values.user_id}
          onChange={(value) => fields.set("user_id", value)}
        />
      </Field>
      {showActive && (
        <SwitchCard
          label="Active"
          description="Inactive staff members leave the calendar and take no bookings. Someone with upcoming appointments cannot be deactivated."
          {...fields.flag("is_active")}
        />
      )}
    </div>
  )
}
