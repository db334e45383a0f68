import { ArrowRightMini } from "@medusajs/icons"
import { Button, Container, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { Link } from "react-router-dom"
import { EmptyState, ErrorState, LoadingState } from "../../../../components/common/page-states"
import { SectionHeader } from "../../../../components/common/section-header"
import { useCounterRegisters, useCounterShifts } from "../../../../hooks/api/counter"
import { formatMoney } from "../../../../lib/stored-value"
import { formatInstant, useCounterNames } from "../../components/shared"

/** The open shifts to ring a sale up on, when the checkout was opened without one. */
export const ShiftPicker = ({
  message,
  onPick,
}: {
  /** Why a shift must be chosen (none given, or the one given is closed). */
  message: string
  onPick: (shiftId: string) => void
}) => {
  const names = useCounterNames()
  const shifts = useCounterShifts({ status: "open", limit: 100 })
  const registers = useCounterRegisters({ limit: 100 })
  const registerById = useMemo(
    () => new Map((registers.data?.counter_registers ?? []).map((r) => [r.id, r])),
    [registers.data]
  )
  const open = shifts.data?.counter_shifts ?? []

  return (
    <Container className="divide-y p-0">
      <SectionHeader level="h1" title="Checkout" description={message} />
      {shifts.isLoading ? (
        <LoadingState />
      ) : shifts.error ? (
        <ErrorState error={shifts.error} onRetry={() => shifts.refetch()} />
      ) : open.length ? (
        <div className="divide-y">
          {open.map((shift) => {
            const register = registerById.get(shift.register_id)
            return (
              <div key={shift.id} className="flex items-center justify-between gap-x-4 px-6 py-3">
                <div className="flex flex-col">
                  <Text size="small" weight="plus">
                    {register ? `${register.name} (${register.code})` : "Register"} ·{" "}
                    {names.branch(shift.branch_id)}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    Opened {formatInstant(shift.opened_at)}
                    {names.user(shift.opened_by) ? ` by ${names.user(shift.opened_by)}` : ""} ·
                    float {formatMoney(shift.opening_float, shift.currency_code)}
                  </Text>
                </div>
                <Button size="small" onClick={() => onPick(shift.id)}>
                  Ring up here
                  <ArrowRightMini />
                </Button>
              </div>
            )
          })}
        </div>
      ) : (
        <div className="flex flex-col items-center gap-y-3 pb-6">
          <EmptyState
            title="No shift is open"
            description="Open a shift on a register first: every sale goes into a drawer."
          />
          <Button size="small" variant="secondary" asChild>
            <Link to="/counter">Go to the counter</Link>
          </Button>
        </div>
      )}
    </Container>
  )
}
