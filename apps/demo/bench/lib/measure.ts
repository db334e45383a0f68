/** Small timing helpers shared by the benchmarks: latency percentiles, throughput, server CPU. */
import { readFileSync, readdirSync } from "node:fs"

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

/** CPU time (user + system, ms) of a process and its descendants, read from /proc (Linux). */
function processTreeCpuMs(rootPid: number): number {
  const ticksPerSecond = 100 // USER_HZ on Linux
  const stats = new Map<number, { ppid: number; ticks: number }>()
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8")
      // Fields after the command name (which may hold spaces) start after the last ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      stats.set(Number(entry), {
        ppid: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
      })
    } catch {
      // the process ended meanwhile
    }
  }
  const inTree = (pid: number): boolean => {
    for (let current = pid, hops = 0; current > 1 && hops < 64; hops++) {
      if (current === rootPid) return true
      current = stats.get(current)?.ppid ?? 0
    }
    return false
  }
  let ticks = 0
  for (const [pid, stat] of stats) if (inTree(pid)) ticks += stat.ticks
  return (ticks / ticksPerSecond) * 1000
}

/**
 * The server's CPU time spent while `task` runs (ms), when the bench runner gave its pid
 * (BENCH_SERVER_PID) and /proc exists; NaN otherwise.
 */
export async function serverCpuDuring<T>(
  task: () => Promise<T>
): Promise<{ result: T; cpuMs: number }> {
  const pid = Number(process.env.BENCH_SERVER_PID)
  const readable =
    Number.isInteger(pid) &&
    pid > 0 &&
    (() => {
      try {
        readFileSync(`/proc/${pid}/stat`)
        return true
      } catch {
        return false
      }
    })()
  const before = readable ? processTreeCpuMs(pid) : NaN
  const result = await task()
  const after = readable ? processTreeCpuMs(pid) : NaN
  return { result, cpuMs: after - before }
}
