import { defineRouteConfig } from "@medusajs/admin-sdk"
import { FaceSmile } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import {
  type AnalyticsParams,
  type FollowUpVisit,
  type Labelled,
  type SatisfactionAnalyticsRow,
  useComplaintAnalytics,
  useFeedbackLookups,
  useFeedbackSettings,
  useFollowUpVisits,
  useSatisfactionAnalytics,
  useUpdateFollowUpVisit,
} from "../../hooks/api/feedback"
import {
  formatDateTime,
  formatMinutes,
  personName,
  relative,
} from "../complaints/components/labels"
import { SelectFilter } from "../../components/layout/list-page"
import { errorMessage } from "../../lib/errors"
import { BarChart, InlineBar, Kpi } from "./components/charts"

const PERIODS = {
  "30": { label: "Last 30 days", days: 30, interval: "day" as const },
  "90": { label: "Last 90 days", days: 90, interval: "week" as const },
  "365": { label: "Last 12 months", days: 365, interval: "month" as const },
} satisfies Record<string, { label: string; days: number; interval: "day" | "week" | "month" }>
type Period = keyof typeof PERIODS

const isoDate = (date: Date) => date.toISOString().slice(0, 10)
const percent = (value: number | null) => (value === null ? "—" : `${value.toFixed(1)} %`)
const rating = (value: number | null) => (value === null ? "—" : value.toFixed(2))
const nps = (value: number | null) => (value === null ? "—" : value > 0 ? `+${value}` : `${value}`)
const periodLabel = (period: string | null, interval: string) =>
  !period ? "" : interval === "month" ? period.slice(0, 7) : period.slice(5)

/** Satisfaction and complaints at a glance: who and where customers are unhappy, and why. */
const SatisfactionPage = () => {
  const [period, setPeriod] = useState<Period>("30")
  const [branchId, setBranchId] = useState("")
  const lookups = useFeedbackLookups()
  const settings = useFeedbackSettings()
  const { days, interval } = PERIODS[period]
  const base: AnalyticsParams = {
    from: isoDate(new Date(Date.now() - (days - 1) * 86_400_000)),
    to: isoDate(new Date(Date.now() + 86_400_000)),
    ...(branchId ? { branch_id: branchId } : {}),
  }
  const overTime = useSatisfactionAnalytics({ ...base, interval })
  const byBranch = useSatisfactionAnalytics({ ...base, group_by: "branch" })
  const byStaff = useSatisfactionAnalytics({ ...base, group_by: "staff_member" })
  const complaints = useComplaintAnalytics({ ...base, group_by: "category" })
  const complaintsByStaff = useComplaintAnalytics({ ...base, group_by: "staff_member" })
  const totals = byBranch.data?.analytics.totals
  const complaintTotals = complaints.data?.analytics.totals
  const failing = [overTime, byBranch, byStaff, complaints].find((query) => query.error)

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <Heading>Satisfaction</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Post-service ratings (1–5), NPS (0–10) and complaints.
            {settings.data &&
              ` Alerts: ${settings.data.settings.low_score_streak} answers in a row averaging below ${settings.data.settings.low_score_threshold}, or NPS ≤ ${settings.data.settings.nps_detractor_max}.`}
          </Text>
        </div>
        <div className="flex items-center gap-2">
          <SelectFilter
            label="Branch"
            allLabel="All branches"
            className="w-[170px]"
            value={branchId}
            onChange={setBranchId}
            options={(lookups.data?.branches ?? []).map((branch) => ({
              value: branch.id,
              label: branch.name,
            }))}
          />
          <SelectFilter
            label="Period"
            className="w-[160px]"
            value={period}
            onChange={(value) => setPeriod(value as Period)}
            options={Object.entries(PERIODS).map(([value, { label }]) => ({ value, label }))}
          />
        </div>
      </Container>

      {failing && (
        <Container>
          <Text size="small" className="text-ui-fg-error">
            {errorMessage(failing.error)}
          </Text>
        </Container>
      )}

      <Container className="flex flex-wrap gap-3">
        <Kpi label="Answers" value={String(totals?.responses ?? 0)} />
        <Kpi
          label="NPS"
          value={nps(totals?.nps ?? null)}
          hint={
            totals ? `${totals.promoters} promoters · ${totals.detractors} detractors` : undefined
          }
        />
        <Kpi label="Average rating" value={rating(totals?.avg_overall ?? null)} hint="of 5" />
        <Kpi label="Low scores" value={String(totals?.low_scores ?? 0)} />
        <Kpi
          label="Complaints"
          value={String(complaintTotals?.complaints ?? 0)}
          hint={complaintTotals ? `${complaintTotals.open} still open` : undefined}
        />
        <Kpi
          label="First response in time"
          value={percent(complaintTotals?.first_response_compliance ?? null)}
        />
        <Kpi
          label="Resolved in time"
          value={percent(complaintTotals?.resolution_compliance ?? null)}
        />
        <Kpi
          label="Average resolution"
          value={formatMinutes(complaintTotals?.avg_resolution_minutes ?? null)}
        />
      </Container>

      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
        <Container className="flex flex-col gap-y-3">
          <Heading level="h2">NPS by {interval}</Heading>
          <BarChart
            min={-100}
            max={100}
            format={(value) => nps(value)}
            points={(overTime.data?.analytics.rows ?? []).map((row) => ({
              label: periodLabel(row.period, interval),
              value: row.nps,
              hint: `${row.period}: NPS ${nps(row.nps)} from ${row.responses} answers`,
            }))}
          />
        </Container>
        <Container className="flex flex-col gap-y-3">
          <Heading level="h2">Average rating by {interval}</Heading>
          <BarChart
            min={0}
            max={5}
            format={(value) => value.toFixed(1)}
            points={(overTime.data?.analytics.rows ?? []).map((row) => ({
              label: periodLabel(row.period, interval),
              value: row.avg_overall,
              hint: `${row.period}: technique ${rating(row.avg_technique)}, attitude ${rating(row.avg_attitude)}, environment ${rating(row.avg_environment)}, result ${rating(row.avg_result)}`,
            }))}
          />
        </Container>
      </div>

      <DimensionTable title="By branch" rows={byBranch.data?.analytics.rows ?? []} />
      <DimensionTable
        title="By staff member (lowest first)"
        rows={[...(byStaff.data?.analytics.rows ?? [])].sort(
          (a, b) => (a.avg_overall ?? 5) - (b.avg_overall ?? 5)
        )}
        complaints={
          new Map(
            (complaintsByStaff.data?.analytics.rows ?? []).map((row) => [row.key, row.complaints])
          )
        }
      />

      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <Heading level="h2">Complaints by category</Heading>
          <Button size="small" variant="secondary" asChild>
            <Link to="/complaints">Open the board</Link>
          </Button>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Category</Table.HeaderCell>
              <Table.HeaderCell>Complaints</Table.HeaderCell>
              <Table.HeaderCell>Open</Table.HeaderCell>
              <Table.HeaderCell>First response in time</Table.HeaderCell>
              <Table.HeaderCell>Resolved in time</Table.HeaderCell>
              <Table.HeaderCell>Average resolution</Table.HeaderCell>
              <Table.HeaderCell>Resolution rating</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(complaints.data?.analytics.rows ?? []).map((row) => (
              <Table.Row key={row.key ?? "none"}>
                <Table.Cell>{row.label ?? "—"}</Table.Cell>
                <Table.Cell>
                  <InlineBar
                    value={row.complaints}
                    max={Math.max(
                      ...(complaints.data?.analytics.rows ?? []).map((r) => r.complaints),
                      1
                    )}
                    tone="orange"
                    format={(value) => String(value)}
                  />
                </Table.Cell>
                <Table.Cell>{row.open}</Table.Cell>
                <Table.Cell>{percent(row.first_response_compliance)}</Table.Cell>
                <Table.Cell>{percent(row.resolution_compliance)}</Table.Cell>
                <Table.Cell>{formatMinutes(row.avg_resolution_minutes)}</Table.Cell>
                <Table.Cell>{rating(row.avg_resolution_rating)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>

      <FollowUpVisits />
    </div>
  )
}

const DimensionTable = ({
  title,
  rows,
  complaints,
}: {
  title: string
  rows: Labelled<SatisfactionAnalyticsRow>[]
  complaints?: Map<string | null, number>
}) => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h2">{title}</Heading>
    </div>
    {rows.length ? (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Name</Table.HeaderCell>
            <Table.HeaderCell>Answers</Table.HeaderCell>
            <Table.HeaderCell>Technique</Table.HeaderCell>
            <Table.HeaderCell>Attitude</Table.HeaderCell>
            <Table.HeaderCell>Environment</Table.HeaderCell>
            <Table.HeaderCell>Result</Table.HeaderCell>
            <Table.HeaderCell>NPS</Table.HeaderCell>
            <Table.HeaderCell>Low scores</Table.HeaderCell>
            {complaints && <Table.HeaderCell>Complaints</Table.HeaderCell>}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => {
            const tone = (value: number | null) =>
              value !== null && value < 3.5 ? ("red" as const) : ("blue" as const)
            return (
              <Table.Row key={row.key ?? "none"}>
                <Table.Cell>{row.label ?? "—"}</Table.Cell>
                <Table.Cell className="tabular-nums">{row.responses}</Table.Cell>
                <Table.Cell>
                  <InlineBar value={row.avg_technique} max={5} tone={tone(row.avg_technique)} />
                </Table.Cell>
                <Table.Cell>
                  <InlineBar value={row.avg_attitude} max={5} tone={tone(row.avg_attitude)} />
                </Table.Cell>
                <Table.Cell>
                  <InlineBar value={row.avg_environment} max={5} tone={tone(row.avg_environment)} />
                </Table.Cell>
                <Table.Cell>
                  <InlineBar value={row.avg_result} max={5} tone={tone(row.avg_result)} />
                </Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={(row.nps ?? 0) < 0 ? "red" : "green"}>
                    {nps(row.nps)}
                  </Badge>
                </Table.Cell>
                <Table.Cell className="tabular-nums">{row.low_scores}</Table.Cell>
                {complaints && (
                  <Table.Cell className="tabular-nums">{complaints.get(row.key) ?? 0}</Table.Cell>
                )}
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
    ) : (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        No answers in this period.
      </Text>
    )}
  </Container>
)

const REASONS: Record<string, string> = {
  low_score_streak: "Low ratings in a row",
  nps_detractor: "NPS detractor",
}

const FollowUpVisits = () => {
  const { data, error } = useFollowUpVisits({ status: "open", limit: 50 })
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Follow-up visits to make</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Raised by low scores: call the customer before they leave for good.
        </Text>
      </div>
      {error && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      )}
      {data && !data.follow_up_visits.length && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Nothing to follow up.
        </Text>
      )}
      {data?.follow_up_visits.map((visit) => (
        <FollowUpRow key={visit.id} visit={visit} />
      ))}
    </Container>
  )
}

const FollowUpRow = ({ visit }: { visit: FollowUpVisit }) => {
  const [outcome, setOutcome] = useState("")
  const update = useUpdateFollowUpVisit()
  const overdue = new Date(visit.due_at).getTime() < Date.now()
  return (
    <div className="flex flex-wrap items-start justify-between gap-3 px-6 py-4">
      <div className="flex flex-col gap-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <Link
            to={`/customers/${visit.customer_id}`}
            className="txt-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
          >
            {personName(visit.customer)}
          </Link>
          {visit.customer?.phone && (
            <Text size="small" className="text-ui-fg-subtle">
              {visit.customer.phone}
            </Text>
          )}
          {visit.reasons.map((reason) => (
            <Badge key={reason} size="2xsmall" color="red">
              {REASONS[reason] ?? reason}
            </Badge>
          ))}
          <Badge size="2xsmall" color={overdue ? "red" : "grey"}>
            due {relative(visit.due_at)}
          </Badge>
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          {visit.branch?.name ?? "—"} · {personName(visit.user)} · raised{" "}
          {formatDateTime(visit.created_at)}
        </Text>
        {(visit.surveys ?? []).map((survey) => (
          <Text key={survey.id} size="xsmall" className="text-ui-fg-subtle">
            Visit #{survey.appointment_display_id ?? "?"} ({survey.service_date}):{" "}
            {survey.overall_rating ?? "—"}/5, NPS {survey.nps_score ?? "—"}
            {survey.comment ? ` — “${survey.comment}”` : ""}
          </Text>
        ))}
      </div>
      <div className="flex items-center gap-2">
        <Input
          size="small"
          placeholder="What came of the call"
          value={outcome}
          onChange={(event) => setOutcome(event.target.value)}
        />
        <Button
          size="small"
          variant="secondary"
          disabled={!outcome.trim()}
          isLoading={update.isPending}
          onClick={() =>
            update.mutate(
              { id: visit.id, status: "done", outcome: outcome.trim() },
              {
                onSuccess: () => toast.success("Follow-up recorded"),
                onError: (problem) => toast.error(errorMessage(problem)),
              }
            )
          }
        >
          Done
        </Button>
      </div>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Satisfaction",
  icon: FaceSmile,
})

export default SatisfactionPage
