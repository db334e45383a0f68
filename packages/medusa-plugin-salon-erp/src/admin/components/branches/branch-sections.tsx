import { Trash } from "@medusajs/icons"
import { Badge, Button, IconButton, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import {
  useCreateBranchClosure,
  useDeleteBranchClosure,
  useUpdateBranch,
} from "../../hooks/api/branches"
import { useUsers } from "../../hooks/api/core-resources"
import { formatDate, todayIn } from "../../lib/time"
import type { Branch, BranchClosure } from "../../../types/booking/http"
import { Field } from "../common/field"
import { LocalDatePicker } from "../common/local-date-picker"
import { EmptyState } from "../common/page-states"
import { weeklyIssues } from "../common/weekly-hours-editor"
import { ActiveBadge } from "../forms/active-badge"
import { useConfirm } from "../forms/confirm"
import { DraftActions, useDraft } from "../forms/draft"
import { toastOutcome } from "../forms/toasts"
import { userName } from "../forms/user-name"
import {
  BranchGeneralFields,
  BranchLinkFields,
  NONE,
  OpeningHoursEditor,
  branchToValues,
  intervalsToOpeningHours,
  openingHoursToIntervals,
  validateBranch,
  valuesToPayload,
} from "./branch-form"
import { EditFormButton } from "../layout/edit-drawer"
import { Row, Section } from "../layout/detail-page"

export const BranchGeneralSection = ({ branch }: { branch: Branch }) => {
  const users = useUsers()
  const update = useUpdateBranch(branch.id)
  const manager = users.data?.users.find((user) => user.id === branch.manager_user_id)
  return (
    <Section
      level="h1"
      title={branch.name}
      description={`Code ${branch.code}`}
      status={<ActiveBadge active={branch.is_active} />}
      actions={
        <EditFormButton
          title="Edit branch"
          description="Name, contact details and status"
          record={branch}
          toValues={branchToValues}
          validate={validateBranch}
          toPayload={(values) => {
            // Links have their own section; leave them as they are here.
            const {
              stock_location_id: _s,
              sales_channel_id: _c,
              ...payload
            } = valuesToPayload(values)
            return payload
          }}
          mutation={update}
          saved="Branch saved"
          failed="Could not save the branch"
        >
          {(form) => <BranchGeneralFields {...form} showActive />}
        </EditFormButton>
      }
    >
      <Row label="Time zone" value={branch.timezone} />
      <Row label="Phone" value={branch.phone} />
      <Row label="Email" value={branch.email} />
      <Row label="Address" value={branch.address} />
      <Row label="Manager" value={manager ? userName(manager) : branch.manager_user_id} />
    </Section>
  )
}

const linksOf = (branch: Branch) => ({
  stock_location_id: branch.stock_location?.id ?? NONE,
  sales_channel_id: branch.sales_channel?.id ?? NONE,
})

export const BranchLinksSection = ({ branch }: { branch: Branch }) => {
  const links = useDraft(linksOf(branch))
  const update = useUpdateBranch(branch.id)

  const save = () =>
    update.mutate(
      {
        stock_location_id:
          links.draft.stock_location_id === NONE ? null : links.draft.stock_location_id,
        sales_channel_id:
          links.draft.sales_channel_id === NONE ? null : links.draft.sales_channel_id,
      },
      toastOutcome("Links saved", "Could not save the links")
    )

  return (
    <Section title="Stock & sales">
      <div className="flex flex-col gap-y-4 px-6 py-4">
        <BranchLinkFields values={links.draft} onChange={links.setDraft} />
        <div className="flex justify-end gap-x-2">
          <DraftActions
            dirty={links.dirty}
            isSaving={update.isPending}
            onReset={links.reset}
            onSave={save}
          />
        </div>
      </div>
    </Section>
  )
}

export const OpeningHoursSection = ({ branch }: { branch: Branch }) => {
  const hours = useDraft(openingHoursToIntervals(branch.opening_hours))
  const update = useUpdateBranch(branch.id)

  const save = () =>
    update.mutate(
      { opening_hours: intervalsToOpeningHours(hours.draft) },
      toastOutcome("Opening hours saved", "Could not save the opening hours")
    )

  return (
    <Section
      title="Opening hours"
      description={`Weekly, in ${branch.timezone} wall time. Saving replaces the whole week.`}
      actions={
        <DraftActions
          dirty={hours.dirty}
          invalid={weeklyIssues(hours.draft).size > 0}
          isSaving={update.isPending}
          onReset={hours.reset}
          onSave={save}
          saveLabel="Save hours"
        />
      }
    >
      <div className="px-6">
        <OpeningHoursEditor value={hours.draft} onChange={hours.setDraft} />
      </div>
    </Section>
  )
}

export const ClosuresSection = ({ branch }: { branch: Branch }) => {
  const confirm = useConfirm()
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
      toastOutcome("Closure added", "Could not add the closure", () => {
        setStartsOn("")
        setEndsOn("")
        setReason("")
      })
    )
  }

  const removeClosure = (id: string, label: string) =>
    confirm(
      {
        title: "Reopen these days?",
        description: `The branch will take bookings again on ${label}.`,
        confirmText: "Remove closure",
        cancelText: "Keep",
      },
      () => remove.mutate(id, toastOutcome("Closure removed", "Could not remove the closure"))
    )

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
