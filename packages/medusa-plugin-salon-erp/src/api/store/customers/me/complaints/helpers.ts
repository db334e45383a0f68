import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refetchEntity } from "@medusajs/framework/http"
import { storeAttachmentFields, storeTimelineFields } from "./query-config"

type TimelineRow = {
  id: string
  sequence: number
  type: string
  author_type: string
  body: string | null
  data: Record<string, unknown> | null
  created_at: string | Date
}

/** What a customer may read in a timeline entry's details. */
function customerData(entry: TimelineRow) {
  if (entry.type === "status_changed") return { from: entry.data?.from, to: entry.data?.to }
  if (entry.type === "resolution_rated") return { rating: entry.data?.rating }
  return null
}

/**
 * One of the customer's own complaints with the client's fields, its customer-visible timeline
 * and attachments. Anyone else's complaint is "not found".
 */
export async function refetchCustomerComplaint(
  id: string,
  customerId: string,
  scope: MedusaContainer,
  fields: string[]
) {
  const complaint = await refetchEntity({
    entity: "complaint",
    idOrFilter: { id, customer_id: customerId },
    scope,
    fields,
  })
  if (!complaint) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Complaint with id: ${id} was not found`)
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: timeline }, { data: attachments }] = await Promise.all([
    query.graph({
      entity: "complaint_event",
      fields: [...storeTimelineFields, "sequence"],
      filters: { complaint_id: id, visibility: "customer" },
    }),
    query.graph({
      entity: "complaint_attachment",
      fields: storeAttachmentFields,
      filters: { complaint_id: id, visibility: "customer" },
    }),
  ])
  return {
    ...complaint,
    timeline: (timeline as unknown as TimelineRow[])
      .sort((a, b) => Number(a.sequence) - Number(b.sequence))
      .map((entry) => ({
        id: entry.id,
        type: entry.type,
        author_type: entry.author_type,
        body: entry.body,
        data: customerData(entry),
        created_at: entry.created_at,
      })),
    attachments: (attachments as { created_at: string | Date }[]).sort(
      (a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime()
    ),
  }
}

export const customerActor = (customerId: string) => ({
  actor_type: "customer" as const,
  actor_id: customerId,
})
