/** Small timing helpers shared by the benchmarks: latency percentiles and throughput. */

export type LatencySummary = {
  count: number
  p50: number
  p95: number
  p99: number
  max: number
  mean: number
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index]
}

export function summarize(samples: number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b)
  const sum = sorted.reduce((total, value) => total + value, 0)
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
    mean: sorted.length ? sum / sorted.length : NaN,
  }
}

/**
 * Runs `task` `total` times with at most `concurrency` in flight; returns each call's
 * latency in ms, the wall time, and the calls per second.
 */
export async function load<T>(
  total: number,
  concurrency: number,
  task: (index: number) => Promise<T>
): Promise<{
  latencies: number[]
  results: T[]
  errors: unknown[]
  wallMs: number
  perSecond: number
}> {
  const latencies: number[] = []
  const results: T[] = []
  const errors: unknown[] = []
  let next = 0
  const startedAt = performance.now()
  const lane = async () => {
    while (next < total) {
      const index = next++
      const t0 = performance.now()
      try {
        results.push(await task(index))
      } catch (error) {
        errors.push(error)
      }
      latencies.push(performance.now() - t0)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, lane))
  const wallMs = performance.now() - startedAt
  return { latencies, results, errors, wallMs, perSecond: (total / wallMs) * 1000 }
}

const fmt = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "-")

/** Prints one result line in a fixed format that `npm run bench` collects into its summary. */
export function report(
  name: string,
  summary: LatencySummary,
  extra: Record<string, string | number> = {}
) {
  const extras = Object.entries(extra)
    .map(([key, value]) => `${key}=${typeof value === "number" ? fmt(value) : value}`)
    .join(" ")
  console.log(
    `[bench] ${name.padEnd(58)} n=${String(summary.count).padStart(5)} p50=${fmt(summary.p50).padStart(7)}ms ` +
      `p95=${fmt(summary.p95).padStart(7)}ms p99=${fmt(summary.p99).padStart(7)}ms ${extras}`.trimEnd()
  )
}

/** Prints a single figure (a count, a rate, a duration) in the same collected format. */
export function figure(name: string, value: number, unit: string) {
  console.log(`[bench] ${name.padEnd(58)} ${fmt(value)} ${unit}`)
}
