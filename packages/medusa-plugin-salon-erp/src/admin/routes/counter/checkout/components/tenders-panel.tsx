import { ExclamationCircle, Trash, XMarkMini } from "@medusajs/icons"
import { Badge, Button, Container, IconButton, Input, Kbd, Text } from "@medusajs/ui"
import type { KeyboardEvent, RefObject } from "react"
import { useState } from "react"
import { Field } from "../../../../components/common/field"
import { SectionHeader } from "../../../../components/common/section-header"
import { AmountInput } from "../../../../components/stored-value/form-fields"
import type { CounterTenderKind } from "../../../../../types/counter/sales"
import { formatMoney } from "../../../../lib/stored-value"
import { Figure } from "../../../../components/common/figures"
import type { CartDiscount, CartProblems, CartTender, CartTotals } from "./cart"
import { TENDER_KIND_LABELS, TENDER_KIND_ORDER } from "./sale-format"

/** Promotions, manual discount, tenders, totals and Submit. */
export const TendersPanel = ({
  currency,
  totals,
  problems,
  tenders,
  promoCodes,
  discount,
  storedValueBalance,
  isWalkIn,
  tenderRef,
  submitError,
  isSubmitting,
  onAddTender,
  onChangeTender,
  onRemoveTender,
  onPromoCodes,
  onDiscount,
  onSubmit,
}: {
  currency: string
  totals: CartTotals
  problems: CartProblems
  tenders: CartTender[]
  promoCodes: string[]
  discount: CartDiscount | null
  storedValueBalance: number | null
  isWalkIn: boolean
  tenderRef: RefObject<HTMLDivElement>
  submitError: string | null
  isSubmitting: boolean
  onAddTender: (kind: CounterTenderKind) => void
  onChangeTender: (key: string, patch: Partial<CartTender>) => void
  onRemoveTender: (key: string) => void
  onPromoCodes: (codes: string[]) => void
  onDiscount: (discount: CartDiscount | null) => void
  onSubmit: () => void
}) => {
  const canSubmit =
    !problems.sale.length && !Object.keys(problems.rows).length && !problems.discount
  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Payment"
        description={
          <span>
            Tenders <Kbd>F4</Kbd> · submit <Kbd>Ctrl</Kbd>+<Kbd>Enter</Kbd>
          </span>
        }
      />
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <PromoCodes codes={promoCodes} onChange={onPromoCodes} />
        {discount ? (
          <div className="grid grid-cols-[1fr_2fr_auto] items-end gap-2">
            <Field label="Discount" error={problems.discount}>
              <AmountInput
                currency={currency}
                value={discount.amount}
                onChange={(amount) => onDiscount({ ...discount, amount })}
                invalid={!!problems.discount}
              />
            </Field>
            <Field label="Reason">
              <Input
                size="small"
                maxLength={500}
                placeholder="e.g. Long wait, regular client"
                value={discount.reason}
                onChange={(event) => onDiscount({ ...discount, reason: event.target.value })}
              />
            </Field>
            <IconButton
              size="small"
              variant="transparent"
              aria-label="Remove the manual discount"
              onClick={() => onDiscount(null)}
            >
              <XMarkMini />
            </IconButton>
          </div>
        ) : (
          <div>
            <Button
              size="small"
              variant="transparent"
              onClick={() => onDiscount({ amount: "", reason: "" })}
            >
              Add a manual discount
            </Button>
          </div>
        )}
      </div>
      <div className="flex flex-col gap-y-3 px-6 py-4" ref={tenderRef}>
        <div className="flex flex-wrap gap-2">
          {TENDER_KIND_ORDER.map((kind) => {
            const disabled = kind === "stored_value" && (isWalkIn || !storedValueBalance)
            return (
              <Button
                key={kind}
                size="small"
                variant="secondary"
                disabled={disabled}
                data-tender-kind={kind}
                title={
                  kind === "stored_value" && isWalkIn
                    ? "A walk-in has no stored value"
                    : kind === "stored_value" && !storedValueBalance
                      ? "The client has no stored value"
                      : undefined
                }
                onClick={() => onAddTender(kind)}
              >
                {TENDER_KIND_LABELS[kind]}
              </Button>
            )
          })}
        </div>
        {tenders.map((tender) => (
          <TenderRow
            key={tender.key}
            tender={tender}
            currency={currency}
            problem={problems.rows[tender.key]}
            storedValueBalance={storedValueBalance}
            onChange={(patch) => onChangeTender(tender.key, patch)}
            onRemove={() => onRemoveTender(tender.key)}
          />
        ))}
      </div>
      <div className="grid grid-cols-2 gap-y-1 px-6 py-4">
        <Figure label="Subtotal">{formatMoney(totals.subtotal, currency)}</Figure>
        {totals.manualDiscount > 0 && (
          <Figure label="Manual discount">{formatMoney(-totals.manualDiscount, currency)}</Figure>
        )}
        {promoCodes.length > 0 && (
          <Figure label="Promotions">
            <span className="text-ui-fg-subtle font-normal">worked out on submit</span>
          </Figure>
        )}
        <Figure label={promoCodes.length ? "Due before promotions" : "Due"}>
          <span className="txt-compact-large-plus">{formatMoney(totals.due, currency)}</span>
        </Figure>
        <Figure label="Tendered">{formatMoney(totals.tendered, currency)}</Figure>
        {totals.remaining > 0 ? (
          <Figure label="Remaining" className="text-ui-fg-error">
            {formatMoney(totals.remaining, currency)}
          </Figure>
        ) : totals.remaining < 0 ? (
          <Figure label="Over" className="text-ui-tag-orange-text">
            {formatMoney(-totals.remaining, currency)}
          </Figure>
        ) : null}
        {totals.change > 0 && (
          <Figure label="Change to give">
            <span className="txt-compact-large-plus">{formatMoney(totals.change, currency)}</span>
          </Figure>
        )}
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        {submitError && (
          <div
            role="alert"
            className="bg-ui-bg-subtle text-ui-fg-error flex items-start gap-x-2 rounded-md border px-3 py-2"
          >
            <ExclamationCircle className="mt-0.5 shrink-0" />
            <Text size="small">{submitError}</Text>
          </div>
        )}
        {!canSubmit && problems.sale.length > 0 && (
          <Text size="small" className="text-ui-fg-subtle">
            {problems.sale.join(" · ")}
          </Text>
        )}
        <Button
          size="large"
          className="w-full"
          disabled={!canSubmit}
          isLoading={isSubmitting}
          onClick={onSubmit}
        >
          Submit sale · {formatMoney(totals.due, currency)}
        </Button>
      </div>
    </Container>
  )
}

const TenderRow = ({
  tender,
  currency,
  problem,
  storedValueBalance,
  onChange,
  onRemove,
}: {
  tender: CartTender
  currency: string
  problem?: string
  storedValueBalance: number | null
  onChange: (patch: Partial<CartTender>) => void
  onRemove: () => void
}) => {
  const change =
    tender.kind === "cash" && tender.tendered.trim()
      ? Number(tender.tendered) - Number(tender.amount || 0)
      : 0
  return (
    <div className="flex flex-col gap-y-1.5 rounded-md border p-2" data-tender={tender.key}>
      <div className="flex items-center gap-x-2">
        <Text size="small" weight="plus" className="w-24 shrink-0">
          {TENDER_KIND_LABELS[tender.kind]}
        </Text>
        <div className="min-w-0 flex-1">
          <AmountInput
            id={`tender-${tender.key}`}
            currency={currency}
            value={tender.amount}
            onChange={(amount) => onChange({ amount })}
            invalid={!!problem}
          />
        </div>
        <IconButton
          size="small"
          variant="transparent"
          aria-label={`Remove the ${TENDER_KIND_LABELS[tender.kind]} tender`}
          onClick={onRemove}
        >
          <Trash />
        </IconButton>
      </div>
      <div className="flex items-center gap-x-2">
        <Text size="xsmall" className="text-ui-fg-subtle w-24 shrink-0">
          {tender.kind === "cash"
            ? "Handed over"
            : tender.kind === "stored_value"
              ? "Balance"
              : "Reference"}
        </Text>
        <div className="min-w-0 flex-1">
          {tender.kind === "cash" ? (
            <Input
              size="small"
              inputMode="decimal"
              autoComplete="off"
              aria-label="Cash handed over"
              placeholder="What the client handed over"
              className="tabular-nums"
              value={tender.tendered}
              onChange={(event) => onChange({ tendered: event.target.value })}
            />
          ) : tender.kind === "stored_value" ? (
            <Text size="small" className="tabular-nums">
              {formatMoney(storedValueBalance, currency)}
            </Text>
          ) : (
            <Input
              size="small"
              aria-label="Reference"
              maxLength={200}
              placeholder={
                tender.kind === "bank_transfer"
                  ? "Bank reference"
                  : "Slip or transaction no. (optional)"
              }
              value={tender.reference}
              onChange={(event) => onChange({ reference: event.target.value })}
            />
          )}
        </div>
        <span className="w-7 shrink-0" />
      </div>
      {problem ? (
        <Text size="xsmall" className="text-ui-fg-error">
          {problem}
        </Text>
      ) : change > 0 ? (
        <Text size="xsmall" weight="plus">
          Change: {formatMoney(change, currency)}
        </Text>
      ) : null}
    </div>
  )
}

/** Codes typed and Enter; the server applies them on submit. */
const PromoCodes = ({
  codes,
  onChange,
}: {
  codes: string[]
  onChange: (codes: string[]) => void
}) => {
  const [text, setText] = useState("")
  const add = () => {
    const code = text.trim()
    if (code && !codes.some((c) => c.toLowerCase() === code.toLowerCase())) {
      onChange([...codes, code])
    }
    setText("")
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault()
      add()
    }
  }
  return (
    <div className="flex flex-col gap-y-2">
      <div className="flex gap-x-2">
        <Input
          size="small"
          aria-label="Promo code"
          placeholder="Promo code, then Enter"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <Button size="small" variant="secondary" onClick={add} disabled={!text.trim()}>
          Apply
        </Button>
      </div>
      {codes.length > 0 && (
        <div className="flex flex-wrap gap-1">
          {codes.map((code) => (
            <Badge key={code} size="small" className="gap-x-1">
              {code}
              <button
                type="button"
                aria-label={`Remove ${code}`}
                onClick={() => onChange(codes.filter((c) => c !== code))}
              >
                <XMarkMini />
              </button>
            </Badge>
          ))}
        </div>
      )}
    </div>
  )
}
