import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type FeedbackModuleService from "../../../modules/feedback/service"
import type { SlaDeadline } from "../../../modules/feedback/types"
import {
  complaintAdminPath,
  customerName,
  excerpt,
  localTime,
} from "../../../lib/feedback/messages"

/** Messages about complaints: to the customer (email / sms) or to staff (admin feed). */
export type ComplaintMessageTemplate =
  | "complaint-received"
  | "complaint-reply"
  | "complaint-resolved"
  | "complaint-assigned"
  | "complaint-high-severity"
  | "complaint-sla-warning"
  | "complaint-sla-breached"

export type ComplaintAudience = "customer" | "assignee" | "managers"

export type BuildComplaintNotificationsStepInput = {
  complaint_id: string
  template: ComplaintMessageTemplate
  /** Base of each notification's idempotency key (the recipient is appended). */
  idempotency_key: string
  audience: ComplaintAudience[]
  /** complaint-reply: the timeline entry of the reply. */
  event_id?: string | null
  /** complaint-sla-*: which deadline. */
  deadline?: SlaDeadline
}

type Notification = {
  to: string
  channel: string
  template: string
  idempotency_key: string
  resource_id: string
  resource_type: string
  receiver_id: string | null
  data: Record<string, unknown>
}

const DEADLINE_LABEL: Record<SlaDeadline, string> = {
  first_response: "first response",
  resolution: "resolution",
}

export const buildComplaintNotificationsStepId = "build-complaint-notifications"
/**
 * This step prepares notifications about a complaint: to the customer by email (else SMS), to
 * the assignee and to the branch manager (or the escalation users when the branch has none)
 * in the admin feed. Each recipient's message has its own idempotency key, so a repeat sends
 * nothing.
 */
export const buildComplaintNotificationsStep = createStep(
  buildComplaintNotificationsStepId,
  async (input: BuildComplaintNotificationsStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const {
      data: [complaint],
    } = await query.graph({
      entity: "complaint",
      fields: [
        "id",
        "display_id",
        "status",
        "severity",
        "subject",
        "description",
        "resolution_summary",
        "assignee_user_id",
        "first_response_due_at",
        "resolution_due_at",
        "category.name",
        "customer.id",
        "customer.email",
        "customer.phone",
        "customer.first_name",
        "customer.last_name",
        "branch.id",
        "branch.name",
        "branch.timezone",
        "branch.manager_user_id",
      ],
      filters: { id: input.complaint_id },
    })
    if (!complaint) {
      return new StepResponse({ notifications: [] as Notification[], notified_user_ids: [] })
    }
    let reply: string | null = null
    if (input.event_id) {
      const {
        data: [entry],
      } = await query.graph({
        entity: "complaint_event",
        fields: ["id", "body", "visibility"],
        filters: { id: input.event_id, complaint_id: input.complaint_id },
      })
      // Only what the customer may see goes into a customer's message.
      reply = entry?.visibility === "customer" ? entry.body : null
    }
    const zone = complaint.branch?.timezone ?? "UTC"
    const about = excerpt(complaint.subject || complaint.description)
    const base = {
      complaint_id: complaint.id,
      display_id: complaint.display_id,
      status: complaint.status,
      severity: complaint.severity,
      category: complaint.category?.name ?? null,
      branch_name: complaint.branch?.name ?? null,
    }
    const notifications: Notification[] = []
    const notifiedUsers: string[] = []

    if (input.audience.includes("customer")) {
      const customer = complaint.customer
      const to = customer?.email || customer?.phone
      if (to) {
        notifications.push({
          to,
          channel: customer!.email ? "email" : "sms",
          template: input.template,
          idempotency_key: `${input.idempotency_key}:customer`,
          resource_id: complaint.id,
          resource_type: "complaint",
          receiver_id: customer!.id,
          data: {
            ...base,
            customer_name: customerName(customer),
            subject: about,
            reply,
            resolution_summary: complaint.resolution_summary ?? null,
          },
        })
      }
    }

    const staff = new Set<string>()
    if (input.audience.includes("assignee") && complaint.assignee_user_id) {
      staff.add(complaint.assignee_user_id)
    }
    if (input.audience.includes("managers")) {
      const manager = complaint.branch?.manager_user_id
      const managers = manager
        ? [manager]
        : (await feedback.getFeedbackSettings()).escalation_user_ids
      managers.forEach((id) => staff.add(id))
    }
    const deadline = input.deadline ? DEADLINE_LABEL[input.deadline] : ""
    const dueAt = input.deadline
      ? (complaint[`${input.deadline}_due_at` as "resolution_due_at"] as unknown as string)
      : null
    const titles: Partial<Record<ComplaintMessageTemplate, string>> = {
      "complaint-assigned": `Complaint #${complaint.display_id} was assigned to you`,
      "complaint-high-severity": `New ${complaint.severity} complaint #${complaint.display_id} at ${complaint.branch?.name ?? "a branch"}`,
      "complaint-sla-warning": `Complaint #${complaint.display_id}: ${deadline} due ${dueAt ? localTime(dueAt, zone) : "soon"}`,
      "complaint-sla-breached": `Complaint #${complaint.display_id} missed its ${deadline} deadline`,
    }
    for (const userId of staff) {
      notifiedUsers.push(userId)
      notifications.push({
        to: userId,
        channel: "feed",
        template: input.template,
        idempotency_key: `${input.idempotency_key}:${userId}`,
        resource_id: complaint.id,
        resource_type: "complaint",
        receiver_id: userId,
        data: {
          ...base,
          title: titles[input.template] ?? `Complaint #${complaint.display_id}`,
          description: [
            `${complaint.category?.name ?? "Complaint"} · ${complaint.severity} · ${complaint.branch?.name ?? ""}`,
            `${customerName(complaint.customer)}: ${about}`,
            dueAt ? `${deadline} due ${localTime(dueAt, zone)} (${zone})` : null,
          ]
            .filter(Boolean)
            .join("\n"),
          url: complaintAdminPath(complaint.id),
          deadline: input.deadline ?? null,
          due_at: dueAt,
        },
      })
    }
    return new StepResponse({ notifications, notified_user_ids: notifiedUsers })
  }
)
