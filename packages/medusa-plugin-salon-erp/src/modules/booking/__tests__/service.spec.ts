import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { BOOKING_MODULE } from ".."
import type BookingModuleService from "../service"
import { addDays, fromLocal, toLocal } from "../lib/time"

jest.setTimeout(60 * 1000)

const TZ = "Asia/Shanghai"
const day = addDays(toLocal(Date.now(), TZ).date, 5)
const at = (time: string) => {
  const [h, m] = time.split(":").map(Number)
  return new Date(fromLocal(day, h * 60 + m, TZ))
}

moduleIntegrationTestRunner<BookingModuleService>({
  moduleName: BOOKING_MODULE,
  resolve: "./src/modules/booking",
  // The real migrations, so the hand-written exclusion constraints exist in the test database too.
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service }) => {
    async function salon() {
      const branch = await service.createBranches({
        name: "Jing'an",
        code: `B${Math.random().toString(36).slice(2, 8)}`,
        timezone: TZ,
      })
      await service.replaceOpeningHours(
        branch.id,
        [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens_at: "09:00", closes_at: "21:00" }))
      )
      const room = await service.createRooms({
        branch_id: branch.id,
        name: "Room 1",
        room_type: "facial_room",
      })
      const facial = await service.createSalonServices({
        name: "Facial",
        variant_id: `variant_${Math.random().toString(36).slice(2)}`,
        duration_minutes: 60,
        buffer_after_minutes: 15,
        room_type: "facial_room",
      })
      const staff = await service.createStaffMembers({ name: "Anna" })
      await service.replaceStaffBranches(staff.id, [branch.id])
      await service.replaceStaffServices(staff.id, [facial.id])
      await service.replaceStaffSchedule(
        staff.id,
        branch.id,
        [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, starts_at: "10:00", ends_at: "19:00" }))
      )
      return { branch, room, facial, staff }
    }

    const request = (
      s: Awaited<ReturnType<typeof salon>>,
      time: string,
      extra: Record<string, unknown> = {}
    ) => ({
      customer_id: "cus_1",
      branch_id: s.branch.id,
      starts_at: at(time),
      items: [{ salon_service_id: s.facial.id }],
      actor: "staff" as const,
      ...extra,
    })

    it("books with staff, room and occupancy rows covering duration plus turnover", async () => {
      const s = await salon()
      const { appointment_id, created } = await service.bookAppointment(request(s, "10:00"))
      expect(created).toBe(true)
      const occupancies = await service.listOccupancies(
        { appointment_id },
        { order: { resource_kind: "ASC" } }
      )
      expect(
        occupancies.map((o) => [
          o.resource_kind,
          new Date(o.starts_at).toISOString(),
          new Date(o.ends_at).toISOString(),
        ])
      ).toEqual([
        ["room", at("10:00").toISOString(), at("11:15").toISOString()],
        ["staff", at("10:00").toISOString(), at("11:15").toISOString()],
      ])
    })

    it("never stores two overlapping active occupancies of one staff member, even when written directly", async () => {
      const s = await salon()
      await service.createOccupancies({
        resource_kind: "staff",
        staff_member_id: s.staff.id,
        branch_id: s.branch.id,
        starts_at: at("12:00"),
        ends_at: at("13:00"),
      })
      await expect(
        service.createOccupancies({
          resource_kind: "staff",
          staff_member_id: s.staff.id,
          branch_id: s.branch.id,
          starts_at: at("12:30"),
          ends_at: at("13:30"),
        })
      ).rejects.toThrow(/occupancy_staff_no_overlap/)
      // Touching ranges are fine, and inactive ones do not count.
      await service.createOccupancies({
        resource_kind: "staff",
        staff_member_id: s.staff.id,
        branch_id: s.branch.id,
        starts_at: at("13:00"),
        ends_at: at("14:00"),
      })
      await service.createOccupancies({
        resource_kind: "staff",
        staff_member_id: s.staff.id,
        branch_id: s.branch.id,
        starts_at: at("12:00"),
        ends_at: at("14:00"),
        is_active: false,
      })
    })

    it("gives the reminder claim to exactly one of many concurrent callers", async () => {
      const s = await salon()
      const { appointment_id } = await service.bookAppointment(request(s, "15:00"))
      const claims = await Promise.all(
        Array.from({ length: 10 }, () => service.claimReminder(appointment_id))
      )
      expect(claims.filter(Boolean)).toHaveLength(1)
      await service.unclaimReminder(appointment_id)
      expect(await service.claimReminder(appointment_id)).toBe(true)
    })

    it("lets an expired hold go so the slot can be booked", async () => {
      const s = await salon()
      const hold = await service.createHold({ ...request(s, "16:00"), customer_id: "cus_2" })
      await expect(service.bookAppointment(request(s, "16:00"))).rejects.toThrow(
        /Everyone who performs Facial at Jing'an is already booked at .* 16:00/
      )
      await service.updateAppointmentHolds({
        id: hold.hold_id,
        expires_at: new Date(Date.now() - 1000),
      })
      const lapsed = await service.listOccupancies({ hold_id: hold.hold_id })
      await service.updateOccupancies(
        lapsed.map((o) => ({ id: o.id, expires_at: new Date(Date.now() - 1000) }))
      )
      expect(await service.expireHolds()).toBe(1)
      const { created } = await service.bookAppointment(request(s, "16:00"))
      expect(created).toBe(true)
      const [expired] = await service.listAppointmentHolds({ id: hold.hold_id })
      expect(expired.status).toBe("expired")
    })

    it("moves an appointment and keeps it where it was when the new time is taken", async () => {
      const s = await salon()
      const first = await service.bookAppointment(request(s, "10:00"))
      await service.bookAppointment(request(s, "14:00"))
      await service.rescheduleAppointment({
        appointment_id: first.appointment_id,
        starts_at: at("12:00"),
        actor: "staff",
      })
      await expect(
        service.rescheduleAppointment({
          appointment_id: first.appointment_id,
          starts_at: at("13:30"),
          actor: "staff",
        })
      ).rejects.toThrow(/already booked/)
      const [appointment] = await service.listAppointments({ id: first.appointment_id })
      expect(new Date(appointment.starts_at).toISOString()).toBe(at("12:00").toISOString())
      const active = await service.listOccupancies({
        appointment_id: first.appointment_id,
        is_active: true,
      })
      expect(
        active.every((o) => new Date(o.starts_at).toISOString() === at("12:00").toISOString())
      ).toBe(true)
    })
  },
})
