import { Input, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useEraseCustomer } from "../../hooks/api/clients"
import { errorMessage } from "../../lib/errors"
import { Field } from "../common/field"
import { useSingleFlight } from "../stored-value/use-dialog"
import {} from "../forms/drawer-parts"
import { PromptActions, PromptHeading, withSessionPrompt } from "../common/session-dialogs"
import { ReasonField } from "../common/text-fields"

const EraseForm = ({
  customer,
  onDone,
}: {
  customer: { id: string; email: string | null }
  onDone: () => void
}) => {
  const expected = customer.email || customer.id
  const [confirm, setConfirm] = useState("")
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)
  const erase = useEraseCustomer(customer.id)
  const flight = useSingleFlight()
  const matches = confirm.trim().toLowerCase() === expected.toLowerCase()

  const submit = () => {
    if (!matches) {
      setError(`Type ${expected} to confirm`)
      return
    }
    if (!reason.trim()) {
      setError("A reason is required to erase a customer")
      return
    }
    setError(null)
    if (!flight.start()) return
    erase.mutate(
      { confirm: confirm.trim(), reason: reason.trim() },
      {
        onSuccess: () => {
          toast.success("Customer erased", {
            description: "Personal data is gone; ledgers and statistics are kept.",
          })
          onDone()
        },
        onError: (err) =>
          toast.error("Could not erase the customer", { description: errorMessage(err) }),
        onSettled: flight.end,
      }
    )
  }

  return (
    <>
      <PromptHeading title="Erase this customer?">
        This cannot be undone. Export the data first if the customer asked for a copy.
      </PromptHeading>
      <div className="flex flex-col gap-y-4 px-6 pt-4">
        <div className="flex flex-col gap-y-2 rounded-lg border px-4 py-3">
          <Text size="small" weight="plus">
            Erased
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            Name, email, phone and addresses (the customer becomes &quot;Erased Client&quot;), the
            login, the profile with its health and custom fields, treatment note texts and photos,
            manual tags, appointment notes, and the customer&apos;s words in complaints and surveys.
          </Text>
          <Text size="small" weight="plus">
            Kept
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            Stored value, package and commission ledgers, orders, appointments, ratings and the
            health data access log: they refer only to the customer id, which no longer names
            anyone, so balances still reconcile and statistics stay right.
          </Text>
        </div>
        <Field
          label="Confirm"
          htmlFor="erase-confirm"
          hint={`Type ${expected}`}
          error={error && !matches ? error : null}
        >
          <Input
            id="erase-confirm"
            autoComplete="off"
            value={confirm}
            onChange={(event) => setConfirm(event.target.value)}
            placeholder={expected}
          />
        </Field>
        <ReasonField
          id="erase-reason"
          error={error && matches ? error : null}
          value={reason}
          onChange={setReason}
          placeholder="e.g. Erasure request received by email on 2026-11-20"
        />
      </div>
      <PromptActions
        cancelText="Keep the customer"
        onCancel={onDone}
        variant="danger"
        isLoading={erase.isPending}
        disabled={!matches || !reason.trim()}
        onClick={submit}
      >
        Erase customer
      </PromptActions>
    </>
  )
}

/**
 * Erases a customer's personal data (right to erasure). The admin types the customer's email
 * (or id, when there is no email) and a reason; the prompt says what goes and what is kept.
 * Fresh per `session`.
 */
export const EraseCustomerPrompt = withSessionPrompt(EraseForm, { className: "max-w-[520px]" })
