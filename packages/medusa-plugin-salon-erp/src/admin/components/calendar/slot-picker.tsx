import { Button, Text } from "@medusajs/ui"
import { errorMessage } from "../../lib/errors"
import { formatDate } from "../../lib/time"
import type { AvailabilitySlot } from "../../../types/booking/http"

/** Staff as the booking pickers list them: "Lin (senior)". */
export const staffOption = (member: { id: string; name: string; level: string }) => ({
  value: member.id,
  label: `${member.name} (${member.level})`,
})

const partsOfDay = (slots: AvailabilitySlot[]) =>
  [
    { label: "Morning", slots: slots.filter((slot) => slot.local_time < "12:00") },
    {
      label: "Afternoon",
      slots: slots.filter((slot) => slot.local_time >= "12:00" && slot.local_time < "17:00"),
    },
    { label: "Evening", slots: slots.filter((slot) => slot.local_time >= "17:00") },
  ].filter((group) => group.slots.length)

/**
 * The free starts of one day as buttons, with what the search still waits for, its loading and
 * its error. `grouped` splits a long list by part of the day so it stays scannable.
 */
export const SlotPicker = ({
  date,
  slots,
  isSelected,
  onSelect,
  isLoading,
  error,
  emptyText,
  waitingFor = null,
  validation = null,
  grouped = false,
}: {
  date: string
  slots: AvailabilitySlot[]
  isSelected: (slot: AvailabilitySlot) => boolean
  onSelect: (slot: AvailabilitySlot) => void
  isLoading: boolean
  error: unknown
  emptyText: string
  waitingFor?: string | null
  validation?: string | null
  grouped?: boolean
}) => {
  const groups = grouped ? partsOfDay(slots) : slots.length ? [{ label: null, slots }] : []
  return (
    <div className="flex flex-col gap-y-2">
      <Text size="small" weight="plus">
        Free starts on {date ? formatDate(date) : "…"}
      </Text>
      {waitingFor && (
        <Text size="small" className="text-ui-fg-subtle">
          {waitingFor}
        </Text>
      )}
      {!waitingFor && isLoading && (
        <Text size="small" className="text-ui-fg-subtle">
          Looking for free time…
        </Text>
      )}
      {!waitingFor && !!error && (
        <Text size="small" className="text-ui-fg-error">
          {errorMessage(error)}
        </Text>
      )}
      {!waitingFor && !isLoading && !error && !slots.length && (
        <Text size="small" className="text-ui-fg-subtle">
          {emptyText}
        </Text>
      )}
      {!waitingFor &&
        groups.map((group) => (
          <div key={group.label ?? "all"} className="flex flex-col gap-y-1.5">
            {group.label && (
              <Text size="xsmall" className="text-ui-fg-muted uppercase">
                {group.label}
              </Text>
            )}
            <div
              className={
                grouped
                  ? "flex flex-wrap gap-1.5"
                  : "flex max-h-40 flex-wrap gap-1.5 overflow-y-auto"
              }
            >
              {group.slots.map((slot) => (
                <Button
                  key={slot.starts_at}
                  size="small"
                  variant={isSelected(slot) ? "primary" : "secondary"}
                  onClick={() => onSelect(slot)}
                >
                  {slot.local_time}
                </Button>
              ))}
            </div>
          </div>
        ))}
      {validation && (
        <Text size="small" className="text-ui-fg-error">
          {validation}
        </Text>
      )}
    </div>
  )
}
