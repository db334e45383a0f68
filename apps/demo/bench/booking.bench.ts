import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, generateEntityId } from "@medusajs/framework/utils"
import { BOOKING_MODULE } from "medusa-plugin-salon-erp/modules/booking"
import type BookingModuleService from "medusa-plugin-salon-erp/src/modules/booking/service"
import { addDays, fromLocal, toLocal } from "medusa-plugin-salon-erp/src/modules/booking/lib/time"
import { createBranchWorkflow } from "medusa-plugin-salon-erp/src/workflows/booking/workflows/create-branch"
import { adminAuth, http } from "./lib/http"
import { figure, load, report, summarize } from "./lib/measure"

const TZ = "Asia/Shanghai"
const STAFF = 20
const ROOMS = 24
const APPOINTMENTS = 10_000
const DAYS_BACK = 90
const DAYS_AHEAD = 30

/**
 * Booking: availability search at a branch with 20 staff over 14 days, with 10,000 appointments
 * in the database (90 days of history, 30 ahead), and booking throughput over HTTP.
 */
export default async function bookingBench({ container }: ExecArgs) {
  const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)

  const { result: branch } = await createBranchWorkflow(container).run({
    input: {
      name: "Bench branch",
      code: `BENCH-${Date.now()}`,
      timezone: TZ,
      opening_hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
        weekday,
        opens_at: "09:00",
        closes_at: "21:00",
      })),
    },
  })
  const variantIds = Array.from({ length: 3 }, () => generateEntityId(undefined, "variant"))
  const services = await booking.createSalonServices([
    {
      name: "Bench facial",
      variant_id: variantIds[0],
      duration_minutes: 60,
      buffer_after_minutes: 10,
      room_type: "treatment_room",
    },
    {
      name: "Bench massage",
      variant_id: variantIds[1],
      duration_minutes: 90,
      buffer_after_minutes: 15,
      room_type: "treatment_room",
    },
    { name: "Bench manicure", variant_id: variantIds[2], duration_minutes: 45, room_type: null },
  ])
  const rooms = await booking.createRooms(
    Array.from({ length: ROOMS }, (_, i) => ({
      branch_id: branch.id,
      name: `Room ${i + 1}`,
      room_type: "treatment_room",
    }))
  )
  const staff = await booking.createStaffMembers(
    Array.from({ length: STAFF }, (_, i) => ({ name: `Therapist ${i + 1}` }))
  )
  for (const member of staff) {
    await booking.replaceStaffBranches(member.id, [branch.id])
    await booking.replaceStaffServices(
      member.id,
      services.map((service) => service.id)
    )
    await booking.replaceStaffSchedule(
      member.id,
      branch.id,
      [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, starts_at: "09:00", ends_at: "21:00" }))
    )
  }
  const customer = await container
    .resolve(Modules.CUSTOMER)
    .createCustomers({ email: `bench-${Date.now()}@salon.test`, first_name: "Bench" })

  // Existing volume, written directly: each staff member gets a few one-hour appointments a day
  // at fixed times, each in its own room, so nothing overlaps.
  const today = toLocal(Date.now(), TZ).date
  const startsPerDay = [9 * 60 + 30, 11 * 60 + 30, 14 * 60, 16 * 60 + 30, 19 * 60]
  const perDay = Math.ceil(APPOINTMENTS / (DAYS_BACK + DAYS_AHEAD))
  const seededAt = performance.now()
  let written = 0
  for (let offset = -DAYS_BACK; offset < DAYS_AHEAD && written < APPOINTMENTS; offset++) {
    const date = addDays(today, offset)
    const appointments: Record<string, unknown>[] = []
    const items: Record<string, unknown>[] = []
    const occupancies: Record<string, unknown>[] = []
    for (let n = 0; n < perDay && written < APPOINTMENTS; n++, written++) {
      const staffIndex = n % STAFF
      const slot = Math.floor(n / STAFF) % startsPerDay.length
      const start = new Date(fromLocal(date, startsPerDay[slot], TZ))
      const end = new Date(start.getTime() + 60 * 60_000)
      const turnover = new Date(end.getTime() + 10 * 60_000)
      const appointmentId = generateEntityId(undefined, "appt")
      const itemId = generateEntityId(undefined, "apit")
      const room = rooms[staffIndex % ROOMS]
      const status = offset < 0 ? "completed" : "booked"
      appointments.push({
        id: appointmentId,
        customer_id: customer.id,
        branch_id: branch.id,
        status,
        source: "front_desk",
        starts_at: start,
        ends_at: end,
      })
      items.push({
        id: itemId,
        appointment_id: appointmentId,
        position: 0,
        starts_at: start,
        ends_at: end,
        salon_service_id: services[0].id,
        staff_member_id: staff[staffIndex].id,
        room_id: room.id,
        service_name: services[0].name,
        variant_id: variantIds[0],
        duration_minutes: 60,
        buffer_after_minutes: 10,
      })
      for (const [kind, resource] of [
        ["staff", { staff_member_id: staff[staffIndex].id, room_id: null }],
        ["room", { staff_member_id: null, room_id: room.id }],
      ] as const) {
        occupancies.push({
          id: generateEntityId(undefined, "occ"),
          resource_kind: kind,
          ...resource,
          branch_id: branch.id,
          starts_at: start,
          ends_at: turnover,
          appointment_id: appointmentId,
          appointment_item_id: itemId,
          is_active: true,
        })
      }
    }
    await knex.batchInsert("appointment", appointments, 500)
    await knex.batchInsert("appointment_item", items, 500)
    await knex.batchInsert("occupancy", occupancies, 500)
  }
  await knex.raw("ANALYZE appointment; ANALYZE appointment_item; ANALYZE occupancy")
  figure(
    `seeded ${written} appointments (${STAFF} staff, ${ROOMS} rooms)`,
    (performance.now() - seededAt) / 1000,
    "s"
  )

  const from = addDays(today, 1)
  const to = addDays(today, 14)
  const search = (serviceIds: string[], staffMemberId?: string) => () =>
    booking.searchAvailability({
      branch_id: branch.id,
      salon_service_ids: serviceIds,
      staff_member_id: staffMemberId,
      from,
      to,
      actor: "customer",
    })

  await load(10, 1, search([services[0].id]))
  const one = await load(200, 1, search([services[0].id]))
  const slots = (await search([services[0].id])()).slots.length
  report("availability, 1 service, 20 staff, 14 days (in-process)", summarize(one.latencies), {
    slots,
  })
  const oneStaff = await load(200, 1, search([services[0].id], staff[3].id))
  report(
    "availability, 1 service, 1 staff member, 14 days (in-process)",
    summarize(oneStaff.latencies)
  )
  const sequence = await load(100, 1, search([services[0].id, services[2].id]))
  report(
    "availability, facial + manicure sequence, 14 days (in-process)",
    summarize(sequence.latencies)
  )

  const admin = await adminAuth(container)
  const url = `/admin/availability?branch_id=${branch.id}&salon_service_id=${services[0].id}&from=${from}&to=${to}`
  await load(10, 1, () => http(url, { headers: admin }))
  const sequential = await load(100, 1, () => http(url, { headers: admin }))
  report("GET /admin/availability, 14 days (HTTP, one at a time)", summarize(sequential.latencies))
  const overHttp = await load(200, 4, () => http(url, { headers: admin }))
  report("GET /admin/availability, 14 days (HTTP, 4 concurrent)", summarize(overHttp.latencies), {
    "req/s": overHttp.perSecond,
  })

  // Booking throughput: distinct free slots (day × time × staff member) between the seeded
  // appointments, 10 requests in flight.
  const bookingDays = Array.from({ length: 5 }, (_, i) => addDays(today, 20 + i))
  const times = [12 * 60 + 45, 15 * 60 + 15, 17 * 60 + 45, 20 * 60 + 15]
  const targets = bookingDays.flatMap((date) =>
    times.flatMap((minutes) => staff.map((member) => ({ date, minutes, member })))
  )
  const bookings = await load(targets.length, 10, async (i) => {
    const { date, minutes, member } = targets[i]
    return http("/admin/appointments", {
      method: "POST",
      headers: admin,
      json: {
        customer_id: customer.id,
        branch_id: branch.id,
        starts_at: new Date(fromLocal(date, minutes, TZ)).toISOString(),
        items: [{ salon_service_id: services[2].id, staff_member_id: member.id }],
      },
    })
  })
  report(
    `POST /admin/appointments, ${targets.length} bookings (10 concurrent)`,
    summarize(bookings.latencies),
    {
      "bookings/s": bookings.perSecond,
      errors: bookings.errors.length,
    }
  )

  // Contention: 50 requests for one staff slot at once; exactly one may win.
  const contested = await load(50, 50, () =>
    http("/admin/appointments", {
      method: "POST",
      headers: admin,
      json: {
        customer_id: customer.id,
        branch_id: branch.id,
        starts_at: new Date(fromLocal(addDays(today, 26), 12 * 60 + 45, TZ)).toISOString(),
        items: [{ salon_service_id: services[0].id, staff_member_id: staff[0].id }],
      },
    })
  )
  const conflicts = contested.errors.filter(
    (error) => (error as { status?: number }).status === 409
  ).length
  report("50 concurrent bookings of one staff slot", summarize(contested.latencies), {
    won: contested.results.length,
    "409s": conflicts,
    wall_ms: contested.wallMs,
  })
}
