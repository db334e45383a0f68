import { Text } from "@medusajs/ui"

export type Point = { label: string; value: number | null; hint?: string }

/**
 * Vertical bars for a series over time. `min`/`max` fix the scale (NPS runs from −100 to 100,
 * ratings from 0 to 5); negative values hang below the zero line.
 */
export const BarChart = ({
  points,
  min,
  max,
  format = (value) => String(value),
  height = 160,
}: {
  points: Point[]
  min: number
  max: number
  format?: (value: number) => string
  height?: number
}) => {
  if (!points.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        No answers in this period.
      </Text>
    )
  }
  const width = Math.max(points.length * 44, 240)
  const plot = height - 36
  const y = (value: number) => 8 + ((max - value) / (max - min)) * plot
  const zero = y(Math.max(min, Math.min(max, 0)))
  const bar = Math.min(28, width / points.length - 10)
  return (
    <div className="overflow-x-auto">
      <svg width={width} height={height} role="img" className="text-ui-fg-subtle">
        <line x1={0} x2={width} y1={zero} y2={zero} stroke="currentColor" strokeOpacity={0.3} />
        {points.map((point, index) => {
          const x = index * (width / points.length) + (width / points.length - bar) / 2
          const value = point.value
          const top = value === null ? zero : Math.min(y(value), zero)
          const barHeight = value === null ? 0 : Math.abs(y(value) - zero)
          const negative = (value ?? 0) < 0
          return (
            <g key={`${point.label}-${index}`}>
              <title>
                {point.hint ?? `${point.label}: ${value === null ? "—" : format(value)}`}
              </title>
              <rect
                x={x}
                y={top}
                width={bar}
                height={Math.max(barHeight, value === null ? 0 : 1)}
                rx={3}
                className={negative ? "fill-ui-tag-red-icon" : "fill-ui-tag-blue-icon"}
              />
              <text
                x={x + bar / 2}
                y={negative ? top + barHeight + 12 : top - 4}
                textAnchor="middle"
                className="fill-ui-fg-base"
                fontSize={10}
              >
                {value === null ? "" : format(value)}
              </text>
              <text
                x={x + bar / 2}
                y={height - 6}
                textAnchor="middle"
                fill="currentColor"
                fontSize={10}
              >
                {point.label}
              </text>
            </g>
          )
        })}
      </svg>
    </div>
  )
}

const TONES = {
  blue: "bg-ui-tag-blue-icon",
  red: "bg-ui-tag-red-icon",
  green: "bg-ui-tag-green-icon",
  orange: "bg-ui-tag-orange-icon",
}

/** A thin horizontal bar showing a value on a fixed scale, with the number beside it. */
export const InlineBar = ({
  value,
  max,
  tone = "blue",
  format = (v: number) => v.toFixed(2),
}: {
  value: number | null
  max: number
  tone?: "blue" | "red" | "green" | "orange"
  format?: (value: number) => string
}) => (
  <div className="flex items-center gap-x-2">
    <div className="bg-ui-bg-subtle h-1.5 w-16 overflow-hidden rounded-full">
      {value !== null && (
        <div
          className={`h-full rounded-full ${TONES[tone]}`}
          style={{ width: `${Math.max(0, Math.min(100, (value / max) * 100))}%` }}
        />
      )}
    </div>
    <span className="txt-compact-small tabular-nums">{value === null ? "—" : format(value)}</span>
  </div>
)

/** A figure with its label, for the dashboard's top row. */
export const Kpi = ({ label, value, hint }: { label: string; value: string; hint?: string }) => (
  <div className="flex min-w-[140px] flex-col gap-y-1 rounded-lg border px-4 py-3">
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <span className="txt-xlarge-plus tabular-nums">{value}</span>
    {hint && (
      <Text size="xsmall" className="text-ui-fg-muted">
        {hint}
      </Text>
    )}
  </div>
)
