import { Checkbox, Drawer, Input, Label, Text, toast } from "@medusajs/ui"
import { useMemo, useState } from "react"
import type { AdminCounterSale } from "../../../../../types/counter/sales"
import { useRefundCounterSale, useVoidCounterSale } from "../../../../hooks/api/counter-sales"
import { errorMessage } from "../../../../lib/errors"
import { addAmounts, formatMoney } from "../../../../lib/stored-value"
import { isSaleLine, saleTitle } from "../../checkout/components/sale-format"
import { useSubmissionKey } from "../../components/shared"
import { DrawerActions, DrawerHeading } from "../../../../components/forms/drawer-parts"
import { useAuthorisation, AuthorisationFields, ServerError } from "./authorisation-fields"
import {
  PromptActions,
  PromptHeading,
  withSessionDrawer,
  withSessionPrompt,
} from "../../../../components/common/session-dialogs"

const RefundForm = ({ sale, onDone }: { sale: AdminCounterSale; onDone: () => void }) => {
  const currency = sale.currency_code
  const refundable = useMemo(
    () => sale.lines.filter((line) => isSaleLine(line) && (line.refundable_quantity ?? 0) > 0),
    [sale.lines]
  )
  const [chosen, setChosen] = useState<Record<string, number>>({})
  const form = useAuthorisation(sale, {
    reason: "Say why: it is kept with the sale",
    staff: "Choose who authorised the refund",
  })
  const { errors } = form
  const refund = useRefundCounterSale(sale.id)
  const keyFor = useSubmissionKey("admin-counter-refund")

  const estimate = addAmounts(
    currency,
    ...refundable
      .filter((line) => chosen[line.id])
      .map((line) => (line.net_amount / line.quantity) * chosen[line.id])
  )

  const submit = () => {
    const found: Record<string, string> = {}
    const picked = refundable.filter((line) => chosen[line.id])
    if (!picked.length) found.lines = "Choose at least one line to refund"
    for (const line of picked) {
      const qty = chosen[line.id]
      if (!Number.isInteger(qty) || qty < 1 || qty > (line.refundable_quantity ?? 0)) {
        found.lines = `${line.title}: refund 1 to ${line.refundable_quantity} units`
      }
    }
    if (!form.check(found)) return
    const request = {
      lines: picked.map((line) =>
        chosen[line.id] === line.refundable_quantity
          ? { line_id: line.id }
          : { line_id: line.id, quantity: chosen[line.id] }
      ),
      ...form.request(),
    }
    refund.mutate(
      { ...request, idempotency_key: keyFor({ sale: sale.id, ...request }) },
      {
        onSuccess: ({ counter_sale: updated }) => {
          toast.success(`Refund recorded on ${saleTitle(updated)}`, {
            description: `Refunded so far: ${formatMoney(updated.refunded_total, currency)}`,
          })
          onDone()
        },
        onError: (error) => form.setServerError(errorMessage(error)),
        onSettled: form.flight.end,
      }
    )
  }

  return (
    <div className="flex flex-1 flex-col overflow-hidden">
      <DrawerHeading title={`Refund ${saleTitle(sale)}`}>
        Money goes back the way it came: cash from a drawer, stored value to the card, package
        sessions to the package.
      </DrawerHeading>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        <div className="flex flex-col gap-y-2">
          <Label size="small" weight="plus">
            Lines
          </Label>
          {refundable.length ? (
            refundable.map((line) => {
              const max = line.refundable_quantity ?? 0
              const checked = !!chosen[line.id]
              return (
                <div
                  key={line.id}
                  className="flex items-center gap-x-3 rounded-md border px-3 py-2"
                >
                  <Checkbox
                    id={`refund-${line.id}`}
                    checked={checked}
                    onCheckedChange={(value) =>
                      setChosen((current) => {
                        const next = { ...current }
                        if (value === true) next[line.id] = max
                        else delete next[line.id]
                        return next
                      })
                    }
                  />
                  <label htmlFor={`refund-${line.id}`} className="flex min-w-0 flex-1 flex-col">
                    <span className="txt-small-plus truncate">{line.title}</span>
                    <span className="txt-xsmall text-ui-fg-subtle">
                      {formatMoney(line.net_amount / line.quantity, currency)} each · {max} of{" "}
                      {line.quantity} refundable
                      {line.package_id ? " · session back to the package" : ""}
                    </span>
                  </label>
                  <Input
                    size="small"
                    type="number"
                    className="w-20"
                    min={1}
                    max={max}
                    step={1}
                    aria-label={`Units of ${line.title} to refund`}
                    disabled={!checked}
                    value={checked ? String(chosen[line.id]) : ""}
                    onChange={(event) =>
                      setChosen((current) => ({
                        ...current,
                        [line.id]: Number(event.target.value),
                      }))
                    }
                  />
                </div>
              )
            })
          ) : (
            <Text size="small" className="text-ui-fg-subtle">
              Nothing left to refund on this sale.
            </Text>
          )}
          {errors.lines && (
            <Text size="xsmall" className="text-ui-fg-error">
              {errors.lines}
            </Text>
          )}
        </div>
        <AuthorisationFields
          sale={sale}
          form={form}
          idPrefix="refund"
          placeholder="e.g. Allergic reaction to the serum"
        />
        <div className="bg-ui-bg-subtle flex justify-between rounded-lg border px-4 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            About to refund
          </Text>
          <Text size="small" weight="plus" className="tabular-nums">
            {formatMoney(estimate, currency)}
          </Text>
        </div>
        <ServerError message={form.serverError} />
      </Drawer.Body>
      <DrawerActions isLoading={refund.isPending} onClick={submit}>
        Refund
      </DrawerActions>
    </div>
  )
}

// ------------------------------------------------------------------ void

const VoidForm = ({ sale, onDone }: { sale: AdminCounterSale; onDone: () => void }) => {
  const form = useAuthorisation(sale, {
    reason: "Say why the sale is voided",
    staff: "Choose who authorised the void",
  })
  const voidSale = useVoidCounterSale(sale.id)
  const keyFor = useSubmissionKey("admin-counter-void")

  const submit = () => {
    if (!form.check({})) return
    const request = form.request()
    voidSale.mutate(
      { ...request, idempotency_key: keyFor({ sale: sale.id, ...request }) },
      {
        onSuccess: ({ counter_sale: updated }) => {
          toast.success(`${saleTitle(updated)} voided`)
          onDone()
        },
        onError: (error) => form.setServerError(errorMessage(error)),
        onSettled: form.flight.end,
      }
    )
  }

  return (
    <>
      <PromptHeading title={`Void ${saleTitle(sale)}?`}>
        The whole sale of {formatMoney(sale.total, sale.currency_code)} is undone: every tender goes
        back, package sessions are restored and the order is canceled. This cannot be undone.
      </PromptHeading>
      <div className="flex flex-col gap-y-4 px-6 pt-4">
        <AuthorisationFields
          sale={sale}
          form={form}
          idPrefix="void"
          placeholder="e.g. Rung up on the wrong client"
        />
        <ServerError message={form.serverError} />
      </div>
      <PromptActions
        cancelText="Keep the sale"
        onCancel={onDone}
        variant="danger"
        isLoading={voidSale.isPending}
        onClick={submit}
      >
        Void sale
      </PromptActions>
    </>
  )
}

/** Choose lines and units, a reason and who authorised it; fresh per opening. */
export const RefundDrawer = withSessionDrawer(RefundForm)

/** Voids the whole sale after a confirmation naming what goes back. */
export const VoidPrompt = withSessionPrompt(VoidForm, { className: "max-w-[520px]" })
