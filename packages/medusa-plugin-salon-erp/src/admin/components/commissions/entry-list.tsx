import { StarSolid } from "@medusajs/icons"
import { Badge, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatPeriod, isReversal, sourcePath, sourceTypeLabel } from "../../lib/commissions"
import type { CommissionEntry } from "../../../types/commissions/http"
import { formatMoney, formatWhen } from "../../lib/stored-value"
import type { LedgerNames } from "../stored-value/use-ledger-names"
import { CommissionKindBadge } from "./kind-badge"
import { SignedMoney } from "./signed-money"

/**
 * Commission entries as a list, each with its explanation (how the amount was worked out).
 * Reversals are marked and negative.
 */
export const CommissionEntryList = ({
  entries,
  names,
  showStaff,
  showPeriod,
  rowClassName = "px-6",
}: {
  entries: CommissionEntry[]
  names?: LedgerNames
  /** Name the staff member on each row (lists of several people). */
  showStaff?: boolean
  /** Name the month each entry counts in (lists across months). */
  showPeriod?: boolean
  rowClassName?: string
}) => (
  <div className="divide-y">
    {entries.map((entry) => (
      <CommissionEntryRow
        key={entry.id}
        entry={entry}
        names={names}
        showStaff={showStaff}
        showPeriod={showPeriod}
        className={rowClassName}
      />
    ))}
  </div>
)

const CommissionEntryRow = ({
  entry,
  names,
  showStaff,
  showPeriod,
  className,
}: {
  entry: CommissionEntry
  names?: LedgerNames
  showStaff?: boolean
  showPeriod?: boolean
  className?: string
}) => {
  const reversal = isReversal(entry)
  const path = sourcePath(entry.source_type, entry.source_id)
  const source = sourceTypeLabel(entry.source_type)
  return (
    <div className={["flex flex-col gap-y-1 py-3", className].filter(Boolean).join(" ")}>
      <div className="flex items-start justify-between gap-x-4">
        <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
          <CommissionKindBadge kind={entry.kind} />
          {reversal && (
            <Badge size="2xsmall" color="red">
              Reversal
            </Badge>
          )}
          {entry.is_designated && (
            <span className="text-ui-tag-orange-icon txt-compact-xsmall inline-flex items-center gap-x-0.5">
              <StarSolid className="h-3 w-3" /> requested
            </span>
          )}
          {showStaff && (
            <Text size="xsmall" weight="plus">
              {names?.staff(entry.staff_member_id) ?? entry.staff_member_id}
            </Text>
          )}
          <Text size="xsmall" className="text-ui-fg-muted">
            {formatWhen(entry.occurred_at)}
            {" · "}
            {path ? (
              <Link
                to={path}
                className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                onClick={(event) => event.stopPropagation()}
              >
                {source}
              </Link>
            ) : (
              source
            )}
            {entry.branch_id && names ? ` · ${names.branch(entry.branch_id)}` : ""}
            {showPeriod ? ` · counts in ${formatPeriod(entry.period)}` : ""}
          </Text>
        </div>
        <div className="flex shrink-0 flex-col items-end">
          <SignedMoney
            amount={entry.amount}
            currency={entry.currency_code}
            className="txt-compact-small-plus"
          />
          {entry.kind !== "tier_settlement" && (
            <Text size="xsmall" className="text-ui-fg-muted tabular-nums whitespace-nowrap">
              base {formatMoney(entry.base, entry.currency_code)}
            </Text>
          )}
        </div>
      </div>
      <Text size="small" className="text-ui-fg-subtle break-words">
        {entry.explanation}
      </Text>
    </div>
  )
}
