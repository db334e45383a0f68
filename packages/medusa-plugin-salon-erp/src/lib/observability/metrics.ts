/**
 * A small in-process metrics registry written out in the Prometheus text format (version 0.0.4).
 * Counters and histograms live for the process; `GET /metrics` adds gauges read at scrape time.
 */

export type Labels = Record<string, string>

type CounterSeries = { labels: Labels; value: number }
type HistogramSeries = { labels: Labels; buckets: number[]; sum: number; count: number }

export type MetricFamily =
  | { name: string; help: string; type: "counter"; series: Map<string, CounterSeries> }
  | {
      name: string
      help: string
      type: "histogram"
      bounds: number[]
      series: Map<string, HistogramSeries>
    }

/** A gauge value read at scrape time (pool use, queue depth, outbox backlog). */
export type GaugeSample = {
  name: string
  help: string
  samples: { labels: Labels; value: number }[]
}

const HTTP_SECONDS_BOUNDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]
const JOB_SECONDS_BOUNDS = [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300, 900]

function createRegistry() {
  const families = new Map<string, MetricFamily>()
  const lastJobSuccess = new Map<string, number>()
  const counter = (name: string, help: string) => {
    families.set(name, { name, help, type: "counter", series: new Map() })
  }
  const histogram = (name: string, help: string, bounds: number[]) => {
    families.set(name, { name, help, type: "histogram", bounds, series: new Map() })
  }
  counter("salon_http_requests_total", "HTTP requests by method, matched route and status class.")
  histogram(
    "salon_http_request_duration_seconds",
    "HTTP request duration by method, matched route and status class.",
    HTTP_SECONDS_BOUNDS
  )
  counter("salon_http_server_errors_total", "HTTP responses with a 5xx status.")
  counter("salon_job_runs_total", "Scheduled job runs by job and outcome (success, failure).")
  histogram("salon_job_duration_seconds", "Scheduled job run duration.", JOB_SECONDS_BOUNDS)
  return { families, lastJobSuccess }
}

type Registry = ReturnType<typeof createRegistry>

// One registry per process (on globalThis), whichever path loaded this file.
const REGISTRY_KEY = Symbol.for("medusa-plugin-salon-erp.metrics")
const globalSlots = globalThis as unknown as Record<symbol, Registry>
const registry = (globalSlots[REGISTRY_KEY] ??= createRegistry())

function seriesKey(labels: Labels): string {
  return JSON.stringify(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)))
}

function increment(name: string, labels: Labels, by = 1): void {
  const family = registry.families.get(name)
  if (family?.type !== "counter") {
    return
  }
  const key = seriesKey(labels)
  const series = family.series.get(key) ?? { labels, value: 0 }
  series.value += by
  family.series.set(key, series)
}

function observe(name: string, labels: Labels, value: number): void {
  const family = registry.families.get(name)
  if (family?.type !== "histogram") {
    return
  }
  const key = seriesKey(labels)
  const series = family.series.get(key) ?? {
    labels,
    buckets: family.bounds.map(() => 0),
    sum: 0,
    count: 0,
  }
  family.bounds.forEach((bound, index) => {
    if (value <= bound) {
      series.buckets[index] += 1
    }
  })
  series.sum += value
  series.count += 1
  family.series.set(key, series)
}

/** `2xx`, `4xx`, `5xx`… */
export function statusClass(status: number): string {
  return `${Math.floor(status / 100)}xx`
}

/** Counts one HTTP response. `route` is the matched route pattern (ids stay out of the labels). */
export function recordHttpRequest(
  method: string,
  route: string,
  status: number,
  seconds: number
): void {
  const labels = { method, route, status_class: statusClass(status) }
  increment("salon_http_requests_total", labels)
  observe("salon_http_request_duration_seconds", labels, seconds)
  if (status >= 500) {
    increment("salon_http_server_errors_total", { method, route })
  }
}

/**
 * Counts one run of a scheduled job. Job wrappers call it after each run:
 * `recordJobRun("send-booking-reminders", true, 840)`.
 */
export function recordJobRun(name: string, ok: boolean, ms: number): void {
  increment("salon_job_runs_total", { job: name, outcome: ok ? "success" : "failure" })
  observe("salon_job_duration_seconds", { job: name }, ms / 1000)
  if (ok) {
    registry.lastJobSuccess.set(name, Date.now() / 1000)
  }
}

function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"')
}

function formatLabels(labels: Labels): string {
  const entries = Object.entries(labels)
  if (!entries.length) {
    return ""
  }
  return `{${entries.map(([name, value]) => `${name}="${escapeLabelValue(value)}"`).join(",")}}`
}

function formatNumber(value: number): string {
  if (Number.isNaN(value)) return "NaN"
  if (value === Infinity) return "+Inf"
  if (value === -Infinity) return "-Inf"
  return String(value)
}

function renderFamily(family: MetricFamily): string[] {
  const lines = [`# HELP ${family.name} ${family.help}`, `# TYPE ${family.name} ${family.type}`]
  if (family.type === "counter") {
    for (const series of family.series.values()) {
      lines.push(`${family.name}${formatLabels(series.labels)} ${formatNumber(series.value)}`)
    }
    return lines
  }
  for (const series of family.series.values()) {
    family.bounds.forEach((bound, index) => {
      const labels = { ...series.labels, le: formatNumber(bound) }
      lines.push(`${family.name}_bucket${formatLabels(labels)} ${series.buckets[index]}`)
    })
    lines.push(
      `${family.name}_bucket${formatLabels({ ...series.labels, le: "+Inf" })} ${series.count}`,
      `${family.name}_sum${formatLabels(series.labels)} ${formatNumber(series.sum)}`,
      `${family.name}_count${formatLabels(series.labels)} ${series.count}`
    )
  }
  return lines
}

function renderGauge(gauge: GaugeSample): string[] {
  return [
    `# HELP ${gauge.name} ${gauge.help}`,
    `# TYPE ${gauge.name} gauge`,
    ...gauge.samples.map(
      (sample) => `${gauge.name}${formatLabels(sample.labels)} ${formatNumber(sample.value)}`
    ),
  ]
}

/** The process's counters and histograms, plus `gauges` read at scrape time, as one text page. */
export function renderMetrics(gauges: GaugeSample[] = []): string {
  const memory = process.memoryUsage()
  const processGauges: GaugeSample[] = [
    {
      name: "salon_job_last_success_timestamp_seconds",
      help: "Unix time of each scheduled job's last successful run in this process.",
      samples: [...registry.lastJobSuccess].map(([job, at]) => ({ labels: { job }, value: at })),
    },
    {
      name: "process_resident_memory_bytes",
      help: "Resident memory of this process.",
      samples: [{ labels: {}, value: memory.rss }],
    },
    {
      name: "nodejs_heap_used_bytes",
      help: "V8 heap in use.",
      samples: [{ labels: {}, value: memory.heapUsed }],
    },
    {
      name: "process_uptime_seconds",
      help: "Seconds since this process started.",
      samples: [{ labels: {}, value: Math.round(process.uptime()) }],
    },
  ]
  const lines = [
    ...[...registry.families.values()].flatMap(renderFamily),
    ...[...gauges, ...processGauges].flatMap(renderGauge),
  ]
  return `${lines.join("\n")}\n`
}
