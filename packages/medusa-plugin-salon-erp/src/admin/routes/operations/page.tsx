import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ExclamationCircle } from "@medusajs/icons"
import { Button, StatusBadge, createDataTableColumnHelper, toast } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { TableSection } from "../../components/layout/table-section"
import {
  type DeadLetter,
  type DeadLetterStatus,
  useDeadLetters,
  type ScheduledJob,
  useScheduledJobs,
  useReplayDeadLetter,
} from "../../hooks/api/operations"
import { errorMessage } from "../../lib/errors"
import { ListPage, SelectFilter, useListPagination } from "../../components/layout/list-page"

const AUTOMATIC_ATTEMPTS = 6
/** Re-reads while something is due, so a replay's outcome shows up without a reload. */
const REFRESH_MS = 10_000

const STATUS: Record<
  DeadLetterStatus,
  { label: string; color: "orange" | "blue" | "red" | "green" }
> = {
  pending_retry: { label: "Waiting to retry", color: "orange" },
  retrying: { label: "Retrying", color: "blue" },
  dead: { label: "Dead", color: "red" },
  resolved: { label: "Resolved", color: "green" },
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" })
const formatInstant = (instant: string | null) =>
  instant ? dateTime.format(new Date(instant)) : "—"

/** "in 4 min", "due now", "in 2 h". */
const formatDue = (instant: string | null) => {
  if (!instant) return "—"
  const minutes = Math.round((new Date(instant).getTime() - Date.now()) / 60_000)
  if (minutes <= 0) return "due now"
  if (minutes < 90) return `in ${minutes} min`
  return `in ${Math.round(minutes / 60)} h`
}

/** "commission-sources" reads as "Commission sources". */
const handlerName = (subscriberId: string) => {
  const words = subscriberId
    .replace(/[-_]+/g, " ")
    .replace(/\bslas\b/, "SLAs")
    .trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** The message without the stack frame kept after it. */
const firstLine = (error: string | null) => (error ? error.split("\n")[0] : "—")

const columnHelper = createDataTableColumnHelper<DeadLetter>()

const OperationsPage = () => (
  <div className="flex flex-col gap-y-3">
    <DeadLettersSection />
    <ScheduledJobsSection />
  </div>
)

const DeadLettersSection = () => {
  const pagination = useListPagination()
  const [status, setStatus] = useState<DeadLetterStatus | "">("")
  const list = useDeadLetters(
    {
      status: status || undefined,
      limit: pagination.limit,
      offset: pagination.offset,
    },
    { refetchInterval: REFRESH_MS }
  )
  const replay = useReplayDeadLetter()

  const columns = useMemo(
    () => [
      columnHelper.accessor("event_name", {
        header: "Event",
        cell: ({ row }) => <span className="txt-small-plus">{row.original.event_name}</span>,
      }),
      columnHelper.accessor("subscriber_id", {
        header: "Handler",
        cell: ({ row }) => handlerName(row.original.subscriber_id),
      }),
      columnHelper.accessor("attempts", {
        header: "Attempts",
        // Six automatic attempts; a replay adds one each, past the six.
        cell: ({ row }) => (
          <span className="tabular-nums">
            {row.original.attempts <= AUTOMATIC_ATTEMPTS
              ? `${row.original.attempts} of ${AUTOMATIC_ATTEMPTS}`
              : `${row.original.attempts} (replayed)`}
          </span>
        ),
      }),
      columnHelper.accessor("error", {
        header: "Error",
        cell: ({ row }) => (
          <span className="txt-small block max-w-[200px] truncate" title={row.original.error}>
            {firstLine(row.original.error)}
          </span>
        ),
      }),
      columnHelper.accessor("last_failed_at", {
        header: "Last failure",
        cell: ({ row }) => formatInstant(row.original.last_failed_at),
      }),
      columnHelper.accessor("status", {
        header: "Status",
        cell: ({ row }) => {
          const shown = STATUS[row.original.status]
          return (
            <span
              title={
                row.original.resolved_at
                  ? `Resolved ${formatInstant(row.original.resolved_at)}`
                  : undefined
              }
            >
              <StatusBadge color={shown.color}>{shown.label}</StatusBadge>
            </span>
          )
        },
      }),
      columnHelper.accessor("next_attempt_at", {
        header: "Next attempt",
        cell: ({ row }) =>
          row.original.status === "pending_retry" ? (
            <span title={formatInstant(row.original.next_attempt_at)}>
              {formatDue(row.original.next_attempt_at)}
            </span>
          ) : (
            "—"
          ),
      }),
      columnHelper.display({
        id: "replay",
        header: "",
        cell: ({ row }) =>
          row.original.status === "dead" || row.original.status === "pending_retry" ? (
            <Button
              size="small"
              variant="secondary"
              isLoading={replay.isPending && replay.variables === row.original.id}
              onClick={(event) => {
                event.stopPropagation()
                replay.mutate(row.original.id, {
                  onSuccess: () =>
                    toast.success("Replay requested", {
                      description: `${handlerName(row.original.subscriber_id)} runs ${row.original.event_name} again within about 30 seconds.`,
                    }),
                  onError: (replayError) => toast.error(errorMessage(replayError)),
                })
              }}
            >
              Replay
            </Button>
          ) : null,
      }),
    ],
    [replay]
  )

  return (
    <ListPage
      title="Failed event handlers"
      subtitle="Events a salon handler could not process. Each is retried after 1 min, 5 min, 30 min, 2 h and 12 h; after 6 failed attempts it is dead until you replay it."
      filters={
        <SelectFilter
          label="Status"
          allLabel="Any status"
          className="w-[170px]"
          value={status}
          onChange={pagination.filter((value) => setStatus(value as DeadLetterStatus | ""))}
          options={(Object.keys(STATUS) as DeadLetterStatus[]).map((key) => ({
            value: key,
            label: STATUS[key].label,
          }))}
        />
      }
      columns={columns}
      query={list}
      rows={list.data?.dead_letters}
      count={list.data?.count}
      pagination={pagination}
      emptyState={{
        empty: {
          heading: "No failed events",
          description: "Every event was handled.",
        },
        filtered: { heading: "None with this status", description: "Try another status." },
      }}
    />
  )
}

/** "every 2 s", "every 5 min", "hourly at :17", "daily at 03:00"; other patterns as written. */
const describeSchedule = (schedule: ScheduledJob["schedule"]) => {
  if (typeof schedule !== "string") {
    const seconds = schedule.interval / 1000
    return seconds < 60 ? `every ${seconds} s` : `every ${Math.round(seconds / 60)} min`
  }
  const [minute, hour, ...rest] = schedule.split(/\s+/)
  if (rest.join(" ") !== "* * *") return schedule
  if (hour === "*" && minute === "*") return "every minute"
  if (hour === "*" && minute.startsWith("*/")) return `every ${minute.slice(2)} min`
  if (hour === "*" && /^\d+$/.test(minute)) return `hourly at :${minute.padStart(2, "0")}`
  if (/^\d+$/.test(hour) && /^\d+$/.test(minute)) {
    return `daily at ${hour.padStart(2, "0")}:${minute.padStart(2, "0")} (worker's time)`
  }
  return schedule
}

const Registration = ({ registered }: { registered: boolean | null }) =>
  registered === null ? (
    <StatusBadge color="grey">Unknown</StatusBadge>
  ) : registered ? (
    <StatusBadge color="green">Scheduled</StatusBadge>
  ) : (
    <StatusBadge color="red">Not scheduled</StatusBadge>
  )

const ScheduledJobsSection = () => {
  const query = useScheduledJobs({ refetchInterval: REFRESH_MS })
  const { data } = query
  const missing = data?.scheduled_jobs.filter((job) => job.registered === false).length ?? 0
  return (
    <TableSection
      title="Scheduled jobs"
      description={
        data?.registration_error
          ? data.registration_error
          : missing
            ? `${missing} not scheduled in the workflow engine: the worker schedules them again within 30 seconds; if this stays, check the worker.`
            : "Every salon job, when it runs, and its runs and failures since it was first recorded."
      }
      query={query}
      rows={data?.scheduled_jobs ?? []}
      rowKey={(job) => job.name}
      columns={[
        { header: "Job", cell: (job) => handlerName(job.name) },
        { header: "Schedule", cell: (job) => describeSchedule(job.schedule) },
        { header: "Status", cell: (job) => <Registration registered={job.registered} /> },
        {
          header: "Last success",
          cell: (job) => (job.runs ? formatInstant(job.last_succeeded_at) : "Not run yet"),
        },
        {
          header: "Last failure",
          cell: (job) =>
            job.last_failed_at ? (
              <span title={job.last_error ?? undefined}>
                {formatInstant(job.last_failed_at)} · {firstLine(job.last_error)}
              </span>
            ) : (
              "—"
            ),
        },
        { header: "Runs", className: "text-right tabular-nums", cell: (job) => job.runs },
        { header: "Failures", className: "text-right tabular-nums", cell: (job) => job.failures },
      ]}
    />
  )
}

export const config = defineRouteConfig({
  label: "Operations",
  icon: ExclamationCircle,
})

export default OperationsPage
