import { Button, Text } from "@medusajs/ui"
import { useState } from "react"
import { type Complaint, useFeedbackLookups } from "../../../../hooks/api/feedback"
import { formatDateTime, formatMinutes, personName } from "../../components/labels"
import { type Run, Section, Row, Met } from "./section"
import { OptionSelect } from "../../../../components/forms/option-select"

export const AssignmentSection = ({ complaint, run }: { complaint: Complaint; run: Run }) => {
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
            <OptionSelect
              value={assignee}
              onValueChange={setAssignee}
              placeholder="Choose someone"
              options={(lookups.data?.users ?? [])
                .filter((user) => user.id !== complaint.assignee_user_id)
                .map((user) => ({ value: user.id, label: personName(user) }))}
            />
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

export const SlaSection = ({ complaint, zone }: { complaint: Complaint; zone: string }) => (
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
