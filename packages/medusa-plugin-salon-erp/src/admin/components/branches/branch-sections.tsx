import { Trash } from "@medusajs/icons"
import { Badge, Button, IconButton, Input, Text, toast, usePrompt } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import {
  useCreateBranchClosure,
  useDeleteBranchClosure,
  useUpdateBranch,
} from "../../hooks/api/branches"
import { useUsers } from "../../hooks/api/core-resources"
import { errorMessage } from "../../lib/errors"
import { formatDate, todayIn } from "../../lib/time"
import type { Branch, BranchClosure } from "../../../types/booking/http"
import { Field } from "../common/field"
import { LocalDatePicker } from "../common/local-date-picker"
import { EmptyState } from "../common/page-states"
import { WeeklyHoursEditor, type WeeklyInterval, weeklyIssues } from "../common/weekly-hours-editor"
import {
  BranchGeneralFields,
  BranchLinkFields,
  type BranchFormErrors,
  NONE,
  branchToValues,
  intervalsToOpeningHours,
  openingHoursToIntervals,
  validateBranch,
  valuesToPayload,
} from "./branch-form"
import { EditDrawer, useEditValues } from "../layout/edit-drawer"
import { Row, Section } from "../layout/detail-page"

export const BranchGeneralSection = ({ branch }: { branch: Branch }) => {
  const [editing, setEditing] = useState(false)
  const users = useUsers()
  const manager = users.data?.users.find((user) => user.id === branch.manager_user_id)
  return (
    <Section
      level="h1"
      title={branch.name}
      description={`Code ${branch.code}`}
      actions={
        <>
          <Badge color={branch.is_active ? "green" : "grey"} size="small">
            {branch.is_active ? "Active" : "Inactive"}
          </Badge>
          <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
            Edit
          </Button>
        </>
      }
    >
      <Row label="Time zone" value={branch.timezone} />
      <Row label="Phone" value={branch.phone} />
      <Row label="Email" value={branch.email} />
      <Row label="Address" value={branch.address} />
      <Row
        label="Manager"
        value={
          manager
            ? [manager.first_name, manager.last_name].filter(Boolean).join(" ") || manager.email
            : branch.manager_user_id
        }
      />
      <EditBranchDrawer branch={branch} open={editing} onOpenChange={setEditing} />
    </Section>
  )
}

const EditBranchDrawer = ({
  branch,
  open,
  onOpenChange,
}: {
  branch: Branch
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const { values, setValues, errors, setErrors } = useEditValues(
    open,
    branch,
    branchToValues,
    {} as BranchFormErrors
  )
  const update = useUpdateBranch(branch.id)

  const submit = () => {
    const found = validateBranch(values)
    setErrors(found)
    if (Object.keys(found).length) return
    // Links have their own section; leave them as they are here.
    const { stock_location_id: _s, sales_channel_id: _c, ...payload } = valuesToPayload(values)
    update.mutate(payload, {
      onSuccess: () => {
        toast.success("Branch saved")
        onOpenChange(false)
      },
      onError: (error) =>
        toast.error("Could not save the branch", { description: errorMessage(error) }),
    })
  }

  return (
    <EditDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Edit branch"
      description="Name, contact details and status"
      isSaving={update.isPending}
      onSave={submit}
    >
      <BranchGeneralFields values={values} onChange={setValues} errors={errors} showActive />
    </EditDrawer>
  )
}

export const BranchLinksSection = ({ branch }: { branch: Branch }) => {
  const initial = useMemo(
    () => ({
      stock_location_id: branch.stock_location?.id ?? NONE,
      sales_channel_id: branch.sales_channel?.id ?? NONE,
    }),
    [branch]
  )
  const [values, setValues] = useState(initial)
  useEffect(() => setValues(initial), [initial])
  const update = useUpdateBranch(branch.id)
  const dirty =
    values.stock_location_id !== initial.stock_location_id ||
    values.sales_channel_id !== initial.sales_channel_id

  const save = () =>
    update.mutate(
      {
        stock_location_id: values.stock_location_id === NONE ? null : values.stock_location_id,
        sales_channel_id: values.sales_channel_id === NONE ? null : values.sales_channel_id,
      },
      {
        onSuccess: () => toast.success("Links saved"),
        onError: (error) =>
          toast.error("Could not save the links", { description: errorMessage(error) }),
      }
    )

  return (
    <Section title="Stock & sales">
      <div className="flex flex-col gap-y-4 px-6 py-4">
        <BranchLinkFields values={values} onChange={setValues} />
        <div className="flex justify-end gap-x-2">
          <Button
            size="small"
            variant="secondary"
            disabled={!dirty}
            onClick={() => setValues(initial)}
          >
            Reset
          </Button>
          <Button size="small" disabled={!dirty} isLoading={update.isPending} onClick={save}>
            Save
          </Button>
        </div>
      </div>
    </Section>
  )
}

export const OpeningHoursSection = ({ branch }: { branch: Branch }) => {
  const initial = useMemo(() => openingHoursToIntervals(branch.opening_hours), [branch])
  const [hours, setHours] = useState<WeeklyInterval[]>(initial)
  useEffect(() => setHours(initial), [initial])
  const update = useUpdateBranch(branch.id)
  const dirty = JSON.stringify(hours) !== JSON.stringify(initial)
  const invalid = weeklyIssues(hours).size > 0

  const save = () =>
    update.mutate(
      { opening_hours: intervalsToOpeningHours(hours) },
      {
        onSuccess: () => toast.success("Opening hours saved"),
        onError: (error) =>
          toast.error("Could not save the opening hours", { description: errorMessage(error) }),
      }
    )

  return (
    <Section
      title="Opening hours"
      description={`Weekly, in ${branch.timezone} wall time. Saving replaces the whole week.`}
      actions={
        <>
          <Button
            size="small"
            variant="secondary"
            disabled={!dirty}
            onClick={() => setHours(initial)}
          >
            Reset
          </Button>
          <Button
            size="small"
            disabled={!dirty || invalid}
            isLoading={update.isPending}
            onClick={save}
          >
            Save hours
          </Button>
        </>
      }
    >
      <div className="px-6">
        <WeeklyHoursEditor
          value={hours}
          onChange={setHours}
          defaultInterval={{ from: "10:00", to: "21:00" }}
        />
      </div>
    </Section>
  )
}

export const ClosuresSection = ({ branch }: { branch: Branch }) => {
  const prompt = usePrompt()
  const today = todayIn(branch.timezone)
  const [startsOn, setStartsOn] = useState("")
  const [endsOn, setEndsOn] = useState("")
  const [reason, setReason] = useState("")
  const [formError, setFormError] = useState<string | null>(null)
  const create = useCreateBranchClosure(branch.id)
  const remove = useDeleteBranchClosure(branch.id)
  const closures = (branch.closures ?? [])
    .filter((closure): closure is BranchClosure => !!closure)
    .sort((a, b) => a.starts_on.localeCompare(b.starts_on))

  const add = () => {
    if (!startsOn) return setFormError("Choose the first closed day")
    if (endsOn && endsOn < startsOn) return setFormError("The last day is before the first")
    setFormError(null)
    create.mutate(
      { starts_on: startsOn, ends_on: endsOn || undefined, reason: reason.trim() || null },
      {
        onSuccess: () => {
          toast.success("Closure added")
          setStartsOn("")
          setEndsOn("")
          setReason("")
        },
        onError: (error) =>
          toast.error("Could not add the closure", { description: errorMessage(error) }),
      }
    )
  }

  const removeClosure = async (id: string, label: string) => {
    const confirmed = await prompt({
      title: "Reopen these days?",
      description: `The branch will take bookings again on ${label}.`,
      confirmText: "Remove closure",
      cancelText: "Keep",
    })
    if (!confirmed) return
    remove.mutate(id, {
      onSuccess: () => toast.success("Closure removed"),
      onError: (error) =>
        toast.error("Could not remove the closure", { description: errorMessage(error) }),
    })
  }

  return (
    <Section
      title="Closures"
      description="Holidays and other days the branch is closed. Days with booked appointments cannot be closed."
    >
      {closures.length ? (
        <div className="divide-y">
          {closures.map((closure) => {
            const label =
              closure.starts_on === closure.ends_on
                ? formatDate(closure.starts_on)
                : `${formatDate(closure.starts_on)} – ${formatDate(closure.ends_on)}`
            const past = closure.ends_on < today
            return (
              <div key={closure.id} className="flex items-center justify-between gap-x-4 px-6 py-3">
                <div className={past ? "opacity-60" : ""}>
                  <Text size="small" weight="plus">
                    {label}
                    {past && (
                      <Badge size="2xsmall" className="ml-2">
                        Past
                      </Badge>
                    )}
                  </Text>
                  <Text size="small" className="text-ui-fg-subtle">
                    {closure.reason || "No reason given"}
                  </Text>
                </div>
                <IconButton
                  size="small"
                  variant="transparent"
                  aria-label={`Remove closure ${label}`}
                  disabled={remove.isPending}
                  onClick={() => removeClosure(closure.id, label)}
                >
                  <Trash />
                </IconButton>
              </div>
            )
          })}
        </div>
      ) : (
        <EmptyState
          title="No closures"
          description="The branch follows its weekly hours every day."
        />
      )}
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <Text size="small" weight="plus">
          Add a closure
        </Text>
        <div className="grid grid-cols-1 gap-3 md:grid-cols-[1fr_1fr_1.5fr_auto] md:items-end">
          <Field label="First day">
            <LocalDatePicker
              aria-label="First closed day"
              value={startsOn}
              min={today}
              onChange={setStartsOn}
            />
          </Field>
          <Field label="Last day" optional>
            <LocalDatePicker
              aria-label="Last closed day"
              value={endsOn}
              min={startsOn || today}
              onChange={setEndsOn}
            />
          </Field>
          <Field label="Reason" optional htmlFor="closure-reason">
            <Input
              id="closure-reason"
              size="small"
              value={reason}
              maxLength={200}
              placeholder="Spring Festival"
              onChange={(event) => setReason(event.target.value)}
            />
          </Field>
          <Button size="small" variant="secondary" isLoading={create.isPending} onClick={add}>
            Add closure
          </Button>
        </div>
        {formError && (
          <Text size="small" className="text-ui-fg-error">
            {formError}
          </Text>
        )}
      </div>
    </Section>
  )
}
