import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders } from "../../utils/admin"
import {
  at,
  createBranch,
  createCustomer,
  createRoom,
  createSalon,
  createService,
  createStaff,
  failure,
  nextWeekday,
} from "../../utils/booking"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    const day = nextWeekday(4) // a Thursday at least three days ahead

    beforeEach(async () => {
      admin = await adminHeaders(api, getContainer())
    })

    const slotsOf = async (query: string) => {
      const { data } = await api.get(`/admin/availability?${query}`, admin)
      return data.availability.slots.map((slot: any) => slot.local_time) as string[]
    }

    describe("branches", () => {
      it("creates a branch with hours, links its stock location and sales channel, and updates it", async () => {
        const { data: location } = await api.post(
          "/admin/stock-locations",
          { name: "Xuhui shelf" },
          admin
        )
        const { data: channel } = await api.post(
          "/admin/sales-channels",
          { name: "Xuhui online" },
          admin
        )
        const branch = await createBranch(api, admin, {
          name: "Xuhui",
          stock_location_id: location.stock_location.id,
          sales_channel_id: channel.sales_channel.id,
        })
        const { data } = await api.get(`/admin/branches/${branch.id}`, admin)
        expect(data.branch).toEqual(
          expect.objectContaining({
            name: "Xuhui",
            timezone: "Asia/Shanghai",
            stock_location: expect.objectContaining({ id: location.stock_location.id }),
            sales_channel: expect.objectContaining({ id: channel.sales_channel.id }),
          })
        )
        expect(data.branch.opening_hours).toHaveLength(7)

        const updated = await api.post(
          `/admin/branches/${branch.id}`,
          {
            phone: "021-5555 0000",
            opening_hours: [{ weekday: 1, opens_at: "10:00", closes_at: "20:00" }],
            sales_channel_id: null,
          },
          admin
        )
        expect(updated.data.branch.phone).toBe("021-5555 0000")
        expect(updated.data.branch.opening_hours).toEqual([
          { weekday: 1, opens_at: "10:00", closes_at: "20:00" },
        ])
        expect(updated.data.branch.sales_channel).toBeFalsy()
        expect(updated.data.branch.stock_location.id).toBe(location.stock_location.id)

        const list = await api.get("/admin/branches?q=xuh", admin)
        expect(list.data.branches.map((b: any) => b.id)).toEqual([branch.id])
      })

      it("rejects bad branch input with messages a person can act on", async () => {
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ name: "A", code: "A", timezone: "Mars/Olympus" }, /IANA time zone/],
          [{ name: "A", code: "has space" }, /letters, digits, - and _/],
          [
            {
              name: "A",
              code: "A1",
              opening_hours: [{ weekday: 8, opens_at: "09:00", closes_at: "18:00" }],
            },
            /'opening_hours, 0, weekday' too big, expected at most: '7'/,
          ],
          [
            {
              name: "A",
              code: "A2",
              opening_hours: [{ weekday: 1, opens_at: "18:00", closes_at: "09:00" }],
            },
            /closes_at \(09:00\) must be after opens_at \(18:00\)/,
          ],
          [
            {
              name: "A",
              code: "A3",
              opening_hours: [
                { weekday: 1, opens_at: "09:00", closes_at: "13:00" },
                { weekday: 1, opens_at: "12:00", closes_at: "18:00" },
              ],
            },
            /12:00–18:00 overlaps 09:00–13:00 on weekday 1/,
          ],
          [
            {
              name: "A",
              code: "A4",
              opening_hours: [{ weekday: 1, opens_at: "9am", closes_at: "18:00" }],
            },
            /HH:MM/,
          ],
          [
            { name: "A", code: "A5", stock_location_id: "sloc_missing" },
            /StockLocation with id: sloc_missing was not found/,
          ],
        ]
        for (const [body, message] of cases) {
          const response = await failure(api.post("/admin/branches", body, admin))
          expect([400, 404]).toContain(response.status)
          expect(response.data.message).toMatch(message)
        }
        const { data } = await api.get("/admin/branches", admin)
        expect(data.branches).toEqual([])

        await createBranch(api, admin, { code: "SAME" })
        const duplicate = await failure(createBranch(api, admin, { code: "SAME" }))
        expect(duplicate.status).toBe(400)
        expect(duplicate.data.message).toBe("Branch with code: SAME, already exists.")
        expect((await failure(api.get("/admin/branches/brch_missing", admin))).status).toBe(404)
      })

      it("closes a branch on holidays (no slots that day) and refuses to close over booked appointments", async () => {
        const salon = await createSalon(api, admin)
        const base = `branch_id=${salon.branch.id}&salon_service_id=${salon.facial.id}&from=${day}&to=${day}`
        expect((await slotsOf(base)).length).toBeGreaterThan(0)

        const { data } = await api.post(
          `/admin/branches/${salon.branch.id}/closures`,
          { starts_on: day, reason: "Staff training" },
          admin
        )
        expect(data.branch.closures).toEqual([
          expect.objectContaining({ starts_on: day, ends_on: day, reason: "Staff training" }),
        ])
        expect(await slotsOf(base)).toEqual([])
        const closed = await failure(
          api.post(
            "/admin/appointments",
            {
              customer_id: (await createCustomer(api, admin)).id,
              branch_id: salon.branch.id,
              starts_at: at(day, "10:00"),
              items: [{ salon_service_id: salon.facial.id, staff_member_id: salon.anna.id }],
            },
            admin
          )
        )
        expect(closed.status).toBe(400)
        expect(closed.data.message).toBe(`Jing'an is closed on ${day} (Staff training)`)

        await api.delete(
          `/admin/branches/${salon.branch.id}/closures/${data.branch.closures[0].id}`,
          admin
        )
        const customer = await createCustomer(api, admin)
        await api.post(
          "/admin/appointments",
          {
            customer_id: customer.id,
            branch_id: salon.branch.id,
            starts_at: at(day, "10:00"),
            items: [{ salon_service_id: salon.facial.id }],
          },
          admin
        )
        const refused = await failure(
          api.post(`/admin/branches/${salon.branch.id}/closures`, { starts_on: day }, admin)
        )
        expect(refused.status).toBe(409)
        expect(refused.data.message).toMatch(
          new RegExp(
            `^The branch cannot close on ${day}: 1 upcoming appointment\\(s\\) need it \\(#\\d+ at .*\\)\\. Move or cancel them first\\.$`
          )
        )
        const reversed = await failure(
          api.post(
            `/admin/branches/${salon.branch.id}/closures`,
            { starts_on: "2027-01-05", ends_on: "2027-01-01" },
            admin
          )
        )
        expect(reversed.status).toBe(400)
        expect(reversed.data.message).toMatch(
          /ends_on \(2027-01-01\) is before starts_on \(2027-01-05\)/
        )
      })
    })

    describe("staff, schedules and exceptions", () => {
      it("creates staff with branches and services, sets weekly hours, and lists them", async () => {
        const branch = await createBranch(api, admin)
        const facial = await createService(api, admin)
        const { data } = await api.post(
          "/admin/staff-members",
          {
            name: "Chen Jing",
            level: "expert",
            color: "#AA3366",
            branch_ids: [branch.id],
            salon_service_ids: [facial.id],
          },
          admin
        )
        expect(data.staff_member).toEqual(
          expect.objectContaining({
            name: "Chen Jing",
            level: "expert",
            branch_ids: [branch.id],
            salon_service_ids: [facial.id],
          })
        )
        const { data: schedule } = await api.post(
          `/admin/staff-members/${data.staff_member.id}/schedule`,
          {
            branch_id: branch.id,
            shifts: [
              { weekday: 1, starts_at: "09:00", ends_at: "13:00" },
              { weekday: 1, starts_at: "14:00", ends_at: "18:00" },
            ],
          },
          admin
        )
        expect(schedule.schedule.weekly).toEqual([
          expect.objectContaining({
            weekday: 1,
            starts_at: "09:00",
            ends_at: "13:00",
            branch_id: branch.id,
          }),
          expect.objectContaining({ weekday: 1, starts_at: "14:00", ends_at: "18:00" }),
        ])
        const byService = await api.get(
          `/admin/staff-members?salon_service_id=${facial.id}&branch_id=${branch.id}`,
          admin
        )
        expect(byService.data.staff_members.map((member: any) => member.name)).toEqual([
          "Chen Jing",
        ])
        const salon = await api.get(`/admin/salon-services/${facial.id}`, admin)
        expect(salon.data.salon_service.staff_member_ids).toEqual([data.staff_member.id])
      })

      it("rejects overlapping shifts and exceptions whose end is before their start", async () => {
        const branch = await createBranch(api, admin)
        const staff = await createStaff(api, admin, branch.id, [], "Ivy")
        const overlap = await failure(
          api.post(
            `/admin/staff-members/${staff.id}/schedule`,
            {
              branch_id: branch.id,
              shifts: [
                { weekday: 2, starts_at: "09:00", ends_at: "15:00" },
                { weekday: 2, starts_at: "14:00", ends_at: "18:00" },
              ],
            },
            admin
          )
        )
        expect(overlap.status).toBe(400)
        expect(overlap.data.message).toMatch(/14:00–18:00 overlaps 09:00–15:00 on weekday 2/)
        const backwards = await failure(
          api.post(
            `/admin/staff-members/${staff.id}/schedule-exceptions`,
            { kind: "time_off", date: day, starts_at: "15:00", ends_at: "11:00" },
            admin
          )
        )
        expect(backwards.status).toBe(400)
        expect(backwards.data.message).toMatch(
          /ends_at \(11:00\) must be after starts_at \(15:00\)/
        )
        const halfGiven = await failure(
          api.post(
            `/admin/staff-members/${staff.id}/schedule-exceptions`,
            { kind: "time_off", date: day, starts_at: "15:00" },
            admin
          )
        )
        expect(halfGiven.data.message).toMatch(/give both starts_at and ends_at, or neither/)
        const unknown = await failure(
          api.post(
            `/admin/staff-members/stf_missing/schedule`,
            { branch_id: branch.id, shifts: [] },
            admin
          )
        )
        expect(unknown.status).toBe(404)
      })

      it("takes time off and extra shifts into account in availability", async () => {
        const salon = await createSalon(api, admin)
        const annaOnly = `branch_id=${salon.branch.id}&salon_service_id=${salon.manicure.id}&staff_member_id=${salon.anna.id}&from=${day}&to=${day}`
        const before = await slotsOf(annaOnly)
        expect(before[0]).toBe("10:00")
        expect(before[before.length - 1]).toBe("18:15")

        await api.post(
          `/admin/staff-members/${salon.anna.id}/schedule-exceptions`,
          { kind: "time_off", date: day, starts_at: "12:00", ends_at: "14:00", reason: "Dentist" },
          admin
        )
        await api.post(
          `/admin/staff-members/${salon.anna.id}/schedule-exceptions`,
          {
            kind: "extra_shift",
            date: day,
            starts_at: "19:00",
            ends_at: "21:00",
            branch_id: salon.branch.id,
          },
          admin
        )
        const after = await slotsOf(annaOnly)
        expect(after).toContain("11:15") // 11:15 + 45 min ends exactly at 12:00
        expect(after).not.toContain("11:30")
        expect(after).not.toContain("13:30")
        expect(after).toContain("14:00")
        expect(after[after.length - 1]).toBe("20:15") // the extra shift runs to 21:00

        const wholeDay = await api.post(
          `/admin/staff-members/${salon.bella.id}/schedule-exceptions`,
          { kind: "time_off", date: day, reason: "Annual leave" },
          admin
        )
        expect(wholeDay.status).toBe(201)
        const bellaOnly = `branch_id=${salon.branch.id}&salon_service_id=${salon.manicure.id}&staff_member_id=${salon.bella.id}&from=${day}&to=${day}`
        expect(await slotsOf(bellaOnly)).toEqual([])
      })

      it("refuses time off or deactivation that would strand booked appointments", async () => {
        const salon = await createSalon(api, admin)
        const customer = await createCustomer(api, admin)
        await api.post(
          "/admin/appointments",
          {
            customer_id: customer.id,
            branch_id: salon.branch.id,
            starts_at: at(day, "10:00"),
            items: [{ salon_service_id: salon.facial.id, staff_member_id: salon.anna.id }],
          },
          admin
        )
        const timeOff = await failure(
          api.post(
            `/admin/staff-members/${salon.anna.id}/schedule-exceptions`,
            { kind: "time_off", date: day },
            admin
          )
        )
        expect(timeOff.status).toBe(409)
        expect(timeOff.data.message).toMatch(
          new RegExp(`^This staff member cannot take time off on ${day}: 1 upcoming appointment`)
        )
        // The conflict names the appointment in the branch's local time.
        expect(timeOff.data.message).toMatch(new RegExp(`#\\d+ at ${day} 10:00`))
        const leave = await failure(
          api.post(`/admin/staff-members/${salon.anna.id}`, { branch_ids: [] }, admin)
        )
        expect(leave.status).toBe(409)
        expect(leave.data.message).toMatch(/cannot leave a branch where they have appointments/)
        const deactivate = await failure(
          api.post(`/admin/staff-members/${salon.anna.id}`, { is_active: false }, admin)
        )
        expect(deactivate.status).toBe(409)
        const removeRoom = await failure(api.delete(`/admin/rooms/${salon.facialRoom.id}`, admin))
        expect(removeRoom.status).toBe(409)
        const staff = await api.get(`/admin/staff-members/${salon.anna.id}`, admin)
        expect(staff.data.staff_member.is_active).toBe(true)
      })
    })

    describe("rooms and services", () => {
      it("creates services as new products or on existing variants, and validates them", async () => {
        const service = await createService(api, admin, {
          name: "Deep tissue massage",
          room_type: "massage_room",
          duration_minutes: 90,
          buffer_after_minutes: 15,
        })
        const { data } = await api.get(`/admin/salon-services/${service.id}`, admin)
        expect(data.salon_service).toEqual(
          expect.objectContaining({
            name: "Deep tissue massage",
            duration_minutes: 90,
            buffer_after_minutes: 15,
            product_variant: expect.objectContaining({
              prices: [expect.objectContaining({ currency_code: "cny", amount: 398 })],
            }),
          })
        )
        const { data: product } = await api.get(
          `/admin/products/${data.salon_service.product_variant.product_id}`,
          admin
        )
        expect(product.product.title).toBe("Deep tissue massage")

        const reuse = await failure(
          createService(api, admin, {
            name: "Copy",
            prices: undefined,
            variant_id: service.variant_id,
          })
        )
        expect(reuse.status).toBe(400)
        expect(reuse.data.message).toMatch(/^Salon service with variant_id: .*, already exists\.$/)
        const both = await failure(createService(api, admin, { variant_id: service.variant_id }))
        expect(both.status).toBe(400)
        expect(both.data.message).toMatch(/give either variant_id .* or prices/)
        const missingVariant = await failure(
          createService(api, admin, { prices: undefined, variant_id: "variant_missing" })
        )
        expect(missingVariant.status).toBe(404)
        const tooShort = await failure(createService(api, admin, { duration_minutes: 2 }))
        expect(tooShort.data.message).toMatch(
          /'duration_minutes' too small, expected at least: '5'/
        )
      })

      it("needs a free room of the right type: a nail service has no slots at a branch without nail stations", async () => {
        const branch = await createBranch(api, admin)
        await createRoom(api, admin, branch.id, "Facial room", "facial_room")
        const pedicure = await createService(api, admin, {
          name: "Spa pedicure",
          room_type: "pedicure_chair",
        })
        await createStaff(api, admin, branch.id, [pedicure.id], "Lin")
        expect(
          await slotsOf(
            `branch_id=${branch.id}&salon_service_id=${pedicure.id}&from=${day}&to=${day}`
          )
        ).toEqual([])
        const duplicateRoom = await failure(
          createRoom(api, admin, branch.id, "Facial room", "facial_room")
        )
        expect(duplicateRoom.status).toBe(400)
        expect(duplicateRoom.data.message).toMatch(
          /^Room with branch_id: brch_\w+, name: Facial room, already exists\.$/
        )
        const badType = await failure(createRoom(api, admin, branch.id, "Room X", "Facial Room"))
        expect(badType.data.message).toMatch(/snake_case/)
      })
    })

    describe("availability and the calendar", () => {
      it("offers only slots where staff and room are both free, for a sequence of services", async () => {
        const salon = await createSalon(api, admin)
        const customer = await createCustomer(api, admin)
        // The only facial room is taken 10:00-12:00; Anna works on the nail station 12:00-12:45.
        await api.post(
          "/admin/appointments",
          {
            customer_id: customer.id,
            branch_id: salon.branch.id,
            starts_at: at(day, "10:00"),
            items: [{ salon_service_id: salon.facial.id }, { salon_service_id: salon.facial.id }],
          },
          admin
        )
        await api.post(
          "/admin/appointments",
          {
            customer_id: customer.id,
            branch_id: salon.branch.id,
            starts_at: at(day, "12:00"),
            items: [{ salon_service_id: salon.manicure.id, staff_member_id: salon.anna.id }],
          },
          admin
        )
        const facial = await slotsOf(
          `branch_id=${salon.branch.id}&salon_service_id=${salon.facial.id}&from=${day}&to=${day}`
        )
        expect(facial).not.toContain("10:00")
        expect(facial).not.toContain("11:15")
        expect(facial[0]).toBe("12:00")

        const { data } = await api.get(
          `/admin/availability?branch_id=${salon.branch.id}&salon_service_id=${salon.facial.id},${salon.manicure.id}&from=${day}&to=${day}`,
          admin
        )
        const noon = data.availability.slots.find((slot: any) => slot.local_time === "12:00")
        expect(noon.items).toHaveLength(2)
        expect(noon.items[1].starts_at).toBe(at(day, "13:00"))
        expect(noon.items[1].staff_member_ids.sort()).toEqual(
          [salon.anna.id, salon.bella.id].sort()
        )
        // Anna is on the 12:00 manicure, so only Bella can do the facial then.
        expect(noon.items[0].staff_member_ids).toEqual([salon.bella.id])
      })

      it("searches where an appointment can move as if its own slot were free, and drops shifts at a branch left", async () => {
        const salon = await createSalon(api, admin)
        const customer = await createCustomer(api, admin)
        const { data } = await api.post(
          "/admin/appointments",
          {
            customer_id: customer.id,
            branch_id: salon.branch.id,
            starts_at: at(day, "10:00"),
            items: [{ salon_service_id: salon.facial.id, staff_member_id: salon.anna.id }],
          },
          admin
        )
        const base = `branch_id=${salon.branch.id}&salon_service_id=${salon.facial.id}&staff_member_id=${salon.anna.id}&from=${day}&to=${day}`
        expect(await slotsOf(base)).not.toContain("10:30")
        expect(await slotsOf(`${base}&exclude_appointment_id=${data.appointment.id}`)).toContain(
          "10:30"
        )

        const other = await createBranch(api, admin, { name: "Xuhui" })
        await api.post(
          `/admin/staff-members/${salon.bella.id}`,
          { branch_ids: [salon.branch.id, other.id] },
          admin
        )
        await api.post(
          `/admin/staff-members/${salon.bella.id}/schedule`,
          { branch_id: other.id, shifts: [{ weekday: 1, starts_at: "10:00", ends_at: "18:00" }] },
          admin
        )
        await api.post(
          `/admin/staff-members/${salon.bella.id}`,
          { branch_ids: [salon.branch.id] },
          admin
        )
        const { data: schedule } = await api.get(
          `/admin/staff-members/${salon.bella.id}/schedule`,
          admin
        )
        expect(
          schedule.schedule.weekly.every((shift: any) => shift.branch_id === salon.branch.id)
        ).toBe(true)
      })

      it("shows a branch day: staff columns with working hours, rooms and appointments", async () => {
        const salon = await createSalon(api, admin)
        const customer = await createCustomer(api, admin)
        await api.post(
          "/admin/appointments",
          {
            customer_id: customer.id,
            branch_id: salon.branch.id,
            starts_at: at(day, "15:00"),
            items: [{ salon_service_id: salon.facial.id, staff_member_id: salon.bella.id }],
            internal_note: "VIP",
          },
          admin
        )
        const { data } = await api.get(
          `/admin/branches/${salon.branch.id}/calendar?date=${day}`,
          admin
        )
        expect(data.calendar.date).toBe(day)
        expect(data.calendar.staff_members.map((member: any) => member.name)).toEqual([
          "Anna Li",
          "Bella Wu",
        ])
        expect(data.calendar.staff_members[0].working).toEqual([
          { starts_at: at(day, "10:00"), ends_at: at(day, "19:00") },
        ])
        expect(data.calendar.rooms.map((room: any) => room.name)).toEqual([
          "Facial room 1",
          "Nail station 1",
        ])
        expect(data.calendar.appointments).toEqual([
          expect.objectContaining({
            starts_at: at(day, "15:00"),
            internal_note: "VIP",
            customer: expect.objectContaining({ first_name: "Mei" }),
            items: [
              expect.objectContaining({
                staff_member_id: salon.bella.id,
                service_name: "Hydrating facial",
              }),
            ],
          }),
        ])
        const bad = await failure(
          api.get(`/admin/branches/${salon.branch.id}/calendar?date=23-11-2026`, admin)
        )
        expect(bad.status).toBe(400)
      })

      it("refuses a NUL, a 100,000-character name or phone and unknown ids in setup records, naming the field, and writes nothing", async () => {
        const branch = await createBranch(api, admin, { name: "Pudong" })
        const facial = await createService(api, admin, { name: "Facial" })
        const staff = await createStaff(api, admin, branch.id, [facial.id], "Dana")
        const long = "a".repeat(100_000)
        const cases: [string, Record<string, unknown>, number, RegExp][] = [
          [
            "/admin/branches",
            { name: "Nul\u0000branch", code: "NUL1" },
            400,
            /name: must not contain control characters/,
          ],
          ["/admin/branches", { name: long, code: "LONG1" }, 400, /name: must be at most 200/],
          ["/admin/branches", { name: "A", code: "PH1", phone: "1".repeat(100_000) }, 400, /phone/],
          [
            "/admin/branches",
            { name: "A", code: "AD1", address: "x\u0000" },
            400,
            /address: must not contain control characters/,
          ],
          [
            "/admin/branches",
            { name: "A", code: "MGR1", manager_user_id: "user_missing" },
            404,
            /^manager_user_id: user user_missing was not found$/,
          ],
          [
            "/admin/staff-members",
            { name: "Eve", user_id: "user_missing" },
            404,
            /^user_id: user user_missing was not found$/,
          ],
          [
            "/admin/staff-members",
            { name: "Nul\u0000staff" },
            400,
            /name: must not contain control characters/,
          ],
          ["/admin/staff-members", { name: long }, 400, /name: must be at most 200/],
          ["/admin/staff-members", { name: "Eve", phone: long }, 400, /phone/],
          [
            "/admin/staff-members",
            { name: "Eve", branch_ids: ["brch_missing"] },
            404,
            /^branch_ids\.0: branch brch_missing was not found$/,
          ],
          [
            "/admin/staff-members",
            { name: "Eve", salon_service_ids: [facial.id, "svc_missing"] },
            404,
            /^salon_service_ids\.1: salon service svc_missing was not found$/,
          ],
          [
            "/admin/rooms",
            { branch_id: branch.id, name: "Nul\u0000room", room_type: "facial_room" },
            400,
            /name: must not contain control characters/,
          ],
          [
            "/admin/rooms",
            { branch_id: "brch_missing", name: "Room", room_type: "facial_room" },
            404,
            /^branch_id: branch brch_missing was not found$/,
          ],
          [
            "/admin/salon-services",
            {
              name: "Nul\u0000service",
              duration_minutes: 30,
              prices: [{ currency_code: "cny", amount: 100 }],
            },
            400,
            /name: must not contain control characters/,
          ],
          [
            "/admin/salon-services",
            {
              name: "Facial",
              duration_minutes: 30,
              prices: [{ currency_code: "cny", amount: 100 }],
              staff_member_ids: ["stf_missing"],
            },
            404,
            /^staff_member_ids\.0: staff member stf_missing was not found$/,
          ],
          [
            `/admin/staff-members/${staff.id}`,
            { name: "Dana\u0000" },
            400,
            /name: must not contain control characters/,
          ],
          [
            `/admin/staff-members/${staff.id}/schedule`,
            { branch_id: "brch_missing", shifts: [] },
            404,
            /^branch_id: branch brch_missing was not found$/,
          ],
          [
            `/admin/staff-members/${staff.id}/schedule-exceptions`,
            { kind: "time_off", date: "2027-02-30" },
            400,
            /date/,
          ],
        ]
        for (const [path, body, status, message] of cases) {
          const response = await failure(api.post(path, body, admin))
          expect({ path, status: response.status }).toEqual({ path, status })
          expect(response.data).toEqual({ type: expect.any(String), message: expect.any(String) })
          expect(response.data.message).toMatch(message)
        }
        const [branches, staffMembers, rooms, services] = await Promise.all([
          api.get("/admin/branches", admin),
          api.get("/admin/staff-members", admin),
          api.get("/admin/rooms", admin),
          api.get("/admin/salon-services", admin),
        ])
        expect(branches.data.branches.map((b: any) => b.name)).toEqual(["Pudong"])
        expect(staffMembers.data.staff_members.map((m: any) => m.name)).toEqual(["Dana"])
        expect(rooms.data.rooms).toEqual([])
        expect(services.data.salon_services.map((s: any) => s.name)).toEqual(["Facial"])
      })

      it("requires an admin session for every booking admin route", async () => {
        for (const path of [
          "/admin/branches",
          "/admin/staff-members",
          "/admin/rooms",
          "/admin/salon-services",
          "/admin/appointments",
        ]) {
          expect((await failure(api.get(path))).status).toBe(401)
        }
      })
    })
  },
})
