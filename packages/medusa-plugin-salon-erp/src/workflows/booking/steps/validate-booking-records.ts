import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"

/** The booking records a write may refer to. */
export type BookingRecordKind =
  "branch" | "room" | "staff_member" | "salon_service" | "appointment" | "user"

/** One reference to check: the field it came in (as the client sent it) and the id. */
export type BookingRecordReference = {
  field: string
  kind: BookingRecordKind
  id: string | null | undefined
}

const LABELS: Record<BookingRecordKind, string> = {
  branch: "branch",
  room: "room",
  staff_member: "staff member",
  salon_service: "salon service",
  appointment: "appointment",
  user: "user",
}

const LISTERS: Record<
  BookingRecordKind,
  (container: MedusaContainer, ids: string[]) => Promise<{ id: string }[]>
> = {
  branch: (c, ids) => booking(c).listBranches({ id: ids }, { select: ["id"] }),
  room: (c, ids) => booking(c).listRooms({ id: ids }, { select: ["id"] }),
  staff_member: (c, ids) => booking(c).listStaffMembers({ id: ids }, { select: ["id"] }),
  salon_service: (c, ids) => booking(c).listSalonServices({ id: ids }, { select: ["id"] }),
  appointment: (c, ids) => booking(c).listAppointments({ id: ids }, { select: ["id"] }),
  user: (c, ids) => c.resolve(Modules.USER).listUsers({ id: ids }, { select: ["id"] }),
}

const booking = (container: MedusaContainer): BookingModuleService =>
  container.resolve(BOOKING_MODULE)

/**
 * Throws 404 for the first reference whose record does not exist (or was deleted), naming the
 * field: "items.0.staff_member_id: staff member stf_X was not found". References without an id
 * are skipped.
 */
export async function assertBookingRecordsExist(
  container: MedusaContainer,
  references: BookingRecordReference[]
): Promise<void> {
  const wanted = references.filter(
    (
      reference
    ): reference is BookingRecordReference & {
      id: string
    } => typeof reference.id === "string" && reference.id.length > 0
  )
  if (!wanted.length) return
  const kinds = [...new Set(wanted.map((reference) => reference.kind))]
  const found = new Set<string>()
  await Promise.all(
    kinds.map(async (kind) => {
      const ids = [...new Set(wanted.filter((r) => r.kind === kind).map((r) => r.id))]
      for (const row of await LISTERS[kind](container, ids)) found.add(`${kind}:${row.id}`)
    })
  )
  const missing = wanted.find((reference) => !found.has(`${reference.kind}:${reference.id}`))
  if (missing) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `${missing.field}: ${LABELS[missing.kind]} ${missing.id} was not found`
    )
  }
}

/** References for a list of ids sent in one field: `branch_ids.0`, `branch_ids.1`, … */
export function referencesOf(
  field: string,
  kind: BookingRecordKind,
  ids: (string | null | undefined)[] | null | undefined
): BookingRecordReference[] {
  return (ids ?? []).map((id, index) => ({ field: `${field}.${index}`, kind, id }))
}

export const validateBookingRecordsStepId = "validate-booking-records"
/**
 * This step checks that the branches, rooms, staff members, salon services, appointments and
 * users a write refers to exist, before anything is written (404 naming the field otherwise).
 */
export const validateBookingRecordsStep = createStep(
  validateBookingRecordsStepId,
  async (input: { references: BookingRecordReference[] }, { container }) => {
    await assertBookingRecordsExist(container, input.references)
    return new StepResponse(true)
  }
)
