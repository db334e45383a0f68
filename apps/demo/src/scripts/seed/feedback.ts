import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FEEDBACK_MODULE } from "medusa-plugin-salon-erp/modules/feedback"
import type FeedbackModuleService from "medusa-plugin-salon-erp/src/modules/feedback/service"
import type {
  ComplaintChannel,
  ComplaintSeverity,
} from "medusa-plugin-salon-erp/src/modules/feedback/types"
import { localDate } from "medusa-plugin-salon-erp/src/modules/feedback/lib/time"
import { addComplaintMessageWorkflow } from "medusa-plugin-salon-erp/src/workflows/feedback/workflows/add-complaint-message"
import { assignComplaintWorkflow } from "medusa-plugin-salon-erp/src/workflows/feedback/workflows/assign-complaint"
import { closeComplaintWorkflow } from "medusa-plugin-salon-erp/src/workflows/feedback/workflows/close-complaint"
import { createComplaintCategoryWorkflow } from "medusa-plugin-salon-erp/src/workflows/feedback/workflows/create-complaint-category"
import { createComplaintWorkflow } from "medusa-plugin-salon-erp/src/workflows/feedback/workflows/create-complaint"
import { processComplaintSlaWorkflow } from "medusa-plugin-salon-erp/src/workflows/feedback/workflows/process-complaint-sla"
import { rateComplaintResolutionWorkflow } from "medusa-plugin-salon-erp/src/workflows/feedback/workflows/rate-complaint-resolution"
import { reopenComplaintWorkflow } from "medusa-plugin-salon-erp/src/workflows/feedback/workflows/reopen-complaint"
import { resolveComplaintWorkflow } from "medusa-plugin-salon-erp/src/workflows/feedback/workflows/resolve-complaint"
import { sendSatisfactionSurveyWorkflow } from "medusa-plugin-salon-erp/src/workflows/feedback/workflows/send-satisfaction-survey"
import { startComplaintWorkflow } from "medusa-plugin-salon-erp/src/workflows/feedback/workflows/start-complaint"
import { submitSatisfactionSurveyWorkflow } from "medusa-plugin-salon-erp/src/workflows/feedback/workflows/submit-satisfaction-survey"
import type { ComplaintRemedyInput } from "medusa-plugin-salon-erp/src/lib/feedback/remedies"
import type { BookingSeed } from "./booking"

/** The complaint taxonomy headquarters maintains. */
export const COMPLAINT_CATEGORIES: {
  code: string
  name: string
  description: string
  default_severity: ComplaintSeverity
}[] = [
  {
    code: "service_attitude",
    name: "Service attitude",
    description: "Rudeness, pressure selling, being ignored or kept waiting.",
    default_severity: "medium",
  },
  {
    code: "technique_result",
    name: "Technique or result",
    description: "The treatment was done badly or did not give the promised result.",
    default_severity: "medium",
  },
  {
    code: "product",
    name: "Product",
    description: "A product used or sold caused a reaction, was expired or not as described.",
    default_severity: "high",
  },
  {
    code: "hygiene",
    name: "Hygiene",
    description: "Cleanliness of rooms, towels, tools and staff.",
    default_severity: "high",
  },
  {
    code: "price_billing",
    name: "Price or billing",
    description:
      "Wrong charges, double charges, unclear prices, stored value or package deductions.",
    default_severity: "medium",
  },
  {
    code: "booking",
    name: "Booking",
    description: "Appointments lost, moved or double-booked; long waits despite a booking.",
    default_severity: "low",
  },
  {
    code: "other",
    name: "Other",
    description: "Anything else.",
    default_severity: "low",
  },
]

type DemoComplaint = {
  key: string
  customer: number
  branch: string
  category: string
  channel: ComplaintChannel
  severity?: ComplaintSeverity
  subject: string
  description: string
  staff?: string
  /** What happens to it after filing. */
  story: (
    | { do: "assign" }
    | { do: "start" }
    | { do: "reply"; body: string }
    | { do: "note"; body: string }
    | { do: "resolve"; summary: string; remedies?: ComplaintRemedyInput[] }
    | { do: "rate"; rating: number; comment: string }
    | { do: "close" }
    | { do: "reopen"; reason: string }
    | { do: "backdate"; hours: number }
    | { do: "sla" }
  )[]
}

const COMPLAINTS: DemoComplaint[] = [
  {
    key: "musty-towel",
    customer: 0,
    branch: "jingan",
    category: "hygiene",
    channel: "online",
    subject: "Musty towel",
    description: "The towel in Facial Room 2 smelled musty during my facial on Saturday.",
    story: [],
  },
  {
    key: "ignored-at-desk",
    customer: 1,
    branch: "jingan",
    category: "service_attitude",
    channel: "front_desk",
    subject: "Ignored at reception",
    description: "Waited ten minutes at reception while two staff chatted; nobody greeted me.",
    story: [{ do: "assign" }],
  },
  {
    key: "uneven-gel",
    customer: 2,
    branch: "jingan",
    category: "technique_result",
    channel: "phone",
    subject: "Gel manicure lifting after two days",
    description: "My gel manicure started lifting on three nails after only two days.",
    staff: "Chen Jing",
    story: [
      { do: "assign" },
      { do: "start" },
      { do: "note", body: "Checked the lamp: curing time was set to 30 s instead of 60 s." },
      {
        do: "reply",
        body: "We are sorry! We found the cause and would like to redo your nails for free.",
      },
    ],
  },
  {
    key: "double-charge",
    customer: 3,
    branch: "xihu",
    category: "price_billing",
    channel: "phone",
    subject: "Charged twice",
    description: "My card was charged twice for the aromatherapy massage on Tuesday.",
    story: [
      { do: "assign" },
      { do: "reply", body: "Thank you, we are checking with the bank." },
      {
        do: "resolve",
        summary: "The duplicate charge was refunded; we added a goodwill credit for the trouble.",
        remedies: [{ kind: "goodwill_credit", amount: 50, currency_code: "cny" }],
      },
    ],
  },
  {
    key: "lost-booking",
    customer: 4,
    branch: "xihu",
    category: "booking",
    channel: "online",
    subject: "Booking disappeared",
    description: "I booked online for Friday 15:00 but the salon had no record of it.",
    story: [
      { do: "assign" },
      { do: "start" },
      {
        do: "resolve",
        summary: "A sync error lost the booking; we fitted you in and gave you a gift set.",
        remedies: [{ kind: "other", description: "Hand-cream gift set" }],
      },
      { do: "rate", rating: 4, comment: "Handled kindly, thank you." },
    ],
  },
  {
    key: "serum-redness",
    customer: 5,
    branch: "jingan",
    category: "product",
    channel: "front_desk",
    subject: "Redness after serum",
    description: "My cheeks turned red the evening after the hyaluronic serum facial.",
    staff: "Anna Li",
    story: [
      { do: "assign" },
      {
        do: "resolve",
        summary: "We recorded the reaction in your profile and offered a calming treatment.",
        remedies: [{ kind: "free_session", salon_service_id: "hydrating-facial" }],
      },
      { do: "close" },
      { do: "reopen", reason: "The redness came back after three days." },
    ],
  },
  {
    key: "dirty-tools",
    customer: 6,
    branch: "xihu",
    category: "hygiene",
    channel: "social",
    severity: "critical",
    subject: "Unsterilised tools",
    description:
      "Posted on WeChat: the pedicure tools were taken out of a drawer, not a steriliser.",
    story: [{ do: "backdate", hours: 10 }, { do: "sla" }],
  },
  {
    key: "pushy-sales",
    customer: 7,
    branch: "jingan",
    category: "service_attitude",
    channel: "online",
    severity: "high",
    subject: "Pressure to buy a package",
    description: "The therapist spent half of my massage trying to sell me a 20-session package.",
    staff: "Bella Wu",
    story: [{ do: "assign" }, { do: "backdate", hours: 3.5 }, { do: "sla" }],
  },
  {
    key: "music-too-loud",
    customer: 8,
    branch: "xihu",
    category: "other",
    channel: "social",
    subject: "Music too loud",
    description: "The music in the lounge was too loud to relax.",
    story: [
      { do: "assign" },
      { do: "resolve", summary: "We turned the lounge music down and set a volume limit." },
      { do: "rate", rating: 5, comment: "Much better now." },
    ],
  },
]

/** A small deterministic generator, so every fresh demo has the same answers. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A stable number from a string: the same appointment always gets the same demo answer. */
function hash(text: string): number {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  }
  return h >>> 0
}

/** Staff whose demo customers are less happy, so the dashboard has something to show. */
const LOWER_RATED = new Set(["Emma Sun", "Helen Ma"])
/** Demo customers (by position) who rate low every time: their second answer raises an alert. */
const UNHAPPY_CUSTOMERS = new Set([2, 11])

/**
 * The complaint taxonomy, complaints in every state (open, assigned, in progress, resolved with
 * remedies, closed and rated, reopened, at risk and breached), and a satisfaction survey for
 * every completed demo appointment, most of them answered (low answers raise follow-up visits).
 * Everything goes through the workflows; a second run adds nothing.
 */
export async function seedFeedback(
  container: MedusaContainer,
  ctx: { booking: BookingSeed; admin_user_id: string }
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)

  const categories: Record<string, string> = {}
  for (const [rank, spec] of COMPLAINT_CATEGORIES.entries()) {
    let [category] = await feedback.listComplaintCategories({ code: spec.code })
    if (!category) {
      const { result } = await createComplaintCategoryWorkflow(container).run({
        input: { ...spec, rank },
      })
      category = result
    }
    categories[spec.code] = category.id
  }

  const complaints = await seedComplaints(container, ctx, categories)
  const surveys = await seedSurveys(container, ctx.booking)
  logger.info(
    `Seeded feedback: ${COMPLAINT_CATEGORIES.length} complaint categories, ${complaints} new complaints, ` +
      `${surveys.sent} new surveys, ${surveys.answered} new answers`
  )
  return { categories, complaints, surveys }
}

async function seedComplaints(
  container: MedusaContainer,
  ctx: { booking: BookingSeed; admin_user_id: string },
  categories: Record<string, string>
): Promise<number> {
  const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [already] = await feedback.listComplaints(
    { idempotency_key: { $like: "demo:%" } },
    { take: 1, select: ["id"] }
  )
  if (already) {
    return 0
  }
  const staff = { actor_type: "user" as const, actor_id: ctx.admin_user_id }
  let count = 0
  for (const spec of COMPLAINTS) {
    const customer = ctx.booking.customers[spec.customer % ctx.booking.customers.length]
    const byCustomer = spec.channel === "online"
    const { result } = await createComplaintWorkflow(container).run({
      input: {
        customer_id: customer.id,
        branch_id: ctx.booking.branches[spec.branch].id,
        category_id: categories[spec.category],
        channel: spec.channel,
        severity: spec.severity,
        subject: spec.subject,
        description: spec.description,
        staff_member_id: spec.staff ? ctx.booking.staff[spec.staff]?.id : null,
        idempotency_key: `demo:complaint:${spec.key}`,
        ...(byCustomer ? { actor_type: "customer" as const, actor_id: customer.id } : staff),
      },
    })
    if (!result.created) continue
    count++
    const complaint_id = result.complaint_id
    for (const step of spec.story) {
      switch (step.do) {
        case "assign":
          await assignComplaintWorkflow(container).run({
            input: { complaint_id, assignee_user_id: ctx.admin_user_id, ...staff },
          })
          break
        case "start":
          await startComplaintWorkflow(container).run({ input: { complaint_id, ...staff } })
          break
        case "reply":
        case "note":
          await addComplaintMessageWorkflow(container).run({
            input: {
              complaint_id,
              body: step.body,
              visibility: step.do === "reply" ? "customer" : "internal",
              ...staff,
            },
          })
          break
        case "resolve":
          await resolveComplaintWorkflow(container).run({
            input: {
              complaint_id,
              resolution_summary: step.summary,
              remedies: (step.remedies ?? []).map((remedy) =>
                remedy.kind === "free_session"
                  ? {
                      ...remedy,
                      salon_service_id: ctx.booking.services[remedy.salon_service_id!]?.id,
                    }
                  : remedy
              ),
              ...staff,
            },
          })
          break
        case "rate":
          await rateComplaintResolutionWorkflow(container).run({
            input: {
              complaint_id,
              customer_id: customer.id,
              rating: step.rating,
              comment: step.comment,
            },
          })
          break
        case "close":
          await closeComplaintWorkflow(container).run({ input: { complaint_id, ...staff } })
          break
        case "reopen":
          await reopenComplaintWorkflow(container).run({
            input: { complaint_id, reason: step.reason, ...staff },
          })
          break
        case "backdate": {
          // Demo history: as if it had been filed `hours` ago (deadlines move with it).
          const shift = `${step.hours} hours`
          const filed = new Date(Date.now() - step.hours * 3_600_000)
          await knex.raw(
            `UPDATE complaint SET
               created_at = created_at - ?::interval,
               first_response_warn_at = first_response_warn_at - ?::interval,
               first_response_due_at = first_response_due_at - ?::interval,
               resolution_warn_at = resolution_warn_at - ?::interval,
               resolution_due_at = resolution_due_at - ?::interval,
               reported_on = ?
             WHERE id = ?`,
            [shift, shift, shift, shift, shift, localDate(filed, "Asia/Shanghai"), complaint_id]
          )
          break
        }
        case "sla":
          // What the scheduled job does, right away: warnings and escalations that are due.
          for (const claim of await feedback.listDueSlaClaims()) {
            if (claim.complaint_id === complaint_id) {
              await processComplaintSlaWorkflow(container).run({ input: claim })
            }
          }
          break
      }
    }
  }
  return count
}

async function seedSurveys(
  container: MedusaContainer,
  booking: BookingSeed
): Promise<{ sent: number; answered: number }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
  const staffNames = new Map(Object.entries(booking.staff).map(([name, s]) => [s.id, name]))
  const unhappy = new Set(
    booking.customers.filter((_, index) => UNHAPPY_CUSTOMERS.has(index)).map((c) => c.id)
  )
  const { data: appointments } = await query.graph({
    entity: "appointment",
    fields: [
      "id",
      "display_id",
      "customer_id",
      "branch_id",
      "starts_at",
      "completed_at",
      "items.staff_member_id",
    ],
    filters: { status: "completed", idempotency_key: { $like: "demo:%" } },
  })
  let sent = 0
  let answered = 0
  for (const appointment of appointments) {
    const staffIds = [
      ...new Set(
        ((appointment.items ?? []) as { staff_member_id: string }[]).map(
          (item) => item.staff_member_id
        )
      ),
    ]
    const { result } = await sendSatisfactionSurveyWorkflow(container).run({
      input: {
        appointment_id: appointment.id,
        appointment_display_id: Number(appointment.display_id),
        customer_id: appointment.customer_id,
        branch_id: appointment.branch_id,
        staff_member_ids: staffIds,
        completed_at: appointment.completed_at ?? new Date(),
        visited_at: appointment.starts_at,
      },
    })
    if (result.created) sent++
    if (!result.survey_id) continue
    // Three visits in four get an answer, always the same ones.
    const next = random(hash(appointment.id))
    if (next() > 0.75) continue
    const [survey] = await feedback.listSatisfactionSurveys(
      { id: result.survey_id },
      { select: ["id", "status", "expires_at"] }
    )
    if (!survey || survey.status !== "pending" || new Date(survey.expires_at) <= new Date()) {
      continue
    }
    const lower = staffIds.some((id) => LOWER_RATED.has(staffNames.get(id) ?? ""))
    const penalty = unhappy.has(appointment.customer_id) ? 2.5 : lower ? 1.3 : 0
    const score = (base: number) =>
      Math.max(1, Math.min(5, Math.round(base + (next() - 0.5) * 2 - penalty)))
    const nps = Math.max(0, Math.min(10, Math.round(8.5 + (next() - 0.5) * 4 - (lower ? 3 : 0))))
    const technique_rating = score(4.4)
    await submitSatisfactionSurveyWorkflow(container).run({
      input: {
        survey_id: survey.id,
        customer_id: appointment.customer_id,
        technique_rating,
        attitude_rating: score(4.6),
        environment_rating: score(4.3),
        result_rating: score(4.2),
        nps_score: nps,
        comment:
          technique_rating <= 2
            ? "Not what I expected, the result did not last."
            : technique_rating >= 5
              ? "Wonderful as always!"
              : null,
      },
    })
    answered++
  }
  return { sent, answered }
}
