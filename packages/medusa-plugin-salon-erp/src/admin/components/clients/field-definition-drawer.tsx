import { Drawer, Input, Select, Switch, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import {
  useCreateClientFieldDefinition,
  useUpdateClientFieldDefinition,
} from "../../hooks/api/clients"
import type {
  CustomFieldDefinition,
  CustomFieldType,
  UpdateCustomFieldDefinitionPayload,
} from "../../../types/clients/http"
import { FIELD_TYPE_LABELS, hasOptions } from "../../lib/clients"
import { errorMessage } from "../../lib/errors"
import { Field } from "../common/field"
import { TagInput } from "./tag-input"
import { DrawerActions, DrawerHeading, SessionDrawer } from "../forms/drawer-parts"

const KEY_PATTERN = /^[a-z][a-z0-9_]{1,39}$/

/** Creates a custom field, or edits one (its key never changes). */
export const FieldDefinitionDrawer = ({
  open,
  onOpenChange,
  session,
  definition,
  nextRank,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  session: number
  definition: CustomFieldDefinition | null
  nextRank: number
}) => (
  <SessionDrawer open={open} onOpenChange={onOpenChange} session={session}>
    {(done) =>
      definition ? (
        <EditForm definition={definition} onDone={done} />
      ) : (
        <CreateForm nextRank={nextRank} onDone={done} />
      )
    }
  </SessionDrawer>
)

type FormState = {
  key: string
  label: string
  type: CustomFieldType
  required: boolean
  options: string[]
  is_active: boolean
  rank: string
}

const validate = (form: FormState, checkKey: boolean) => {
  const found: Record<string, string> = {}
  if (checkKey && !KEY_PATTERN.test(form.key)) {
    found.key = "2–40 characters: lowercase letters, digits and _, starting with a letter"
  }
  if (!form.label.trim()) found.label = "Give the field a label"
  if (hasOptions(form.type) && !form.options.length) found.options = "Add at least one option"
  if (form.rank.trim() && !/^\d+$/.test(form.rank.trim())) found.rank = "A whole number"
  return found
}

const CreateForm = ({ nextRank, onDone }: { nextRank: number; onDone: () => void }) => {
  const create = useCreateClientFieldDefinition()
  const [form, setForm] = useState<FormState>({
    key: "",
    label: "",
    type: "text",
    required: false,
    options: [],
    is_active: true,
    rank: String(nextRank),
  })
  const [errors, setErrors] = useState<Record<string, string>>({})

  const submit = () => {
    const found = validate(form, true)
    setErrors(found)
    if (Object.keys(found).length) return
    create.mutate(
      {
        key: form.key,
        label: form.label.trim(),
        type: form.type,
        required: form.required,
        options: hasOptions(form.type) ? form.options : undefined,
        is_active: form.is_active,
        rank: form.rank.trim() ? Number(form.rank) : undefined,
      },
      {
        onSuccess: ({ client_field_definition }) => {
          toast.success(`Field "${client_field_definition.label}" created`)
          onDone()
        },
        onError: (error) =>
          toast.error("Could not create the field", { description: errorMessage(error) }),
      }
    )
  }

  return (
    <DefinitionForm
      title="New custom field"
      form={form}
      setForm={setForm}
      errors={errors}
      isCreate
      isPending={create.isPending}
      onSubmit={submit}
    />
  )
}

const EditForm = ({
  definition,
  onDone,
}: {
  definition: CustomFieldDefinition
  onDone: () => void
}) => {
  const update = useUpdateClientFieldDefinition(definition.id)
  const [form, setForm] = useState<FormState>({
    key: definition.key,
    label: definition.label,
    type: definition.type,
    required: definition.required,
    options: definition.options ?? [],
    is_active: definition.is_active,
    rank: String(definition.rank ?? 0),
  })
  const [errors, setErrors] = useState<Record<string, string>>({})

  const submit = () => {
    const found = validate(form, false)
    setErrors(found)
    if (Object.keys(found).length) return
    // Only what changed: the API refuses a type change or a dropped option that values use.
    const payload: UpdateCustomFieldDefinitionPayload = {}
    if (form.label.trim() !== definition.label) payload.label = form.label.trim()
    if (form.type !== definition.type) payload.type = form.type
    if (form.required !== definition.required) payload.required = form.required
    if (form.is_active !== definition.is_active) payload.is_active = form.is_active
    if (Number(form.rank || 0) !== (definition.rank ?? 0)) payload.rank = Number(form.rank || 0)
    if (
      hasOptions(form.type) &&
      form.options.join("\u0000") !== (definition.options ?? []).join("\u0000")
    ) {
      payload.options = form.options
    }
    if (!Object.keys(payload).length) {
      onDone()
      return
    }
    update.mutate(payload, {
      onSuccess: () => {
        toast.success(`Field "${form.label.trim()}" saved`)
        onDone()
      },
      onError: (error) =>
        toast.error("Could not save the field", { description: errorMessage(error) }),
    })
  }

  return (
    <DefinitionForm
      title={`Edit ${definition.label}`}
      form={form}
      setForm={setForm}
      errors={errors}
      isPending={update.isPending}
      onSubmit={submit}
    />
  )
}

const DefinitionForm = ({
  title,
  form,
  setForm,
  errors,
  isCreate,
  isPending,
  onSubmit,
}: {
  title: string
  form: FormState
  setForm: (form: FormState) => void
  errors: Record<string, string>
  isCreate?: boolean
  isPending: boolean
  onSubmit: () => void
}) => (
  <>
    <DrawerHeading title={title}>
      Headquarters defines custom fields for every branch. Stored values are checked against their
      definition.
    </DrawerHeading>
    <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
      <Field
        label="Label"
        htmlFor="cfdef-label"
        error={errors.label}
        hint="What staff see, e.g. Favourite drink"
      >
        <Input
          id="cfdef-label"
          size="small"
          autoFocus
          value={form.label}
          onChange={(event) => setForm({ ...form, label: event.target.value })}
          aria-invalid={!!errors.label}
        />
      </Field>
      <Field
        label="Key"
        htmlFor="cfdef-key"
        error={errors.key}
        hint={isCreate ? "Fixed once created, e.g. favourite_drink" : "Fixed once created"}
      >
        <Input
          id="cfdef-key"
          size="small"
          className="font-mono"
          disabled={!isCreate}
          value={form.key}
          onChange={(event) => setForm({ ...form, key: event.target.value.trim() })}
          aria-invalid={!!errors.key}
        />
      </Field>
      <Field
        label="Type"
        htmlFor="cfdef-type"
        hint={isCreate ? undefined : "Cannot change while customers hold values for this field"}
      >
        <Select
          size="small"
          value={form.type}
          onValueChange={(value) => setForm({ ...form, type: value as CustomFieldType })}
        >
          <Select.Trigger id="cfdef-type">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {Object.entries(FIELD_TYPE_LABELS).map(([value, label]) => (
              <Select.Item key={value} value={value}>
                {label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      {hasOptions(form.type) && (
        <Field
          label="Options"
          htmlFor="cfdef-options"
          error={errors.options}
          hint="Enter or comma to add. An option customers use cannot be removed."
        >
          <TagInput
            id="cfdef-options"
            value={form.options}
            onChange={(options) => setForm({ ...form, options })}
            placeholder="e.g. Green tea"
          />
        </Field>
      )}
      <Field label="Order" htmlFor="cfdef-rank" error={errors.rank} hint="Lower shows first">
        <Input
          id="cfdef-rank"
          size="small"
          type="number"
          min={0}
          value={form.rank}
          onChange={(event) => setForm({ ...form, rank: event.target.value })}
        />
      </Field>
      <SwitchRow
        id="cfdef-required"
        label="Required"
        description="Profiles cannot be saved without a value"
        checked={form.required}
        onChange={(required) => setForm({ ...form, required })}
      />
      <SwitchRow
        id="cfdef-active"
        label="Active"
        description="Inactive fields are hidden from profiles; stored values are kept"
        checked={form.is_active}
        onChange={(is_active) => setForm({ ...form, is_active })}
      />
    </Drawer.Body>
    <DrawerActions isLoading={isPending} onClick={onSubmit}>
      Save
    </DrawerActions>
  </>
)

const SwitchRow = ({
  id,
  label,
  description,
  checked,
  onChange,
}: {
  id: string
  label: string
  description: string
  checked: boolean
  onChange: (checked: boolean) => void
}) => (
  <div className="flex items-start justify-between gap-x-4">
    <label htmlFor={id} className="flex flex-col">
      <Text size="small" weight="plus">
        {label}
      </Text>
      <Text size="small" className="text-ui-fg-subtle">
        {description}
      </Text>
    </label>
    <Switch id={id} checked={checked} onCheckedChange={onChange} />
  </div>
)
