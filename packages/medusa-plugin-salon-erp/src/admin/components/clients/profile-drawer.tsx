import { Plus, Trash } from "@medusajs/icons"
import { Button, Drawer, Heading, IconButton, Input, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useUpdateClientProfile } from "../../hooks/api/clients"
import type {
  ClientProfile,
  ClientProfilePayload,
  CustomFieldValue,
} from "../../../types/clients/http"
import {
  GENDER_LABELS,
  SKIN_TYPE_LABELS,
  SOURCE_LABELS,
  definitionNamedIn,
  isFilled,
} from "../../lib/clients"
import { errorMessage } from "../../lib/errors"
import { CheckboxList } from "../common/checkbox-list"
import { NoneSelect } from "../common/none-select"
import { Field } from "../common/field"
import { LocalDatePicker } from "../common/local-date-picker"
import { CustomFieldInput } from "./custom-field-input"
import { TagInput } from "./tag-input"
import { useClientLookups } from "./use-lookups"
import { DrawerActions, DrawerHeading } from "../forms/drawer-parts"
import { withSessionDrawer } from "../common/session-dialogs"
import { TextareaField, TextInputField } from "../common/text-fields"

/** A choice that may be left unset (null), from a `value → label` record or map. */
const OptionalSelect = <T extends string>({
  id,
  value,
  onChange,
  labels,
}: {
  id: string
  value: T | null
  onChange: (value: T | null) => void
  labels: Record<T, string> | Map<T, string>
}) => (
  <NoneSelect
    id={id}
    value={value ?? ""}
    onChange={(next) => onChange(next ? (next as T) : null)}
    noneLabel="Not set"
    options={(labels instanceof Map
      ? [...labels.entries()]
      : (Object.entries(labels) as [T, string][])
    ).map(([key, label]) => ({ value: key, label }))}
  />
)

type Row = { key: string; value: string }

/** The health lists, each typed in as tags. */
const HEALTH_TAG_FIELDS = [
  {
    key: "allergies",
    id: "allergies",
    label: "Allergies",
    tone: "danger",
    placeholder: "e.g. Latex — press Enter",
  },
  {
    key: "contraindications",
    id: "contraindications",
    label: "Contraindications",
    tone: "danger",
    placeholder: "e.g. Pregnancy — press Enter",
  },
  {
    key: "skin_concerns",
    id: "skin-concerns",
    label: "Skin concerns",
    tone: "neutral",
    placeholder: "e.g. Acne — press Enter",
  },
] as const

const ProfileForm = ({ profile, onDone }: { profile: ClientProfile; onDone: () => void }) => {
  const lookups = useClientLookups()
  const update = useUpdateClientProfile(profile.customer_id)
  const definitions = [...profile.custom_field_definitions].sort((a, b) => a.rank - b.rank)
  const [form, setForm] = useState({
    gender: profile.gender,
    birthday: profile.birthday ?? "",
    skin_type: profile.skin_type,
    source: profile.source,
    home_branch_id: profile.home_branch_id,
    preferred_staff_member_ids: profile.preferred_staff_member_ids ?? [],
    preferences_text: profile.preferences_text ?? "",
    skin_concerns: profile.skin_concerns ?? [],
    allergies: profile.allergies ?? [],
    contraindications: profile.contraindications ?? [],
    health_notes: profile.health_notes ?? "",
    consent_version: profile.consent_version ?? "",
  })
  const [preferences, setPreferences] = useState<Row[]>(
    Object.entries(profile.preferences ?? {}).map(([key, value]) => ({ key, value }))
  )
  const [custom, setCustom] = useState<Record<string, CustomFieldValue>>(
    profile.custom_fields ?? {}
  )
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) =>
    setForm((current) => ({ ...current, [key]: value }))

  const branchNames = new Map(lookups.branches.map((branch) => [branch.id, branch.name]))
  // A home branch that is no longer listed still shows by its id rather than vanishing.
  if (form.home_branch_id && !branchNames.has(form.home_branch_id)) {
    branchNames.set(form.home_branch_id, form.home_branch_id)
  }

  const submit = () => {
    const found: Record<string, string> = {}
    const customFields: Record<string, CustomFieldValue> = {}
    for (const definition of definitions) {
      const value = custom[definition.key]
      if (!isFilled(value)) {
        if (definition.required) found[`custom.${definition.key}`] = "Required"
        // Clear a value that was stored before; leave never-set fields out.
        else if (isFilled(profile.custom_fields?.[definition.key])) {
          customFields[definition.key] = null
        }
        continue
      }
      if (definition.type === "number") {
        const number = Number(value)
        if (!Number.isFinite(number)) {
          found[`custom.${definition.key}`] = "Enter a number"
          continue
        }
        customFields[definition.key] = number
      } else {
        customFields[definition.key] = value
      }
    }
    const prefRows = preferences.filter((row) => row.key.trim() || row.value.trim())
    if (prefRows.some((row) => !row.key.trim())) found.preferences = "Give every preference a name"
    const prefKeys = prefRows.map((row) => row.key.trim())
    if (new Set(prefKeys).size !== prefKeys.length) found.preferences = "Names must be unique"
    setErrors(found)
    setFormError(null)
    if (Object.keys(found).length) return

    const consentVersion = form.consent_version.trim() || null
    const payload: ClientProfilePayload = {
      gender: form.gender,
      birthday: form.birthday || null,
      skin_type: form.skin_type,
      source: form.source,
      home_branch_id: form.home_branch_id,
      preferred_staff_member_ids: form.preferred_staff_member_ids,
      preferences_text: form.preferences_text.trim() || null,
      preferences: Object.fromEntries(prefRows.map((row) => [row.key.trim(), row.value.trim()])),
      skin_concerns: form.skin_concerns,
      allergies: form.allergies,
      contraindications: form.contraindications,
      health_notes: form.health_notes.trim() || null,
      consent_version: consentVersion,
      custom_fields: customFields,
    }
    // A new consent version is consent given now.
    if (consentVersion && consentVersion !== profile.consent_version) {
      payload.consent_given_at = new Date().toISOString()
    }
    update.mutate(payload, {
      onSuccess: () => {
        toast.success("Profile saved")
        onDone()
      },
      onError: (error) => {
        const message = errorMessage(error)
        const definition = definitionNamedIn(message, definitions)
        if (definition) setErrors({ [`custom.${definition.key}`]: message })
        setFormError(message)
      },
    })
  }

  return (
    <>
      <DrawerHeading title="Edit client profile">
        Fields marked * are required by headquarters.
      </DrawerHeading>
      <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
        {formError && (
          <div
            role="alert"
            className="bg-ui-bg-subtle border-ui-border-error text-ui-fg-error txt-small rounded-lg border px-3 py-2"
          >
            {formError}
          </div>
        )}
        <section className="flex flex-col gap-y-4">
          <Heading level="h3">Profile</Heading>
          <div className="grid grid-cols-2 gap-3">
            <Field label="Gender" htmlFor="profile-gender">
              <OptionalSelect
                id="profile-gender"
                value={form.gender}
                onChange={(value) => set("gender", value)}
                labels={GENDER_LABELS}
              />
            </Field>
            <Field label="Birthday">
              <LocalDatePicker
                aria-label="Birthday"
                value={form.birthday}
                onChange={(value) => set("birthday", value)}
              />
            </Field>
            <Field label="Skin type" htmlFor="profile-skin-type">
              <OptionalSelect
                id="profile-skin-type"
                value={form.skin_type}
                onChange={(value) => set("skin_type", value)}
                labels={SKIN_TYPE_LABELS}
              />
            </Field>
            <Field label="Source" htmlFor="profile-source" hint="How they found us">
              <OptionalSelect
                id="profile-source"
                value={form.source}
                onChange={(value) => set("source", value)}
                labels={SOURCE_LABELS}
              />
            </Field>
          </div>
          <Field label="Home branch" htmlFor="profile-branch">
            <OptionalSelect
              id="profile-branch"
              value={form.home_branch_id}
              onChange={(value) => set("home_branch_id", value)}
              labels={branchNames}
            />
          </Field>
          <Field label="Preferred staff" optional>
            <CheckboxList
              options={lookups.staff.map((member) => ({ value: member.id, label: member.name }))}
              value={form.preferred_staff_member_ids}
              onChange={(value) => set("preferred_staff_member_ids", value)}
              emptyText="No staff members yet."
            />
          </Field>
          <TextareaField
            label="Preferences"
            id="profile-preferences-text"
            optional
            value={form.preferences_text}
            onChange={(value) => set("preferences_text", value)}
            placeholder="e.g. Likes a quiet room, no small talk"
          />
          <Field
            label="Structured preferences"
            optional
            error={errors.preferences}
            hint="Name and value, e.g. Drink: green tea"
          >
            <div className="flex flex-col gap-y-2">
              {preferences.map((row, index) => (
                <div key={index} className="flex items-center gap-x-2">
                  <Input
                    size="small"
                    aria-label="Preference name"
                    placeholder="Name"
                    value={row.key}
                    onChange={(event) =>
                      setPreferences(
                        preferences.map((r, i) =>
                          i === index ? { ...r, key: event.target.value } : r
                        )
                      )
                    }
                  />
                  <Input
                    size="small"
                    aria-label="Preference value"
                    placeholder="Value"
                    value={row.value}
                    onChange={(event) =>
                      setPreferences(
                        preferences.map((r, i) =>
                          i === index ? { ...r, value: event.target.value } : r
                        )
                      )
                    }
                  />
                  <IconButton
                    size="small"
                    variant="transparent"
                    aria-label="Remove preference"
                    onClick={() => setPreferences(preferences.filter((_, i) => i !== index))}
                  >
                    <Trash />
                  </IconButton>
                </div>
              ))}
              <div>
                <Button
                  size="small"
                  variant="secondary"
                  onClick={() => setPreferences([...preferences, { key: "", value: "" }])}
                >
                  <Plus />
                  Add preference
                </Button>
              </div>
            </div>
          </Field>
        </section>

        <section className="border-ui-tag-red-border flex flex-col gap-y-4 rounded-lg border p-4">
          <div>
            <Heading level="h3">Health</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Sensitive: every view of these fields is recorded.
            </Text>
          </div>
          {HEALTH_TAG_FIELDS.map((field) => (
            <Field key={field.key} label={field.label} htmlFor={`profile-${field.id}`} optional>
              <TagInput
                id={`profile-${field.id}`}
                tone={field.tone}
                value={form[field.key]}
                onChange={(value) => set(field.key, value)}
                placeholder={field.placeholder}
              />
            </Field>
          ))}
          <TextareaField
            label="Health notes"
            id="profile-health-notes"
            optional
            rows={3}
            value={form.health_notes}
            onChange={(value) => set("health_notes", value)}
          />
          <TextInputField
            label="Consent version"
            id="profile-consent"
            optional
            hint="A new version records consent as given now"
            value={form.consent_version}
            onChange={(value) => set("consent_version", value)}
            input={{ placeholder: "e.g. 2026-01" }}
          />
        </section>

        {definitions.length > 0 && (
          <section className="flex flex-col gap-y-4">
            <Heading level="h3">Custom fields</Heading>
            {definitions.map((definition) => (
              <CustomFieldInput
                key={definition.id}
                definition={definition}
                value={custom[definition.key]}
                onChange={(value) => setCustom({ ...custom, [definition.key]: value })}
                error={errors[`custom.${definition.key}`]}
              />
            ))}
          </section>
        )}
      </Drawer.Body>
      <DrawerActions isLoading={update.isPending} onClick={submit}>
        Save
      </DrawerActions>
    </>
  )
}

/** Edits every profile field, health data and custom fields included. */
export const ProfileDrawer = withSessionDrawer(ProfileForm)
