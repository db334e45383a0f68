import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BOOKING_MODULE } from "../../../../../modules/booking"
import type BookingModuleService from "../../../../../modules/booking/service"
import { addDays, fromLocal, toLocal } from "../../../../../modules/booking/lib/time"
import type { CalendarResponse } from "../../../../../types/booking/http"

/**
 * A day at a branch for the calendar: staff columns with working hours, rooms, and every
 * appointment that day (canceled ones included, flagged by status).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, { date?: string }>,
  res: MedusaResponse<CalendarResponse>
) => {
  const booking: BookingModuleService = req.scope.resolve(BOOKING_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: branches } = await query.graph({
    entity: "branch",
    fields: ["id", "timezone"],
    filters: { id: req.params.id },
  })
  const timezone = branches[0]?.timezone ?? "UTC"
  const date = req.validatedQuery.date ?? toLocal(Date.now(), timezone).date
  const day = await booking.getBranchDay(req.params.id, date)
  const { data: appointments } = await query.graph({
    entity: "appointment",
    fields: [
      "id",
      "display_id",
      "status",
      "source",
      "starts_at",
      "ends_at",
      "notes",
      "internal_note",
      "customer_id",
      "customer.first_name",
      "customer.last_name",
      "customer.phone",
      "customer.email",
      "items.id",
      "items.position",
      "items.service_name",
      "items.salon_service_id",
      "items.staff_member_id",
      "items.room_id",
      "items.is_designated",
      "items.starts_at",
      "items.ends_at",
    ],
    filters: {
      branch_id: req.params.id,
      starts_at: {
        $gte: new Date(fromLocal(date, 0, timezone)),
        $lt: new Date(fromLocal(addDays(date, 1), 0, timezone)),
      },
    },
    pagination: { order: { starts_at: "ASC" }, take: 1000, skip: 0 },
  })
  res.json({ calendar: { ...day, appointments } })
}
