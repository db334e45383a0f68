import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CLIENT_MODULE } from "medusa-plugin-salon-erp/modules/client"
import type ClientModuleService from "medusa-plugin-salon-erp/src/modules/client/service"
import type {
  ClientTagInput,
  CustomFieldDefinitionInput,
  UpsertClientProfileInput,
} from "medusa-plugin-salon-erp/src/lib/client/types"
import { assignCustomerTagWorkflow } from "medusa-plugin-salon-erp/src/workflows/client/workflows/assign-customer-tag"
import { createClientTagWorkflow } from "medusa-plugin-salon-erp/src/workflows/client/workflows/create-client-tag"
import { createCustomFieldDefinitionWorkflow } from "medusa-plugin-salon-erp/src/workflows/client/workflows/create-custom-field-definition"
import { createTreatmentNoteWorkflow } from "medusa-plugin-salon-erp/src/workflows/client/workflows/create-treatment-note"
import { recomputeClientTagsWorkflow } from "medusa-plugin-salon-erp/src/workflows/client/workflows/recompute-client-tags"
import { upsertClientProfileWorkflow } from "medusa-plugin-salon-erp/src/workflows/client/workflows/upsert-client-profile"
import type { BookingSeed } from "./booking"

/** The custom profile fields headquarters defines for the demo. */
export const DEMO_FIELDS: CustomFieldDefinitionInput[] = [
  {
    key: "preferred_pressure",
    label: "Preferred massage pressure",
    type: "select",
    options: ["light", "medium", "firm"],
  },
  { key: "occupation", label: "Occupation", type: "text" },
  { key: "wedding_date", label: "Wedding date", type: "date" },
  { key: "vip_since", label: "VIP since", type: "date" },
]

export const DEMO_TAGS = [
  { name: "VIP", color: "#B45309", description: "Top spenders: offer the private room first." },
  {
    name: "Sensitive skin",
    color: "#DB2777",
    description: "Patch test new products; fragrance-free only.",
  },
  { name: "Bride 2027", color: "#7C3AED", description: "Wedding in 2027: bridal package leads." },
]

/** Automatic tags, assigned by their rules (`recompute-client-tags`). */
export const DEMO_AUTOMATIC_TAGS: ClientTagInput[] = [
  {
    name: "High value",
    color: "#047857",
    description: "Spent 500 CNY or more in the last 365 days.",
    kind: "automatic",
    rule: { type: "high_value", window_days: 365, min_spend: 500, currency_code: "cny" },
  },
  {
    name: "New client",
    color: "#2563EB",
    description: "First visit (or sign-up) in the last 30 days.",
    kind: "automatic",
    rule: { type: "new_client", days: 30 },
  },
  {
    name: "Dormant 60 days",
    color: "#6B7280",
    description: "No completed visit for 60 days.",
    kind: "automatic",
    rule: { type: "dormant", days: 60 },
  },
  {
    name: "Churn warning",
    color: "#DC2626",
    description: "Overdue against her own visit rhythm: call her.",
    kind: "automatic",
    rule: { type: "churn_warning", factor: 1.5, min_visits: 3 },
  },
]

type DemoProfile = Omit<UpsertClientProfileInput, "customer_id"> & {
  customer: number
  tags: string[]
}

/** Profiles of the first demo customers (by index into the booking seed's customers). */
const DEMO_PROFILES: DemoProfile[] = [
  {
    customer: 0,
    gender: "female",
    birthday: "1988-03-14",
    skin_type: "sensitive",
    skin_concerns: ["redness", "dehydration"],
    allergies: ["fragrance"],
    contraindications: [],
    health_notes: "Flushes easily with warm towels; keep them lukewarm.",
    preferences_text: "Likes quiet treatments, no upselling.",
    preferences: { music: "quiet", drink: "warm water" },
    source: "referral",
    consent_version: "2026-01",
    custom_fields: {
      preferred_pressure: "light",
      occupation: "Architect",
      vip_since: "2025-06-01",
    },
    tags: ["VIP", "Sensitive skin"],
  },
  {
    customer: 1,
    gender: "female",
    birthday: "1996-09-02",
    skin_type: "combination",
    skin_concerns: ["pores"],
    allergies: [],
    preferences: { drink: "jasmine tea" },
    source: "social_media",
    consent_version: "2026-01",
    custom_fields: { preferred_pressure: "medium", wedding_date: "2027-05-20" },
    tags: ["Bride 2027"],
  },
  {
    customer: 2,
    gender: "female",
    birthday: "1979-12-23",
    skin_type: "dry",
    skin_concerns: ["fine lines"],
    allergies: ["latex"],
    contraindications: ["retinoids (pregnancy)"],
    health_notes: "Pregnant until mid-2027: no retinoids, no hot stones.",
    source: "walk_in",
    consent_version: "2026-01",
    custom_fields: { preferred_pressure: "firm", occupation: "Teacher" },
    tags: ["Sensitive skin"],
  },
  {
    customer: 3,
    gender: "female",
    birthday: "1991-07-08",
    skin_type: "oily",
    source: "online",
    custom_fields: { occupation: "Software engineer", vip_since: "2026-02-14" },
    tags: ["VIP"],
  },
  {
    customer: 4,
    gender: "undisclosed",
    skin_type: "normal",
    source: "advertising",
    tags: [],
  },
]

const DEMO_NOTES = [
  "Skin calm after the treatment; recommended a gentle cleanser and SPF daily.",
  "Nails brittle at the edges: used the strengthening base, suggest a cuticle oil at home.",
  "Slight redness on the cheeks after extraction; cooled with a calming mask. Shorter steaming next time.",
]

/**
 * Custom field definitions, manual and automatic tags, profiles for the first demo customers
 * (with their tags) and treatment notes on a few completed demo appointments, then the automatic
 * tags and RFM scores are recomputed. Finds before it creates.
 */
export async function seedClients(
  container: MedusaContainer,
  ctx: { booking: BookingSeed; admin_user_id: string }
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const client: ClientModuleService = container.resolve(CLIENT_MODULE)

  for (const [rank, field] of DEMO_FIELDS.entries()) {
    const [existing] = await client.listCustomFieldDefinitions(
      { key: field.key },
      { select: ["id"] }
    )
    if (!existing) {
      await createCustomFieldDefinitionWorkflow(container).run({ input: { ...field, rank } })
    }
  }

  const tagIds: Record<string, string> = {}
  for (const tag of DEMO_TAGS) {
    let [existing] = await client.listClientTags({ name: tag.name }, { select: ["id"] })
    if (!existing) {
      const { result } = await createClientTagWorkflow(container).run({ input: tag })
      existing = result
    }
    tagIds[tag.name] = existing.id
  }

  for (const tag of DEMO_AUTOMATIC_TAGS) {
    const [existing] = await client.listClientTags({ name: tag.name }, { select: ["id"] })
    if (!existing) {
      await createClientTagWorkflow(container).run({ input: tag })
    }
  }

  let profiles = 0
  const customers = ctx.booking.customers
  for (const { customer: index, tags, ...fields } of DEMO_PROFILES) {
    const customer = customers[index % customers.length]
    const [existing] = await client.listClientProfiles(
      { customer_id: customer.id },
      { select: ["id"] }
    )
    if (!existing) {
      await upsertClientProfileWorkflow(container).run({
        input: { ...fields, customer_id: customer.id },
      })
      profiles++
    }
    for (const tag of tags) {
      await assignCustomerTagWorkflow(container).run({
        input: { customer_id: customer.id, tag_id: tagIds[tag], assigned_by: ctx.admin_user_id },
      })
    }
  }

  const serviceNames = new Map(
    Object.values(ctx.booking.services).map((service) => [service.id, service.name])
  )
  const { data: appointments } = await query.graph({
    entity: "appointment",
    fields: ["id", "customer_id", "branch_id", "items.staff_member_id", "items.salon_service_id"],
    filters: { status: "completed", idempotency_key: { $like: "demo:%" } },
    pagination: { order: { display_id: "ASC" }, take: DEMO_NOTES.length },
  })
  let notes = 0
  for (const [index, appointment] of appointments.entries()) {
    const [existing] = await client.listTreatmentNotes(
      { appointment_id: appointment.id },
      { select: ["id"] }
    )
    if (existing) continue
    const items = (appointment.items ?? []) as {
      staff_member_id: string
      salon_service_id: string
    }[]
    await createTreatmentNoteWorkflow(container).run({
      input: {
        customer_id: appointment.customer_id,
        appointment_id: appointment.id,
        staff_member_id: items[0]?.staff_member_id ?? null,
        branch_id: appointment.branch_id,
        services: items.map((item) => serviceNames.get(item.salon_service_id) ?? "Service"),
        products_used: [],
        notes: DEMO_NOTES[index % DEMO_NOTES.length],
        created_by: ctx.admin_user_id,
      },
    })
    notes++
  }

  // Automatic tags and RFM scores from the demo histories (a second run adds no tag).
  const { result: recomputed } = await recomputeClientTagsWorkflow(container).run({ input: {} })
  const assigned = recomputed.tags.map((tag) => `${tag.name} +${tag.added}/-${tag.removed}`)

  logger.info(
    `Seeded clients: ${DEMO_FIELDS.length} custom fields, ${DEMO_TAGS.length + DEMO_AUTOMATIC_TAGS.length} tags, ${profiles} new profiles, ${notes} new treatment notes; automatic tags ${assigned.join(", ")}; ${recomputed.rfm_updated} RFM rows`
  )
  return { profiles, notes }
}
