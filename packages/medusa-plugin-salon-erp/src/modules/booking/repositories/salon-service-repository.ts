import type { Knex } from "../lib/db"

export type BookableServiceRow = {
  id: string
  name: string
  variant_id: string
  duration_minutes: number
  processing_minutes: number | null
  buffer_after_minutes: number | null
  room_type: string | null
  is_active: boolean
  is_bookable_online: boolean
}

export type ServiceTimingRow = Pick<
  BookableServiceRow,
  "id" | "name" | "variant_id" | "duration_minutes" | "processing_minutes" | "buffer_after_minutes"
>

/** The services not deleted among these ids, with what booking them needs. */
export async function bookableServices(
  knex: Knex,
  serviceIds: string[]
): Promise<BookableServiceRow[]> {
  return await knex("salon_service")
    .select(
      "id",
      "name",
      "variant_id",
      "duration_minutes",
      "processing_minutes",
      "buffer_after_minutes",
      "room_type",
      "is_active",
      "is_bookable_online"
    )
    .whereIn("id", serviceIds)
    .whereNull("deleted_at")
}

/** Durations of services already booked or held, deleted ones too. */
export async function serviceTimings(
  knex: Knex,
  serviceIds: string[]
): Promise<ServiceTimingRow[]> {
  return await knex("salon_service")
    .select(
      "id",
      "name",
      "variant_id",
      "duration_minutes",
      "processing_minutes",
      "buffer_after_minutes"
    )
    .whereIn("id", serviceIds)
}
