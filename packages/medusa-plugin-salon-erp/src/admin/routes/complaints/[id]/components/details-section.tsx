import { Select, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import {
  type Complaint,
  type ComplaintSeverity,
  useFeedbackLookups,
} from "../../../../hooks/api/feedback"
import { SEVERITY_LABELS, formatDateTime, personName } from "../../components/labels"
import { type Run, Section, Row } from "./section"

export const DetailsSection = ({ complaint, run }: { complaint: Complaint; run: Run }) => {
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
