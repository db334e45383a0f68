import { Container, Heading, Text } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { useComplaint, useComplaintChange, useFeedbackLookups } from "../../../hooks/api/feedback"
import {
  CHANNEL_LABELS,
  ComplaintStatusBadge,
  SeverityBadge,
  SlaBadge,
  runChange,
  formatDateTime,
  personName,
} from "../components/labels"
import { PageState } from "../../../components/common/page-states"
import { StatusActions } from "./components/status-actions"
import { DetailsSection } from "./components/details-section"
import { TimelineSection } from "./components/timeline-section"
import { AssignmentSection, SlaSection } from "./components/assignment-sections"
import { ResolutionSection, AttachmentsSection } from "./components/resolution-sections"

/** One complaint: what happened, its timeline, who has it, its deadlines and its resolution. */
const ComplaintDetailPage = () => {
  const { id } = useParams()
  const { data, isLoading, error, refetch } = useComplaint(id!)
  const change = useComplaintChange(id!)
  const lookups = useFeedbackLookups()

  if (!data) return <PageState isLoading={isLoading} error={error} onRetry={() => refetch()} />
  const complaint = data.complaint
  const zone = complaint.branch?.timezone ?? "Asia/Shanghai"
  const users = new Map((lookups.data?.users ?? []).map((user) => [user.id, personName(user)]))

  const run = (path: string, body: Record<string, unknown>, done: string) =>
    runChange(() => change.mutateAsync({ path, body }), done)

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

export default ComplaintDetailPage
