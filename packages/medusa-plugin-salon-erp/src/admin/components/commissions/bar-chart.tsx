import { Text, Tooltip } from "@medusajs/ui"

export type Bar = {
  key: string
  label: string
  /** A second line under the label (a branch, a level). */
  sublabel?: string | null
  value: number
  /** How the value reads on the bar. */
  display: string
  /** Shown on hover. */
  hint?: string
}

/** 1, 2, 2.5, 5 × 10^n: a round top for the axis just above the largest value. */
const niceCeiling = (value: number) => {
  if (value <= 0) return 1
  const magnitude = 10 ** Math.floor(Math.log10(value))
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (value <= step * magnitude) return step * magnitude
  }
  return 10 * magnitude
}

const TICKS = [0, 0.25, 0.5, 0.75, 1]

/**
 * Horizontal bars, one per row, on a shared axis with gridlines: drawn with plain elements and
 * the UI's colour tokens (no chart library). Negative values draw as empty bars.
 */
export const HorizontalBarChart = ({
  bars,
  formatTick,
  color = "bg-ui-tag-blue-icon",
  emptyText = "Nothing to show.",
}: {
  bars: Bar[]
  formatTick: (value: number) => string
  /** A Tailwind background class for the bars. */
  color?: string
  emptyText?: string
}) => {
  if (!bars.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        {emptyText}
      </Text>
    )
  }
  const top = niceCeiling(Math.max(...bars.map((bar) => bar.value), 0))
  return (
    <div className="flex flex-col gap-y-1" role="img" aria-label="Bar chart">
      <div className="grid grid-cols-[160px_1fr_96px] gap-x-3">
        <span />
        <div className="text-ui-fg-muted txt-compact-xsmall relative h-4">
          {TICKS.map((tick) => (
            <span
              key={tick}
              className="absolute top-0 -translate-x-1/2 tabular-nums first:translate-x-0 last:-translate-x-full"
              style={{ left: `${tick * 100}%` }}
            >
              {formatTick(top * tick)}
            </span>
          ))}
        </div>
        <span />
      </div>
      {bars.map((bar) => {
        const width = Math.max(0, Math.min(1, bar.value / top)) * 100
        return (
          <Tooltip key={bar.key} content={bar.hint ?? `${bar.label}: ${bar.display}`}>
            <div className="hover:bg-ui-bg-base-hover grid grid-cols-[160px_1fr_96px] items-center gap-x-3 rounded">
              <div className="flex min-w-0 flex-col">
                <span className="txt-compact-small truncate">{bar.label}</span>
                {bar.sublabel && (
                  <span className="txt-compact-xsmall text-ui-fg-muted truncate">
                    {bar.sublabel}
                  </span>
                )}
              </div>
              <div className="relative h-7">
                {TICKS.map((tick) => (
                  <span
                    key={tick}
                    className="bg-ui-border-base absolute inset-y-0 w-px"
                    style={{ left: `${tick * 100}%` }}
                  />
                ))}
                <div
                  className={`${color} absolute inset-y-1 left-0 rounded-r transition-[width] duration-300`}
                  style={{ width: `${width}%`, minWidth: bar.value > 0 ? 2 : 0 }}
                />
              </div>
              <span className="txt-compact-small-plus text-ui-fg-base whitespace-nowrap text-right tabular-nums">
                {bar.display}
              </span>
            </div>
          </Tooltip>
        )
      })}
    </div>
  )
}
