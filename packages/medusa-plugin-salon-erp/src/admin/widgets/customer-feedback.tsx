import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { useComplaints, useFollowUpVisits, useSurveys } from "../hooks/api/feedback"
import { CreateComplaintModal } from "../routes/complaints/components/create-complaint-modal"
import {
  ComplaintStatusBadge,
  SlaBadge,
  personName,
  relative,
} from "../routes/complaints/components/labels"
import { errorMessage } from "../lib/errors"

/** A customer's complaints and post-service ratings on the customer page. */
const CustomerFeedbackWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const navigate = useNavigate()
  const [logging, setLogging] = useState(false)
  const complaints = useComplaints({ customer_id: customer.id, limit: 5, order: "-created_at" })
  const surveys = useSurveys({
    customer_id: customer.id,
    status: "answered",
    limit: 5,
    order: "-responded_at",
  })
  const followUps = useFollowUpVisits({ customer_id: customer.id, status: "open", limit: 5 })
  const answers = surveys.data?.surveys ?? []
  const average =
    answers.length > 0
      ? answers.reduce((sum, survey) => sum + (survey.overall_rating ?? 0), 0) / answers.length
      : null

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Complaints and ratings</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {complaints.data?.count ?? 0} complaint(s)
            {average !== null &&
              ` · last ${answers.length} ratings average ${average.toFixed(1)}/5`}
            {followUps.data?.count ? ` · ${followUps.data.count} follow-up visit(s) to make` : ""}
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setLogging(true)}>
          Log complaint
        </Button>
      </div>
      {(complaints.error || surveys.error) && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(complaints.error ?? surveys.error)}
        </Text>
      )}
      {complaints.data && complaints.data.complaints.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>#</Table.HeaderCell>
              <Table.HeaderCell>Complaint</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Filed</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {complaints.data.complaints.map((complaint) => (
              <Table.Row
                key={complaint.id}
                className="cursor-pointer"
                onClick={() => navigate(`/complaints/${complaint.id}`)}
              >
                <Table.Cell className="tabular-nums">{complaint.display_id}</Table.Cell>
                <Table.Cell>
                  <div className="flex max-w-[260px] flex-col py-1">
                    <span className="txt-small-plus truncate">
                      {complaint.subject || complaint.description}
                    </span>
                    <span className="txt-small text-ui-fg-subtle">
                      {complaint.category?.name} · {complaint.branch?.name}
                    </span>
                  </div>
                </Table.Cell>
                <Table.Cell>
                  <div className="flex flex-wrap gap-1">
                    <ComplaintStatusBadge status={complaint.status} />
                    <SlaBadge state={complaint.sla_state} />
                  </div>
                </Table.Cell>
                <Table.Cell className="txt-small text-ui-fg-subtle">
                  {relative(complaint.created_at)}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {complaints.data && complaints.data.count > complaints.data.complaints.length && (
        <div className="px-6 py-3">
          <Link
            to={`/complaints?customer_id=${customer.id}&status=__all`}
            className="txt-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
          >
            See all {complaints.data.count} complaints
          </Link>
        </div>
      )}
      <div className="px-6 py-4">
        <Text size="small" weight="plus" className="mb-2">
          Recent ratings
        </Text>
        {answers.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle">
            No survey answered yet.
          </Text>
        ) : (
          <ul className="flex flex-col gap-y-2">
            {answers.map((survey) => (
              <li key={survey.id} className="flex flex-wrap items-center gap-2">
                <Text size="small" className="tabular-nums">
                  {survey.service_date}
                </Text>
                <Text size="small" className="text-ui-fg-subtle">
                  {survey.branch?.name}
                </Text>
                <Badge size="2xsmall" color={survey.is_low ? "red" : "green"}>
                  {survey.overall_rating?.toFixed(1)}/5
                </Badge>
                <Badge size="2xsmall" color={survey.is_detractor ? "red" : "grey"}>
                  NPS {survey.nps_score}
                </Badge>
                {survey.comment && (
                  <Text size="small" className="text-ui-fg-subtle">
                    “{survey.comment}”
                  </Text>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <CreateComplaintModal
        open={logging}
        onOpenChange={setLogging}
        customerId={customer.id}
        customerLabel={personName(customer)}
        onCreated={(id) => navigate(`/complaints/${id}`)}
      />
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
})

export default CustomerFeedbackWidget
