import { Prompt, Text, toast } from "@medusajs/ui"
import { useCloseCommissionPeriod } from "../../hooks/api/commissions"
import { currentPeriod, formatPeriod, shiftPeriod } from "../../lib/commissions"
import { errorMessage } from "../../lib/errors"
import { PromptActions, PromptHeading } from "../common/session-dialogs"

/**
 * Confirms closing a month for payroll, saying what closing does: retroactive tiers are settled,
 * the month is locked, and later corrections count in the next open month.
 */
export const ClosePeriodPrompt = ({
  open,
  onOpenChange,
  period,
  summary,
  retroactiveRules,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  period: string
  /** "¥3,972.17 for 10 staff members", when known. */
  summary?: string | null
  /** Names of active retroactive rules (their tiers are settled on closing). */
  retroactiveRules: string[]
}) => {
  const close = useCloseCommissionPeriod()
  const label = formatPeriod(period)
  const next = formatPeriod(shiftPeriod(period, 1))
  const running = period === currentPeriod()

  const submit = () =>
    close.mutate(period, {
      onSuccess: ({ commission_period }) => {
        toast.success(`${label} closed`, {
          description: commission_period.settlements
            ? `${commission_period.settlements} tier settlement${
                commission_period.settlements === 1 ? "" : "s"
              } recorded.`
            : "No retroactive tier to settle.",
        })
        onOpenChange(false)
      },
      onError: (error) =>
        toast.error(`Could not close ${label}`, { description: errorMessage(error) }),
    })

  return (
    <Prompt open={open} onOpenChange={onOpenChange} variant="confirmation">
      <Prompt.Content className="max-w-[520px]">
        <PromptHeading title={`Close ${label} for payroll?`}>
          {summary ? `${summary}. ` : ""}Closing cannot be undone.
        </PromptHeading>
        <div className="flex flex-col gap-y-3 px-6 pt-4">
          <ul className="text-ui-fg-subtle txt-small flex list-disc flex-col gap-y-2 pl-5">
            <li>
              <span className="text-ui-fg-base font-medium">Retroactive tiers are settled.</span>{" "}
              {retroactiveRules.length
                ? `Staff members who reached a tier of ${retroactiveRules.join(
                    ", "
                  )} get a tier settlement entry: the higher rate on their whole month, less what was already paid.`
                : "No active rule has retroactive tiers, so nothing is added."}
            </li>
            <li>
              <span className="text-ui-fg-base font-medium">The month is locked.</span> Its
              statements stop changing and who earned its lines can no longer be edited.
            </li>
            <li>
              <span className="text-ui-fg-base font-medium">
                Later corrections go to the next open month.
              </span>{" "}
              A refund or return of something sold in {label} is recorded as a reversal in the month
              it happens ({next} at the earliest), never in {label} itself.
            </li>
          </ul>
          {running && (
            <Text size="small" className="text-ui-fg-error">
              {label} has not ended yet: anything earned for the rest of the month will count in{" "}
              {next}.
            </Text>
          )}
        </div>
        <PromptActions
          cancelText="Cancel"
          onCancel={() => onOpenChange(false)}
          isLoading={close.isPending}
          onClick={submit}
        >
          Close {label}
        </PromptActions>
      </Prompt.Content>
    </Prompt>
  )
}
