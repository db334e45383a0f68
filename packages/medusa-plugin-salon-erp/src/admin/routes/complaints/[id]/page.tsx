import { ArrowUpRightOnBox, PaperClip, Plus, Trash } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  Drawer,
  Heading,
  IconButton,
  Input,
  Label,
  Select,
  Switch,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import {
  type Complaint,
  type ComplaintEvent,
  type ComplaintSeverity,
  type RemedyKind,
  fileToUpload,
  useComplaint,
  useComplaintChange,
  useFeedbackLookups,
} from "../../../hooks/api/feedback"
import { sdk } from "../../../lib/sdk"
import {
  CHANNEL_LABELS,
  ComplaintStatusBadge,
  SEVERITY_LABELS,
  STATUS_LABELS,
  SeverityBadge,
  SlaBadge,
  errorText,
  formatDateTime,
  formatMinutes,
  personName,
} from "../components/labels"

type Change = ReturnType<typeof useComplaintChange>

/** One complaint: what happened, its timeline, who has it, its deadlines and its resolution. */
const ComplaintDetailPage = () => {
  const { id } = useParams()
  const { data, isLoading, error, refetch } = useComplaint(id!)
  const change = useComplaintChange(id!)
  const lookups = useFeedbackLookups()

  if (isLoading) {
    return (
      <Container>
        <Text size="small">Loading…</Text>
      </Container>
    )
  }
  if (error || !data) {
    return (
      <Container className="flex items-center justify-between">
        <Text size="small" className="text-ui-fg-error">
          {errorText(error)}
        </Text>
        <Button size="small" variant="secondary" onClick={() => refetch()}>
          Retry
        </Button>
      </Container>
    )
  }
  const complaint = data.complaint
  const zone = complaint.branch?.timezone ?? "Asia/Shanghai"
  const users = new Map((lookups.data?.users ?? []).map((user) => [user.id, personName(user)]))

  const run = async (path: string, body: Record<string, unknown>, done: string) => {
    try {
      await change.mutateAsync({ path, body })
      toast.success(done)
      return true
    } catch (problem) {
      toast.error(errorText(problem))
      return false
    }
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex flex-col gap-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <Heading>
              #{complaint.display_id} {complaint.subject || complaint.category?.name}
            </Heading>
            <ComplaintStatusBadge status={complaint.status} />
            <SeverityBadge severity={complaint.severity} />
            <SlaBadge state={complaint.sla_state} />
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {CHANNEL_LABELS[complaint.channel]} · filed {formatDateTime(complaint.created_at, zone)}{" "}
            at {complaint.branch?.name ?? "—"}
          </Text>
        </div>
        <StatusActions complaint={complaint} change={change} run={run} />
      </Container>

      <div className="grid grid-cols-1 gap-3 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="flex flex-col gap-y-3">
          <DetailsSection complaint={complaint} run={run} />
          <TimelineSection complaint={complaint} users={users} run={run} zone={zone} />
        </div>
        <div className="flex flex-col gap-y-3">
          <AssignmentSection complaint={complaint} run={run} />
          <SlaSection complaint={complaint} zone={zone} />
          <ResolutionSection complaint={complaint} run={run} />
          <AttachmentsSection complaint={complaint} run={run} />
        </div>
      </div>
    </div>
  )
}

type Run = (path: string, body: Record<string, unknown>, done: string) => Promise<boolean>

const StatusActions = ({
  complaint,
  change,
  run,
}: {
  complaint: Complaint
  change: Change
  run: Run
}) => {
  const [resolving, setResolving] = useState(false)
  const [reopening, setReopening] = useState(false)
  const status = complaint.status
  return (
    <div className="flex flex-wrap items-center gap-2">
      {(status === "assigned" || status === "reopened") && (
        <Button
          size="small"
          variant="secondary"
          isLoading={change.isPending}
          onClick={() => run("start", {}, "Marked as in progress")}
        >
          Start work
        </Button>
      )}
      {["assigned", "in_progress", "reopened"].includes(status) && (
        <Button size="small" onClick={() => setResolving(true)}>
          Resolve
        </Button>
      )}
      {status === "resolved" && (
        <Button
          size="small"
          variant="secondary"
          isLoading={change.isPending}
          onClick={() => run("close", {}, "Closed")}
        >
          Close
        </Button>
      )}
      {(status === "resolved" || status === "closed") && (
        <Button size="small" variant="secondary" onClick={() => setReopening(true)}>
          Reopen
        </Button>
      )}
      {status === "open" && (
        <Text size="small" className="text-ui-fg-subtle">
          Assign it to start working on it.
        </Text>
      )}
      <ResolveDrawer open={resolving} onOpenChange={setResolving} run={run} />
      <ReasonDrawer
        open={reopening}
        onOpenChange={setReopening}
        title="Reopen the complaint"
        label="Why is it reopened? (internal)"
        action="Reopen"
        onSubmit={(reason) => run("reopen", { reason }, "Reopened: a new resolution deadline runs")}
      />
    </div>
  )
}

const Section = ({
  title,
  actions,
  children,
}: {
  title: string
  actions?: React.ReactNode
  children: React.ReactNode
}) => (
  <Container className="divide-y p-0">
    <div className="flex items-center justify-between px-6 py-4">
      <Heading level="h2">{title}</Heading>
      {actions}
    </div>
    <div className="px-6 py-4">{children}</div>
  </Container>
)

const Row = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div className="grid grid-cols-[140px_1fr] items-center gap-2 py-1">
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <div className="txt-small">{children}</div>
  </div>
)

const DetailsSection = ({ complaint, run }: { complaint: Complaint; run: Run }) => {
  const lookups = useFeedbackLookups()
  const editable = complaint.status !== "closed"
  return (
    <Section title="What happened">
      <Text size="small" className="mb-4 whitespace-pre-line">
        {complaint.description}
      </Text>
      <Row label="Customer">
        <Link
          to={`/customers/${complaint.customer_id}`}
          className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
        >
          {personName(complaint.customer)}
        </Link>
        {complaint.customer?.phone ? ` · ${complaint.customer.phone}` : ""}
      </Row>
      <Row label="Category">
        <Select
          size="small"
          disabled={!editable}
          value={complaint.category_id}
          onValueChange={(value) => run("", { category_id: value }, "Category changed")}
        >
          <Select.Trigger>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {(lookups.data?.categories ?? [])
              .filter((c) => c.is_active || c.id === complaint.category_id)
              .map((c) => (
                <Select.Item key={c.id} value={c.id}>
                  {c.name}
                </Select.Item>
              ))}
          </Select.Content>
        </Select>
      </Row>
      <Row label="Severity">
        <Select
          size="small"
          disabled={!editable}
          value={complaint.severity}
          onValueChange={(value) =>
            run(
              "",
              { severity: value as ComplaintSeverity },
              "Severity changed; running deadlines moved"
            )
          }
        >
          <Select.Trigger>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {Object.entries(SEVERITY_LABELS).map(([value, label]) => (
              <Select.Item key={value} value={value}>
                {label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Row>
      <Row label="Staff member">
        <Select
          size="small"
          disabled={!editable}
          value={complaint.staff_member_id ?? "__none"}
          onValueChange={(value) =>
            run("", { staff_member_id: value === "__none" ? null : value }, "Staff member changed")
          }
        >
          <Select.Trigger>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="__none">Nobody in particular</Select.Item>
            {(lookups.data?.staff ?? []).map((member) => (
              <Select.Item key={member.id} value={member.id}>
                {member.name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Row>
      {complaint.appointment && (
        <Row label="Appointment">
          #{complaint.appointment.display_id} ·{" "}
          {formatDateTime(complaint.appointment.starts_at, complaint.branch?.timezone)} ·{" "}
          {complaint.appointment.status}
        </Row>
      )}
      {complaint.order && (
        <Row label="Order">
          <Link
            to={`/orders/${complaint.order.id}`}
            className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
          >
            #{complaint.order.display_id}
          </Link>
        </Row>
      )}
    </Section>
  )
}

const EVENT_LABELS: Record<string, string> = {
  created: "Complaint filed",
  details_updated: "Details changed",
  assigned: "Assigned",
  status_changed: "Status changed",
  internal_note: "Internal note",
  reply: "Reply to the customer",
  customer_message: "Message from the customer",
  attachment_added: "Attachment added",
  remedy_recorded: "Remedy recorded",
  remedy_applied: "Remedy applied",
  resolution_rated: "Customer rated the resolution",
  sla_warning: "Deadline warning sent",
  sla_breached: "Deadline missed: escalated",
}

function eventDetail(event: ComplaintEvent, users: Map<string, string>): string | null {
  const data = event.data ?? {}
  if (event.type === "status_changed") {
    const from = STATUS_LABELS[data.from as keyof typeof STATUS_LABELS] ?? data.from
    const to = STATUS_LABELS[data.to as keyof typeof STATUS_LABELS] ?? data.to
    return `${from} → ${to}`
  }
  if (event.type === "assigned") {
    return `to ${users.get(String(data.assignee_user_id)) ?? data.assignee_user_id}`
  }
  if (event.type === "resolution_rated") return `${data.rating} of 5`
  if (event.type === "sla_warning" || event.type === "sla_breached") {
    const deadline = data.deadline === "first_response" ? "first response" : "resolution"
    const notified = ((data.notified_user_ids as string[]) ?? [])
      .map((userId) => users.get(userId) ?? userId)
      .join(", ")
    return `${deadline}${notified ? ` · notified ${notified}` : ""}`
  }
  if (event.type === "details_updated") {
    return `changed ${((data.changed as string[]) ?? []).join(", ")}`
  }
  return null
}

const TimelineSection = ({
  complaint,
  users,
  run,
  zone,
}: {
  complaint: Complaint
  users: Map<string, string>
  run: Run
  zone: string
}) => {
  const [body, setBody] = useState("")
  const [toCustomer, setToCustomer] = useState(true)
  const [sending, setSending] = useState(false)
  const author = (event: ComplaintEvent) =>
    event.author_type === "customer"
      ? personName(complaint.customer)
      : event.author_type === "system"
        ? "System"
        : (users.get(event.author_id ?? "") ?? "Staff")
  const send = async () => {
    if (!body.trim()) return
    setSending(true)
    const ok = await run(
      "messages",
      { body: body.trim(), visibility: toCustomer ? "customer" : "internal" },
      toCustomer ? "Reply sent to the customer" : "Note added"
    )
    setSending(false)
    if (ok) setBody("")
  }
  return (
    <Section title="Timeline">
      <ol className="flex flex-col gap-y-3">
        {(complaint.events ?? []).map((event) => (
          <li key={event.id} className="flex gap-x-3">
            <span
              className={`mt-1.5 h-2 w-2 shrink-0 rounded-full ${
                event.visibility === "customer" ? "bg-ui-tag-blue-icon" : "bg-ui-tag-neutral-icon"
              }`}
            />
            <div className="flex flex-col">
              <div className="flex flex-wrap items-center gap-x-2">
                <Text size="small" weight="plus">
                  {EVENT_LABELS[event.type] ?? event.type}
                </Text>
                {event.visibility === "internal" && (
                  <Badge size="2xsmall" color="grey">
                    internal
                  </Badge>
                )}
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {author(event)} · {formatDateTime(event.created_at, zone)}
                </Text>
              </div>
              {eventDetail(event, users) && (
                <Text size="small" className="text-ui-fg-subtle">
                  {eventDetail(event, users)}
                </Text>
              )}
              {event.body && (
                <Text size="small" className="whitespace-pre-line">
                  {event.body}
                </Text>
              )}
            </div>
          </li>
        ))}
      </ol>
      <div className="mt-6 flex flex-col gap-y-2 border-t pt-4">
        <Textarea
          rows={3}
          placeholder={toCustomer ? "Reply to the customer…" : "Internal note for colleagues…"}
          value={body}
          onChange={(event) => setBody(event.target.value)}
        />
        <div className="flex items-center justify-between">
          <div className="flex items-center gap-x-2">
            <Switch id="to-customer" checked={toCustomer} onCheckedChange={setToCustomer} />
            <Label htmlFor="to-customer" size="small">
              {toCustomer ? "Visible to the customer (sent by email)" : "Internal note"}
            </Label>
          </div>
          <Button size="small" onClick={send} isLoading={sending} disabled={!body.trim()}>
            {toCustomer ? "Send reply" : "Add note"}
          </Button>
        </div>
      </div>
    </Section>
  )
}

const AssignmentSection = ({ complaint, run }: { complaint: Complaint; run: Run }) => {
  const lookups = useFeedbackLookups()
  const [assignee, setAssignee] = useState("")
  const open = !["resolved", "closed"].includes(complaint.status)
  return (
    <Section title="Assignee">
      <Text size="small" className="mb-3">
        {complaint.user ? personName(complaint.user) : "Nobody yet"}
      </Text>
      {open && (
        <div className="flex items-center gap-2">
          <div className="flex-1">
            <Select size="small" value={assignee} onValueChange={setAssignee}>
              <Select.Trigger>
                <Select.Value placeholder="Choose someone" />
              </Select.Trigger>
              <Select.Content>
                {(lookups.data?.users ?? [])
                  .filter((user) => user.id !== complaint.assignee_user_id)
                  .map((user) => (
                    <Select.Item key={user.id} value={user.id}>
                      {personName(user)}
                    </Select.Item>
                  ))}
              </Select.Content>
            </Select>
          </div>
          <Button
            size="small"
            variant="secondary"
            disabled={!assignee}
            onClick={async () => {
              if (await run("assign", { assignee_user_id: assignee }, "Assigned")) setAssignee("")
            }}
          >
            {complaint.assignee_user_id ? "Reassign" : "Assign"}
          </Button>
        </div>
      )}
    </Section>
  )
}

const Met = ({ met }: { met: boolean | null | undefined }) =>
  met === true ? (
    <Badge size="2xsmall" color="green">
      met
    </Badge>
  ) : met === false ? (
    <Badge size="2xsmall" color="red">
      missed
    </Badge>
  ) : (
    <Badge size="2xsmall" color="grey">
      running
    </Badge>
  )

const SlaSection = ({ complaint, zone }: { complaint: Complaint; zone: string }) => (
  <Section title="Deadlines">
    <Row label="First response">
      <div className="flex items-center gap-2">
        <Met met={complaint.first_response_met} />
        <span>due {formatDateTime(complaint.first_response_due_at, zone)}</span>
      </div>
    </Row>
    {complaint.first_responded_at && (
      <Row label="Answered">
        {formatDateTime(complaint.first_responded_at, zone)} (
        {formatMinutes(complaint.first_response_minutes)})
      </Row>
    )}
    <Row label="Resolution">
      <div className="flex items-center gap-2">
        <Met met={complaint.resolution_met} />
        <span>due {formatDateTime(complaint.resolution_due_at, zone)}</span>
      </div>
    </Row>
    {complaint.resolved_at && (
      <Row label="Resolved">
        {formatDateTime(complaint.resolved_at, zone)} ({formatMinutes(complaint.resolution_minutes)}
        )
      </Row>
    )}
    {(complaint.first_response_warned_at || complaint.resolution_warned_at) && (
      <Row label="Warned">
        {formatDateTime(complaint.first_response_warned_at ?? complaint.resolution_warned_at, zone)}
      </Row>
    )}
    {(complaint.first_response_breached_at || complaint.resolution_breached_at) && (
      <Row label="Escalated">
        {formatDateTime(
          complaint.first_response_breached_at ?? complaint.resolution_breached_at,
          zone
        )}
      </Row>
    )}
    {complaint.reopen_count > 0 && <Row label="Reopened">{complaint.reopen_count}×</Row>}
  </Section>
)

const ResolutionSection = ({ complaint, run }: { complaint: Complaint; run: Run }) => {
  const [reference, setReference] = useState<Record<string, string>>({})
  return (
    <Section title="Resolution">
      {complaint.resolution_summary ? (
        <Text size="small" className="mb-3 whitespace-pre-line">
          {complaint.resolution_summary}
        </Text>
      ) : (
        <Text size="small" className="text-ui-fg-subtle mb-3">
          Not resolved yet.
        </Text>
      )}
      {(complaint.remedies ?? []).map((remedy) => (
        <div key={remedy.id} className="mb-3 flex flex-col gap-y-1 rounded-md border p-3">
          <div className="flex items-center justify-between gap-2">
            <Text size="small" weight="plus">
              {remedy.description}
            </Text>
            <Badge size="2xsmall" color={remedy.status === "applied" ? "green" : "orange"}>
              {remedy.status}
            </Badge>
          </div>
          {remedy.status === "recorded" ? (
            <>
              {remedy.status_reason && (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {remedy.status_reason}
                </Text>
              )}
              <div className="flex items-center gap-2">
                <Input
                  size="small"
                  placeholder="Reference (entry id, receipt…)"
                  value={reference[remedy.id] ?? ""}
                  onChange={(event) =>
                    setReference({ ...reference, [remedy.id]: event.target.value })
                  }
                />
                <Button
                  size="small"
                  variant="secondary"
                  onClick={() =>
                    run(
                      `remedies/${remedy.id}/mark-applied`,
                      { applied_reference: reference[remedy.id] || null },
                      "Remedy marked applied"
                    )
                  }
                >
                  Mark applied
                </Button>
              </div>
            </>
          ) : (
            <Text size="xsmall" className="text-ui-fg-subtle">
              Applied {formatDateTime(remedy.applied_at)}
              {remedy.applied_reference ? ` · ${remedy.applied_reference}` : ""}
            </Text>
          )}
        </div>
      ))}
      {complaint.rated_at ? (
        <div className="flex flex-col">
          <Text size="small" weight="plus">
            Customer rating: {"★".repeat(complaint.resolution_rating ?? 0)}
            {"☆".repeat(5 - (complaint.resolution_rating ?? 0))}
          </Text>
          {complaint.resolution_comment && (
            <Text size="small" className="text-ui-fg-subtle">
              “{complaint.resolution_comment}”
            </Text>
          )}
        </div>
      ) : (
        complaint.status === "resolved" && (
          <Text size="small" className="text-ui-fg-subtle">
            Waiting for the customer&apos;s rating.
          </Text>
        )
      )}
    </Section>
  )
}

const AttachmentsSection = ({ complaint, run }: { complaint: Complaint; run: Run }) => {
  const [shared, setShared] = useState(false)
  const [uploading, setUploading] = useState(false)
  return (
    <Section title="Attachments">
      <div className="flex flex-col gap-y-2">
        {(complaint.attachments ?? []).map((attachment) => (
          <a
            key={attachment.id}
            href={attachment.url}
            target="_blank"
            rel="noreferrer"
            className="txt-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover flex items-center gap-x-2"
          >
            <PaperClip />
            {attachment.filename}
            <span className="text-ui-fg-subtle">
              {Math.ceil(attachment.size_bytes / 1024)} KB ·{" "}
              {attachment.visibility === "customer" ? "customer sees it" : "internal"}
            </span>
            <ArrowUpRightOnBox />
          </a>
        ))}
        {!complaint.attachments?.length && (
          <Text size="small" className="text-ui-fg-subtle">
            None.
          </Text>
        )}
        <div className="mt-2 flex flex-col gap-y-2 border-t pt-3">
          <input
            type="file"
            multiple
            accept="image/*,application/pdf"
            className="txt-small"
            disabled={uploading}
            onChange={async (event) => {
              const chosen = Array.from(event.target.files ?? [])
              if (!chosen.length) return
              setUploading(true)
              const files = await Promise.all(chosen.map(fileToUpload))
              await run(
                "attachments",
                { files, visibility: shared ? "customer" : "internal" },
                "Attached"
              )
              setUploading(false)
              event.target.value = ""
            }}
          />
          <div className="flex items-center gap-x-2">
            <Switch id="share-files" checked={shared} onCheckedChange={setShared} />
            <Label htmlFor="share-files" size="small">
              Show new files to the customer
            </Label>
          </div>
        </div>
      </div>
    </Section>
  )
}

type RemedyDraft = {
  kind: RemedyKind
  amount: string
  currency_code: string
  salon_service_id: string
  description: string
}

const emptyRemedy = (): RemedyDraft => ({
  kind: "goodwill_credit",
  amount: "",
  currency_code: "cny",
  salon_service_id: "",
  description: "",
})

const ResolveDrawer = ({
  open,
  onOpenChange,
  run,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  run: Run
}) => {
  const [summary, setSummary] = useState("")
  const [remedies, setRemedies] = useState<RemedyDraft[]>([])
  const [saving, setSaving] = useState(false)
  const services = useQuery({
    queryKey: ["feedback_salon_services"],
    enabled: open,
    queryFn: () =>
      sdk.client.fetch<{ salon_services: { id: string; name: string }[] }>(
        "/admin/salon-services",
        { query: { limit: 200, fields: "id,name" } }
      ),
  })
  const update = (index: number, patch: Partial<RemedyDraft>) =>
    setRemedies(remedies.map((remedy, i) => (i === index ? { ...remedy, ...patch } : remedy)))
  const submit = async () => {
    setSaving(true)
    const ok = await run(
      "resolve",
      {
        resolution_summary: summary,
        remedies: remedies.map((remedy) =>
          remedy.kind === "goodwill_credit"
            ? {
                kind: remedy.kind,
                amount: Number(remedy.amount),
                currency_code: remedy.currency_code,
                description: remedy.description || null,
              }
            : remedy.kind === "free_session"
              ? {
                  kind: remedy.kind,
                  salon_service_id: remedy.salon_service_id,
                  description: remedy.description || null,
                }
              : { kind: remedy.kind, description: remedy.description }
        ),
      },
      "Resolved: the customer is asked to rate it"
    )
    setSaving(false)
    if (ok) {
      setSummary("")
      setRemedies([])
      onOpenChange(false)
    }
  }
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Resolve the complaint</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <div className="flex flex-col gap-y-2">
            <Label size="small">What was done (the customer sees this)</Label>
            <Textarea
              rows={4}
              value={summary}
              onChange={(event) => setSummary(event.target.value)}
            />
          </div>
          <div className="flex items-center justify-between">
            <Label size="small">Remedies</Label>
            <Button
              size="small"
              variant="secondary"
              onClick={() => setRemedies([...remedies, emptyRemedy()])}
            >
              <Plus />
              Add remedy
            </Button>
          </div>
          {remedies.map((remedy, index) => (
            <div key={index} className="flex flex-col gap-y-2 rounded-md border p-3">
              <div className="flex items-center gap-2">
                <div className="flex-1">
                  <Select
                    size="small"
                    value={remedy.kind}
                    onValueChange={(value) => update(index, { kind: value as RemedyKind })}
                  >
                    <Select.Trigger>
                      <Select.Value />
                    </Select.Trigger>
                    <Select.Content>
                      <Select.Item value="goodwill_credit">
                        Goodwill credit (stored value)
                      </Select.Item>
                      <Select.Item value="free_session">Free session (package)</Select.Item>
                      <Select.Item value="other">Something else</Select.Item>
                    </Select.Content>
                  </Select>
                </div>
                <IconButton
                  size="small"
                  variant="transparent"
                  aria-label="Remove remedy"
                  onClick={() => setRemedies(remedies.filter((_, i) => i !== index))}
                >
                  <Trash />
                </IconButton>
              </div>
              {remedy.kind === "goodwill_credit" && (
                <div className="grid grid-cols-[1fr_100px] gap-2">
                  <Input
                    size="small"
                    type="number"
                    min={0}
                    placeholder="Amount"
                    value={remedy.amount}
                    onChange={(event) => update(index, { amount: event.target.value })}
                  />
                  <Input
                    size="small"
                    maxLength={3}
                    value={remedy.currency_code}
                    onChange={(event) => update(index, { currency_code: event.target.value })}
                  />
                </div>
              )}
              {remedy.kind === "free_session" && (
                <Select
                  size="small"
                  value={remedy.salon_service_id}
                  onValueChange={(value) => update(index, { salon_service_id: value })}
                >
                  <Select.Trigger>
                    <Select.Value placeholder="Which service" />
                  </Select.Trigger>
                  <Select.Content>
                    {(services.data?.salon_services ?? []).map((service) => (
                      <Select.Item key={service.id} value={service.id}>
                        {service.name}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              )}
              <Input
                size="small"
                placeholder={remedy.kind === "other" ? "What was given" : "Description (optional)"}
                value={remedy.description}
                onChange={(event) => update(index, { description: event.target.value })}
              />
            </div>
          ))}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Cancel
            </Button>
          </Drawer.Close>
          <Button size="small" onClick={submit} isLoading={saving} disabled={!summary.trim()}>
            Resolve
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

const ReasonDrawer = ({
  open,
  onOpenChange,
  title,
  label,
  action,
  onSubmit,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  label: string
  action: string
  onSubmit: (reason: string) => Promise<boolean>
}) => {
  const [reason, setReason] = useState("")
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{title}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-2">
          <Label size="small">{label}</Label>
          <Textarea rows={4} value={reason} onChange={(event) => setReason(event.target.value)} />
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Cancel
            </Button>
          </Drawer.Close>
          <Button
            size="small"
            disabled={!reason.trim()}
            onClick={async () => {
              if (await onSubmit(reason.trim())) {
                setReason("")
                onOpenChange(false)
              }
            }}
          >
            {action}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

export default ComplaintDetailPage
