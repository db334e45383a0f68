import { ChevronLeft, ChevronRight } from "@medusajs/icons"
import { IconButton, Select } from "@medusajs/ui"
import { useMemo } from "react"
import { currentPeriod, formatPeriod, recentPeriods, shiftPeriod } from "../../lib/commissions"
import type { CommissionPeriod } from "../../../types/commissions/http"

/**
 * Picks a month ("YYYY-MM"): previous/next arrows and a list of the last two years plus every
 * month that has commissions, closed ones marked. Future months cannot be chosen.
 */
export const PeriodPicker = ({
  value,
  onChange,
  periods = [],
}: {
  value: string
  onChange: (period: string) => void
  periods?: CommissionPeriod[]
}) => {
  const now = currentPeriod()
  const options = useMemo(() => {
    const status = new Map(periods.map((period) => [period.period, period.status]))
    const all = new Set([...recentPeriods(24, now), ...status.keys(), value])
    return [...all]
      .filter((period) => period <= now)
      .sort((a, b) => b.localeCompare(a))
      .map((period) => ({ period, closed: status.get(period) === "closed" }))
  }, [periods, now, value])

  return (
    <div className="flex items-center gap-x-1">
      <IconButton
        size="small"
        variant="transparent"
        aria-label="Previous month"
        onClick={() => onChange(shiftPeriod(value, -1))}
      >
        <ChevronLeft />
      </IconButton>
      <Select size="small" value={value} onValueChange={onChange}>
        <Select.Trigger className="w-[220px]" aria-label="Month">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {options.map((option) => (
            <Select.Item key={option.period} value={option.period}>
              {formatPeriod(option.period)}
              {option.closed ? " · closed" : ""}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      <IconButton
        size="small"
        variant="transparent"
        aria-label="Next month"
        disabled={value >= now}
        onClick={() => onChange(shiftPeriod(value, 1))}
      >
        <ChevronRight />
      </IconButton>
    </div>
  )
}
