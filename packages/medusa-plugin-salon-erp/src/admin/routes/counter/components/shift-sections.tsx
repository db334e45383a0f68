import { Table } from "@medusajs/ui"
import type { ReactNode } from "react"
import type { AdminCounterCashEntry, AdminCounterShiftDetail } from "../../../../types/counter/http"
import { EmptyState } from "../../../components/common/page-states"
import { formatMoney } from "../../../lib/stored-value"
import {
  CASH_ENTRY_KIND_LABELS,
  describeDifference,
  differenceClass,
  formatInstant,
  TENDER_KINDS,
  TENDER_LABELS,
} from "./shared"
import { Row, Section } from "../../../components/layout/detail-page"

type UserName = (id: string | null | undefined) => string | null

const by = (userName: UserName, id: string | null) => {
  const name = userName(id)
  return name ? ` · by ${name}` : ""
}

/** Opening, the drawer's movements and expected cash; for a closed shift the frozen cash-up. */
export const ShiftFigures = ({
  shift,
  userName,
}: {
  shift: AdminCounterShiftDetail
  userName: UserName
}) => {
  const currency = shift.currency_code
  const { totals } = shift
  const closed = shift.status === "closed"
  return (
    <>
      <Row label="Opened">
        {formatInstant(shift.opened_at)}
        {by(userName, shift.opened_by)}
      </Row>
      {closed && (
        <Row label="Closed">
          {formatInstant(shift.closed_at)}
          {by(userName, shift.closed_by)}
        </Row>
      )}
      <Row label="Opening float">{formatMoney(shift.opening_float, currency)}</Row>
      <Row label="Paid in">{formatMoney(totals.paid_in, currency)}</Row>
      <Row label="Paid out">{formatMoney(-totals.paid_out, currency)}</Row>
      <Row label={closed ? "Expected cash at close" : "Expected cash now"}>
        <span className="txt-small-plus">{formatMoney(totals.expected_cash, currency)}</span>
        {!closed && <span className="text-ui-fg-muted"> · refreshed every 15 s</span>}
      </Row>
      {closed && (
        <>
          <Row label="Counted cash">{formatMoney(shift.counted_cash, currency)}</Row>
          <Row label="Over / short" className={differenceClass(shift.cash_difference ?? 0)}>
            {describeDifference(shift.cash_difference ?? 0, currency)}
          </Row>
          {TENDER_KINDS.filter((kind) => shift.counted_tenders?.[kind] != null).map((kind) => (
            <Row key={kind} label={`${TENDER_LABELS[kind]} counted`}>
              {formatMoney(shift.counted_tenders?.[kind], currency)}
            </Row>
          ))}
          {shift.closing_note && (
            <Row label="Note">
              <span className="whitespace-pre-line">{shift.closing_note}</span>
            </Row>
          )}
        </>
      )}
    </>
  )
}

const EntriesTable = ({
  entries,
  currency,
  userName,
}: {
  entries: AdminCounterCashEntry[]
  currency: string
  userName: UserName
}) => (
  <Table>
    <Table.Header>
      <Table.Row>
        <Table.HeaderCell>Time</Table.HeaderCell>
        <Table.HeaderCell>Kind</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
        <Table.HeaderCell>Reason</Table.HeaderCell>
      </Table.Row>
    </Table.Header>
    <Table.Body>
      {entries.map((entry) => {
        const author = userName(entry.created_by)
        return (
          <Table.Row key={entry.id}>
            <Table.Cell>
              <div className="flex flex-col">
                <span>{formatInstant(entry.created_at)}</span>
                {author && <span className="txt-xsmall text-ui-fg-subtle">by {author}</span>}
              </div>
            </Table.Cell>
            <Table.Cell>{CASH_ENTRY_KIND_LABELS[entry.kind]}</Table.Cell>
            <Table.Cell
              className={`text-right tabular-nums ${entry.amount < 0 ? "text-ui-fg-error" : ""}`}
            >
              {formatMoney(entry.amount, currency, { signed: true })}
            </Table.Cell>
            <Table.Cell>
              <span className="block max-w-[320px] truncate" title={entry.reason ?? undefined}>
                {entry.reason ?? "—"}
              </span>
            </Table.Cell>
          </Table.Row>
        )
      })}
    </Table.Body>
  </Table>
)

/** The drawer's ledger during the shift (corrections after close are listed apart). */
export const CashEntriesSection = ({
  shift,
  userName,
}: {
  shift: AdminCounterShiftDetail
  userName: UserName
}) => {
  const entries = shift.cash_entries.filter((entry) => entry.kind !== "correction")
  return (
    <Section
      title="Cash entries"
      description="Every movement of the drawer, oldest first. Entries are never edited or deleted."
    >
      {entries.length ? (
        <EntriesTable entries={entries} currency={shift.currency_code} userName={userName} />
      ) : (
        <EmptyState title="No cash entries" />
      )}
    </Section>
  )
}

/** Corrections recorded after the cash-up, and the figures corrected by them. */
export const CorrectionsSection = ({
  shift,
  userName,
  actions,
}: {
  shift: AdminCounterShiftDetail
  userName: UserName
  actions: ReactNode
}) => {
  const currency = shift.currency_code
  const { totals } = shift
  const corrected = totals.corrected_cash_difference ?? shift.cash_difference ?? 0
  return (
    <Section
      title="Corrections"
      description="Mistakes found after the cash-up. The close figures above stay as they were."
      actions={actions}
    >
      {shift.corrections.length ? (
        <>
          <EntriesTable entries={shift.corrections} currency={currency} userName={userName} />
          <Row label="Corrections">
            {formatMoney(totals.corrections, currency, { signed: true })}
          </Row>
          <Row label="Corrected expected cash">
            {formatMoney(totals.corrected_expected_cash ?? totals.expected_cash, currency)}
          </Row>
          <Row label="Corrected over / short" className={differenceClass(corrected)}>
            {describeDifference(corrected, currency)}
          </Row>
        </>
      ) : (
        <EmptyState title="No corrections" description="The cash-up stands as counted." />
      )}
    </Section>
  )
}
