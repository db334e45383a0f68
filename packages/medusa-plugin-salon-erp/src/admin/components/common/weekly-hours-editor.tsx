import { Plus, Trash } from "@medusajs/icons"
import { Button, IconButton, Input, Text } from "@medusajs/ui"
import { WEEKDAYS } from "../../lib/time"

/** One interval of a weekly pattern, in the branch's wall time ("HH:MM"). */
export type WeeklyInterval = { weekday: number; from: string; to: string }

/** Problems the API would refuse (end not after start, overlaps on a day), by index. */
export const weeklyIssues = (intervals: WeeklyInterval[]) => {
  const issues = new Map<number, string>()
  intervals.forEach((interval, index) => {
    if (!interval.from || !interval.to) issues.set(index, "Give both times")
    else if (interval.to <= interval.from) issues.set(index, "Ends before it starts")
  })
  for (const { value: weekday } of WEEKDAYS) {
    const day = intervals
      .map((interval, index) => ({ ...interval, index }))
      .filter((interval) => interval.weekday === weekday && interval.from && interval.to)
      .sort((a, b) => a.from.localeCompare(b.from))
    for (let i = 1; i < day.length; i++) {
      if (day[i].from < day[i - 1].to && !issues.has(day[i].index)) {
        issues.set(day[i].index, `Overlaps ${day[i - 1].from}–${day[i - 1].to}`)
      }
    }
  }
  return issues
}

/** Edits a week of opening hours or shifts: any number of intervals per weekday. */
export const WeeklyHoursEditor = ({
  value,
  onChange,
  defaultInterval = { from: "10:00", to: "19:00" },
  emptyLabel = "Closed",
}: {
  value: WeeklyInterval[]
  onChange: (value: WeeklyInterval[]) => void
  defaultInterval?: { from: string; to: string }
  emptyLabel?: string
}) => {
  const issues = weeklyIssues(value)
  const update = (index: number, patch: Partial<WeeklyInterval>) =>
    onChange(value.map((interval, i) => (i === index ? { ...interval, ...patch } : interval)))
  const remove = (index: number) => onChange(value.filter((_, i) => i !== index))
  const add = (weekday: number) => {
    const sameDay = value.filter((interval) => interval.weekday === weekday)
    const last = sameDay[sameDay.length - 1]
    // A second interval on a day starts where the first ended (split shifts, lunch breaks).
    const from = last ? last.to : defaultInterval.from
    const to = last ? (last.to < "22:00" ? "22:00" : "23:59") : defaultInterval.to
    onChange([...value, { weekday, from, to }])
  }
  const copyToAll = (weekday: number) => {
    const source = value.filter((interval) => interval.weekday === weekday)
    onChange(
      WEEKDAYS.flatMap(({ value: day }) =>
        source.map((interval) => ({ ...interval, weekday: day }))
      )
    )
  }

  return (
    <div className="divide-y">
      {WEEKDAYS.map((day) => {
        const entries = value
          .map((interval, index) => ({ interval, index }))
          .filter(({ interval }) => interval.weekday === day.value)
        return (
          <div
            key={day.value}
            className="grid grid-cols-[100px_1fr_auto] items-start gap-x-4 py-2.5"
          >
            <Text size="small" weight="plus" className="pt-1.5">
              {day.label}
            </Text>
            <div className="flex flex-col gap-y-2">
              {!entries.length && (
                <Text size="small" className="text-ui-fg-muted pt-1.5">
                  {emptyLabel}
                </Text>
              )}
              {entries.map(({ interval, index }) => (
                <div key={index} className="flex flex-col gap-y-1">
                  <div className="flex items-center gap-x-2">
                    <Input
                      size="small"
                      type="time"
                      aria-label={`${day.label} from`}
                      className="w-[120px]"
                      value={interval.from}
                      onChange={(event) => update(index, { from: event.target.value })}
                    />
                    <Text size="small" className="text-ui-fg-muted">
                      to
                    </Text>
                    <Input
                      size="small"
                      type="time"
                      aria-label={`${day.label} to`}
                      className="w-[120px]"
                      value={interval.to}
                      onChange={(event) => update(index, { to: event.target.value })}
                    />
                    <IconButton
                      size="small"
                      variant="transparent"
                      aria-label="Remove interval"
                      onClick={() => remove(index)}
                    >
                      <Trash />
                    </IconButton>
                  </div>
                  {issues.has(index) && (
                    <Text size="xsmall" className="text-ui-fg-error">
                      {issues.get(index)}
                    </Text>
                  )}
                </div>
              ))}
            </div>
            <div className="flex items-center gap-x-1">
              {entries.length > 0 && (
                <Button
                  size="small"
                  variant="transparent"
                  title={`Use ${day.label}'s hours on every day`}
                  onClick={() => copyToAll(day.value)}
                >
                  Copy to all
                </Button>
              )}
              <IconButton
                size="small"
                variant="transparent"
                aria-label={`Add hours on ${day.label}`}
                title="Add hours"
                onClick={() => add(day.value)}
              >
                <Plus />
              </IconButton>
            </div>
          </div>
        )
      })}
    </div>
  )
}
