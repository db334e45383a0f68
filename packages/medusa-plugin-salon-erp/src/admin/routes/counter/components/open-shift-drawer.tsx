import { Drawer, toast } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { useNavigate } from "react-router-dom"
import type { AdminCounterRegister } from "../../../../types/counter/http"
import { Field } from "../../../components/common/field"
import { AmountInput } from "../../../components/stored-value/form-fields"
import { useSingleFlight } from "../../../components/stored-value/use-dialog"
import { useOpenCounterShift } from "../../../hooks/api/counter"
import { errorMessage } from "../../../lib/errors"
import { formatMoney, parseAmount } from "../../../lib/stored-value"
import { useSubmissionKey } from "./shared"
import { DrawerActions, DrawerHeading, SessionDrawer } from "../../../components/forms/drawer-parts"

/** Opens a shift on a register with the float counted into the drawer; fresh per `session`. */
export const OpenShiftDrawer = ({
  open,
  onOpenChange,
  session,
  register,
  branchName,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  session: number
  register: AdminCounterRegister | null
  branchName: string
}) => (
  <SessionDrawer open={open} onOpenChange={onOpenChange} session={session}>
    {(done) =>
      register && <OpenShiftForm register={register} branchName={branchName} onDone={done} />
    }
  </SessionDrawer>
)

const OpenShiftForm = ({
  register,
  branchName,
  onDone,
}: {
  register: AdminCounterRegister
  branchName: string
  onDone: () => void
}) => {
  const navigate = useNavigate()
  const currency = register.currency_code
  const [openingFloat, setOpeningFloat] = useState("")
  const [error, setError] = useState<string | null>(null)
  const openShift = useOpenCounterShift()
  const flight = useSingleFlight()
  const keyFor = useSubmissionKey("admin-counter-open")

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const parsed = parseAmount(openingFloat, currency, { allowZero: true })
    setError("error" in parsed ? parsed.error : null)
    if ("error" in parsed || !flight.start()) return
    const request = { register_id: register.id, opening_float: parsed.value }
    openShift.mutate(
      {
        register_id: register.id,
        body: { opening_float: parsed.value, idempotency_key: keyFor(request) },
      },
      {
        onSuccess: ({ counter_shift }) => {
          toast.success(`Shift opened on ${register.name}`, {
            description: `Opening float ${formatMoney(counter_shift.opening_float, currency)}`,
          })
          onDone()
          navigate(`/counter/shifts/${counter_shift.id}`)
        },
        onError: (err) =>
          toast.error("Could not open the shift", { description: errorMessage(err) }),
        onSettled: flight.end,
      }
    )
  }

  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
      <DrawerHeading title={`Open shift on ${register.name}`}>
        {branchName} · {register.code}. Count the cash put in the drawer to start the day.
      </DrawerHeading>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        <Field
          label="Opening float"
          htmlFor="open-shift-float"
          error={error}
          hint="The cash in the drawer now; 0 if it is empty."
        >
          <AmountInput
            id="open-shift-float"
            autoFocus
            currency={currency}
            value={openingFloat}
            onChange={setOpeningFloat}
            invalid={!!error}
          />
        </Field>
      </Drawer.Body>
      <DrawerActions type="submit" isLoading={openShift.isPending}>
        Open shift
      </DrawerActions>
    </form>
  )
}
