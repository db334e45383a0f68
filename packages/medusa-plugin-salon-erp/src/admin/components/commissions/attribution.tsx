import { LockClosedSolid, PencilSquare, Plus, Trash } from "@medusajs/icons"
import {
  Badge,
  Button,
  Heading,
  IconButton,
  Prompt,
  Select,
  Text,
  Tooltip,
  toast,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import {
  useCommissionAttribution,
  useCommissionEntries,
  useSetCommissionAttribution,
} from "../../hooks/api/commissions"
import { useStoreCurrencies } from "../../hooks/api/core-resources"
import { useStaffMembers } from "../../hooks/api/staff-members"
import {
  ROLE_LABELS,
  evenShares,
  formatPercent,
  formatPeriod,
  sharesAddUp,
  sharesTotal,
} from "../../lib/commissions"
import type {
  AttributionLine,
  CommissionAttribution,
  CommissionEntry,
  CommissionSource,
} from "../../../types/commissions/http"
import { errorMessage } from "../../lib/errors"
import { addAmounts, formatMoney } from "../../lib/stored-value"
import { ErrorState } from "../common/page-states"
import { AmountInput } from "../stored-value/form-fields"
import { useDialog } from "../stored-value/use-dialog"
import { type LedgerNames, useLedgerNames } from "../stored-value/use-ledger-names"
import { SignedMoney } from "./signed-money"
import { PromptHeading } from "../common/session-dialogs"

const MAX_EARNERS = 10

/**
 * The lines of a source that earn commission, who earns each (with their share, base and what
 * they earned so far) and an editor to change it. Lines of a closed month cannot change.
 */
export const AttributionLines = ({
  attribution,
  rowClassName = "px-6",
}: {
  attribution: CommissionAttribution
  rowClassName?: string
}) => {
  const names = useLedgerNames()
  const currencies = useStoreCurrencies()
  const editor = useDialog<AttributionLine>()
  const entries = useCommissionEntries({
    source_type: attribution.source_type,
    source_id: attribution.source_id,
    limit: 500,
  })
  const earned = useMemo(() => earnedByLine(entries.data?.commission_entries ?? []), [entries.data])
  const source = { source_type: attribution.source_type, source_id: attribution.source_id }
  // Bases carry no currency: the entries' own, else the store's default.
  const currency =
    entries.data?.commission_entries[0]?.currency_code ??
    currencies.data?.find((entry) => entry.is_default)?.code ??
    "cny"

  return (
    <div className="divide-y">
      {attribution.lines.map((line) => (
        <AttributionLineRow
          key={`${line.source_line_id}-${line.role}`}
          line={line}
          names={names}
          earned={earned}
          currency={currency}
          className={rowClassName}
          onEdit={() => editor.show(line)}
        />
      ))}
      <Prompt open={editor.open} onOpenChange={editor.onOpenChange} variant="confirmation">
        <Prompt.Content className="max-w-[560px]">
          {editor.data && (
            <AttributionEditor
              key={editor.session}
              source={source}
              line={editor.data}
              onDone={editor.close}
            />
          )}
        </Prompt.Content>
      </Prompt>
    </div>
  )
}

/** Net commission per line and staff member ("line|staff"), reversals included. */
const earnedByLine = (entries: CommissionEntry[]) => {
  const totals = new Map<string, { amount: number; currency: string }>()
  for (const entry of entries) {
    const key = `${entry.source_line_id}|${entry.staff_member_id}`
    const current = totals.get(key)
    totals.set(key, {
      amount: addAmounts(entry.currency_code, current?.amount ?? 0, entry.amount),
      currency: entry.currency_code,
    })
  }
  return totals
}

const describeDefault = (line: AttributionLine, names: LedgerNames) => {
  if (!line.is_default) {
    return line.set_by ? `Set by ${names.user(line.set_by)}` : "Set by staff"
  }
  if (line.earners.length) {
    return line.role === "labour"
      ? "Default: whoever performed it"
      : "Default: the seller recorded at the counter"
  }
  return line.role === "sales"
    ? "Nobody earns this sale yet (online orders have no seller): choose who sold it"
    : "Nobody earns this line yet"
}

const AttributionLineRow = ({
  line,
  names,
  earned,
  currency,
  className,
  onEdit,
}: {
  line: AttributionLine
  names: LedgerNames
  earned: Map<string, { amount: number; currency: string }>
  currency: string
  className?: string
  onEdit: () => void
}) => {
  const closed = line.period_status === "closed"
  const editButton = (
    <Button size="small" variant="secondary" disabled={closed} onClick={onEdit}>
      <PencilSquare />
      Edit
    </Button>
  )
  return (
    <div className={["flex flex-col gap-y-2 py-3", className].filter(Boolean).join(" ")}>
      <div className="flex items-start justify-between gap-x-3">
        <div className="flex min-w-0 flex-col">
          <Text size="small" weight="plus" className="break-words">
            {line.label}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {ROLE_LABELS[line.role]} · {formatPeriod(line.period)}
            {closed ? " (closed)" : ""}
            {line.earners[0] ? ` · base ${formatMoney(line.earners[0].base, currency)}` : ""}
          </Text>
        </div>
        {closed ? (
          <Tooltip
            content={`${formatPeriod(line.period)} is closed for payroll: who earned this line can no longer change.`}
          >
            <span className="inline-flex items-center gap-x-1">
              <LockClosedSolid className="text-ui-fg-muted" />
              {editButton}
            </span>
          </Tooltip>
        ) : (
          editButton
        )}
      </div>
      {line.earners.length > 0 && (
        <div className="flex flex-col gap-y-1">
          {line.earners.map((earner) => {
            const total = earned.get(`${line.source_line_id}|${earner.staff_member_id}`)
            return (
              <div
                key={earner.staff_member_id}
                className="txt-compact-small flex items-center justify-between gap-x-3"
              >
                <span className="flex min-w-0 items-center gap-x-2">
                  <span className="truncate">{names.staff(earner.staff_member_id)}</span>
                  <Badge size="2xsmall">{formatPercent(earner.share)}</Badge>
                </span>
                <span className="text-ui-fg-subtle flex shrink-0 items-center gap-x-2 tabular-nums">
                  {total ? (
                    <SignedMoney amount={total.amount} currency={total.currency} />
                  ) : (
                    <span className="text-ui-fg-muted">nothing recorded yet</span>
                  )}
                </span>
              </div>
            )
          })}
        </div>
      )}
      <Text
        size="xsmall"
        className={
          line.is_default && !line.earners.length ? "text-ui-fg-error" : "text-ui-fg-muted"
        }
      >
        {describeDefault(line, names)}
      </Text>
    </div>
  )
}

type Row = { staff_member_id: string; share: string }

const SHARE = /^\d+(\.\d{1,2})?$/

/** Chooses who earned a line and their shares (adding up to 100), or restores the default. */
const AttributionEditor = ({
  source,
  line,
  onDone,
}: {
  source: CommissionSource
  line: AttributionLine
  onDone: () => void
}) => {
  const [rows, setRows] = useState<Row[]>(() =>
    line.earners.length
      ? line.earners.map((earner) => ({
          staff_member_id: earner.staff_member_id,
          share: String(earner.share),
        }))
      : [{ staff_member_id: "", share: "100" }]
  )
  const [error, setError] = useState<string | null>(null)
  const staff = useStaffMembers({ limit: 200, fields: "id,name,level,is_active" })
  const members = staff.data?.staff_members ?? []
  const save = useSetCommissionAttribution()

  const shares = rows.map((row) => Number(row.share))
  const total = sharesTotal(shares.map((share) => (Number.isFinite(share) ? share : 0)))
  const update = (index: number, patch: Partial<Row>) =>
    setRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)))

  const problem = () => {
    if (!rows.length) return "Add at least one staff member, or go back to the default"
    if (rows.some((row) => !row.staff_member_id)) return "Choose a staff member on every row"
    if (new Set(rows.map((row) => row.staff_member_id)).size !== rows.length) {
      return "A staff member appears twice"
    }
    if (rows.some((row) => !SHARE.test(row.share.trim()) || !(Number(row.share) > 0))) {
      return "Each share is a percent above 0, with at most two decimals"
    }
    if (!sharesAddUp(shares))
      return `Shares must add up to 100%; they add up to ${formatPercent(total)}`
    return null
  }

  const submit = (reset: boolean) => {
    const found = reset ? null : problem()
    setError(found)
    if (found) return
    save.mutate(
      {
        ...source,
        source_line_id: line.source_line_id,
        role: line.role,
        shares: reset
          ? []
          : rows.map((row) => ({
              staff_member_id: row.staff_member_id,
              share: Number(row.share.trim()),
            })),
      },
      {
        onSuccess: () => {
          toast.success(reset ? "Back to the default" : "Attribution saved", {
            description: "Commission for this line was recorded again.",
          })
          onDone()
        },
        onError: (err) => toast.error("Could not save", { description: errorMessage(err) }),
      }
    )
  }

  return (
    <>
      <PromptHeading title={`Who ${line.role === "labour" ? "performed" : "sold"} this?`}>
        {line.label}. Shares split the line&apos;s commission and add up to 100%. Saving records its
        commission again: what changes is reversed and rewritten in {formatPeriod(line.period)}.
      </PromptHeading>
      <div className="flex flex-col gap-y-3 px-6 pt-4">
        <div className="text-ui-fg-muted txt-compact-xsmall-plus grid grid-cols-[1fr_120px_auto] gap-x-2">
          <span>Staff member</span>
          <span>Share</span>
          <span className="w-7" />
        </div>
        {rows.map((row, index) => {
          const taken = new Set(rows.filter((_, i) => i !== index).map((r) => r.staff_member_id))
          const known = !row.staff_member_id || members.some((m) => m.id === row.staff_member_id)
          return (
            <div key={index} className="grid grid-cols-[1fr_120px_auto] items-center gap-x-2">
              <Select
                size="small"
                value={row.staff_member_id || undefined}
                onValueChange={(value) => update(index, { staff_member_id: value })}
              >
                <Select.Trigger aria-label={`Staff member ${index + 1}`}>
                  <Select.Value placeholder="Choose a staff member" />
                </Select.Trigger>
                <Select.Content>
                  {!known && (
                    <Select.Item value={row.staff_member_id}>{row.staff_member_id}</Select.Item>
                  )}
                  {members
                    .filter(
                      (member) =>
                        !taken.has(member.id) &&
                        (member.is_active || member.id === row.staff_member_id)
                    )
                    .map((member) => (
                      <Select.Item key={member.id} value={member.id}>
                        {member.name}
                        {member.is_active ? "" : " (inactive)"}
                      </Select.Item>
                    ))}
                </Select.Content>
              </Select>
              <AmountInput
                currency="%"
                value={row.share}
                onChange={(value) => update(index, { share: value })}
                placeholder="50"
              />
              <IconButton
                size="small"
                variant="transparent"
                aria-label={`Remove staff member ${index + 1}`}
                disabled={rows.length === 1}
                onClick={() => setRows(rows.filter((_, i) => i !== index))}
              >
                <Trash />
              </IconButton>
            </div>
          )
        })}
        <div className="flex flex-wrap items-center justify-between gap-2">
          <div className="flex gap-x-2">
            <Button
              size="small"
              variant="secondary"
              disabled={rows.length >= MAX_EARNERS}
              onClick={() => {
                const next = [...rows, { staff_member_id: "", share: "" }]
                const even = evenShares(next.length)
                setRows(next.map((row, i) => ({ ...row, share: String(even[i]) })))
              }}
            >
              <Plus />
              Add staff member
            </Button>
            <Button
              size="small"
              variant="transparent"
              onClick={() => {
                const even = evenShares(rows.length)
                setRows(rows.map((row, i) => ({ ...row, share: String(even[i]) })))
              }}
            >
              Split evenly
            </Button>
          </div>
          <Text
            size="small"
            weight="plus"
            className={sharesAddUp(shares) ? "text-ui-fg-subtle" : "text-ui-fg-error"}
          >
            Total {formatPercent(total)}
          </Text>
        </div>
        {error && (
          <Text size="small" className="text-ui-fg-error">
            {error}
          </Text>
        )}
      </div>
      <Prompt.Footer>
        <div className="flex w-full items-center justify-between gap-x-2">
          <div>
            {!line.is_default && (
              <Tooltip content="Forget this attribution: the performer or recorded seller earns it again (online orders: nobody)">
                <Button
                  size="small"
                  variant="transparent"
                  disabled={save.isPending}
                  onClick={() => submit(true)}
                >
                  Back to default
                </Button>
              </Tooltip>
            )}
          </div>
          <div className="flex gap-x-2">
            <Button size="small" variant="secondary" onClick={onDone} disabled={save.isPending}>
              Cancel
            </Button>
            <Button size="small" isLoading={save.isPending} onClick={() => submit(false)}>
              Save
            </Button>
          </div>
        </div>
      </Prompt.Footer>
    </>
  )
}

/**
 * Who earned each service of a completed appointment, editable while its month is open; for
 * the appointment drawer. Renders nothing before completion (nothing is earned yet).
 */
export const AppointmentCommission = ({
  appointment,
}: {
  appointment: { id: string; status: string }
}) => {
  const completed = appointment.status === "completed"
  const { data, error, refetch } = useCommissionAttribution(
    { source_type: "appointment", source_id: appointment.id },
    { enabled: completed }
  )
  if (!completed) return null
  const attribution = data?.commission_attribution
  return (
    <div className="flex flex-col gap-y-1">
      <Heading level="h3">Commission</Heading>
      {error && <ErrorState error={error} onRetry={() => refetch()} />}
      {attribution && !attribution.lines.length && (
        <Text size="small" className="text-ui-fg-subtle">
          Nothing here earns service commission (services paid from a package earn as package
          sessions).
        </Text>
      )}
      {attribution && attribution.lines.length > 0 && (
        <div className="rounded-lg border">
          <AttributionLines attribution={attribution} rowClassName="px-3" />
        </div>
      )}
    </div>
  )
}
