import { Badge, Button, Label, Switch, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { type Complaint, type ComplaintEvent } from "../../../../hooks/api/feedback"
import { STATUS_LABELS, formatDateTime, personName } from "../../components/labels"
import { type Run, Section } from "./section"

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

export const TimelineSection = ({
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
