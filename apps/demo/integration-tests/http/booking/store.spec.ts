import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders } from "../../utils/admin"
import { at, createSalon, dayAhead, failure, nextWeekday } from "../../utils/booking"
import { createPublishableKey, createStoreCustomer } from "../../utils/store"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: { headers: Record<string, string> }
    let salon: Awaited<ReturnType<typeof createSalon>>
    let publishableKey: string
    let alice: Awaited<ReturnType<typeof createStoreCustomer>>
    let bob: Awaited<ReturnType<typeof createStoreCustomer>>
    const day = nextWeekday(3)

    beforeEach(async () => {
      admin = await adminHeaders(api, getContainer())
      salon = await createSalon(api, admin)
      publishableKey = await createPublishableKey(api, admin)
      alice = await createStoreCustomer(api, publishableKey, "Alice")
      bob = await createStoreCustomer(api, publishableKey, "Bob")
    })

    const store = () => ({ headers: { "x-publishable-api-key": publishableKey } })
    const bookAs = (who: typeof alice, body: Record<string, unknown>) =>
      api.post(
        "/store/customers/me/appointments",
        { branch_id: salon.branch.id, ...body },
        { headers: who.headers }
      )

    describe("browsing", () => {
      it("lists branches, bookable services and public staff profiles without private fields", async () => {
        const branches = await api.get("/store/branches", store())
        expect(branches.data.branches.map((branch: any) => branch.id)).toContain(salon.branch.id)

        const services = await api.get(
          `/store/salon-services?branch_id=${salon.branch.id}`,
          store()
        )
        expect(services.data.salon_services.map((service: any) => service.name).sort()).toEqual([
          "Gel manicure",
          "Hydrating facial",
        ])
        expect(services.data.salon_services[0].product_variant.prices[0]).toEqual(
          expect.objectContaining({ currency_code: "cny" })
        )

        const staff = await api.get(
          `/store/staff-members?branch_id=${salon.branch.id}&salon_service_id=${salon.facial.id}`,
          store()
        )
        expect(staff.data.staff_members.map((member: any) => member.name).sort()).toEqual([
          "Anna Li",
          "Bella Wu",
        ])
        expect(Object.keys(staff.data.staff_members[0]).sort()).toEqual([
          "bio",
          "color",
          "id",
          "level",
          "name",
        ])
        // Private fields cannot be asked for: they are dropped from the answer.
        const leak = await api.get("/store/staff-members?fields=name,email,phone,user_id", store())
        for (const member of leak.data.staff_members) {
          expect(member).not.toHaveProperty("email")
          expect(member).not.toHaveProperty("phone")
          expect(member).not.toHaveProperty("user_id")
        }
      })

      it("searches availability with the online rules: notice, horizon and the 15-minute grid", async () => {
        const { data } = await api.get(
          `/store/availability?branch_id=${salon.branch.id}&salon_service_id=${salon.facial.id}&from=${day}&to=${day}`,
          store()
        )
        const { availability } = data
        expect(availability.timezone).toBe("Asia/Shanghai")
        expect(availability.slots[0]).toEqual(
          expect.objectContaining({
            local_date: day,
            local_time: "10:00",
            starts_at: at(day, "10:00"),
          })
        )
        expect(availability.slots[0].items[0].staff_member_ids.sort()).toEqual(
          [salon.anna.id, salon.bella.id].sort()
        )
        expect(
          availability.slots.every((slot: any) => Number(slot.local_time.slice(3)) % 15 === 0)
        ).toBe(true)
        // Staff work 10:00-19:00; a 60-minute facial starts at 18:00 at the latest.
        expect(availability.slots[availability.slots.length - 1].local_time).toBe("18:00")

        const tooFar = await api.get(
          `/store/availability?branch_id=${salon.branch.id}&salon_service_id=${salon.facial.id}&from=${dayAhead(70)}&to=${dayAhead(70)}`,
          store()
        )
        expect(tooFar.data.availability.slots).toEqual([])
      })

      it("reports bad searches clearly", async () => {
        const base = `/store/availability?branch_id=${salon.branch.id}&salon_service_id=${salon.facial.id}`
        const reversed = await failure(
          api.get(`${base}&from=${dayAhead(5)}&to=${dayAhead(4)}`, store())
        )
        expect(reversed.status).toBe(400)
        expect(reversed.data.message).toBe(`to (${dayAhead(4)}) is before from (${dayAhead(5)})`)
        const badDate = await failure(api.get(`${base}&from=2026-02-30`, store()))
        expect(badDate.status).toBe(400)
        expect(badDate.data.message).toMatch(/YYYY-MM-DD/)
        const unknown = await failure(
          api.get(
            `/store/availability?branch_id=${salon.branch.id}&salon_service_id=svc_nope`,
            store()
          )
        )
        expect(unknown.status).toBe(404)
        const noBranch = await failure(
          api.get(`/store/availability?salon_service_id=${salon.facial.id}`, store())
        )
        expect(noBranch.status).toBe(400)
      })
    })

    describe("booking as a customer", () => {
      it("books, lists and shows own appointments, marking a requested staff member as designated", async () => {
        const { status, data } = await bookAs(alice, {
          starts_at: at(day, "10:00"),
          items: [{ salon_service_id: salon.facial.id, staff_member_id: salon.bella.id }],
          notes: "First visit",
        })
        expect(status).toBe(201)
        expect(data.appointment).toEqual(
          expect.objectContaining({ status: "booked", source: "online" })
        )
        expect(data.appointment.items[0]).toEqual(
          expect.objectContaining({ staff_member_id: salon.bella.id, is_designated: true })
        )
        expect(data.appointment.internal_note).toBeUndefined()
        expect(data.appointment.customer).toBeUndefined()

        const mine = await api.get("/store/customers/me/appointments?when=upcoming", {
          headers: alice.headers,
        })
        expect(mine.data.appointments.map((appointment: any) => appointment.id)).toEqual([
          data.appointment.id,
        ])
        const one = await api.get(`/store/customers/me/appointments/${data.appointment.id}`, {
          headers: alice.headers,
        })
        expect(one.data.appointment.items[0].staff_member.name).toBe("Bella Wu")
      })

      it("never lets a customer read, cancel or move another customer's appointment", async () => {
        const { data } = await bookAs(alice, {
          starts_at: at(day, "11:00"),
          items: [{ salon_service_id: salon.facial.id }],
        })
        const id = data.appointment.id

        expect(
          (await api.get("/store/customers/me/appointments", { headers: bob.headers })).data
            .appointments
        ).toEqual([])
        const attempts = [
          () => api.get(`/store/customers/me/appointments/${id}`, { headers: bob.headers }),
          () =>
            api.post(`/store/customers/me/appointments/${id}/cancel`, {}, { headers: bob.headers }),
          () =>
            api.post(
              `/store/customers/me/appointments/${id}/reschedule`,
              { starts_at: at(day, "15:00") },
              { headers: bob.headers }
            ),
        ]
        for (const attempt of attempts) {
          const response = await failure(attempt())
          expect(response.status).toBe(404)
          expect(response.data.message).toBe(`Appointment with id: ${id} was not found`)
        }
        const internal = await api.get(
          `/store/customers/me/appointments/${id}?fields=id,internal_note,created_by`,
          {
            headers: alice.headers,
          }
        )

        expect(internal.data.appointment).not.toHaveProperty("internal_note")
        expect(internal.data.appointment).not.toHaveProperty("created_by")
        const still = await api.get(`/admin/appointments/${id}`, admin)
        expect(still.data.appointment).toEqual(
          expect.objectContaining({ status: "booked", starts_at: at(day, "11:00") })
        )
      })

      it("requires a logged-in customer", async () => {
        const response = await failure(api.get("/store/customers/me/appointments", store()))
        expect(response.status).toBe(401)
      })

      it("refuses past, too-soon and off-grid times, and online-disabled services", async () => {
        const soon = new Date(Date.now() + 30 * 60_000)
        soon.setUTCMinutes(Math.ceil(soon.getUTCMinutes() / 15) * 15, 0, 0)
        const cases: [Record<string, unknown>, RegExp][] = [
          [
            {
              starts_at: "2021-03-02T10:00:00+08:00",
              items: [{ salon_service_id: salon.facial.id }],
            },
            /is in the past/,
          ],
          [
            { starts_at: soon.toISOString(), items: [{ salon_service_id: salon.facial.id }] },
            /need 120 minutes' notice/,
          ],
          [
            { starts_at: at(day, "10:05"), items: [{ salon_service_id: salon.facial.id }] },
            /start on a 15-minute grid; .* 10:05 .* is not on it/,
          ],
          [
            {
              starts_at: at(dayAhead(90), "10:00"),
              items: [{ salon_service_id: salon.facial.id }],
            },
            /open 60 days ahead/,
          ],
        ]
        for (const [body, message] of cases) {
          const response = await failure(bookAs(alice, body))
          expect(response.status).toBe(400)
          expect(response.data.message).toMatch(message)
        }
        await api.post(
          `/admin/salon-services/${salon.manicure.id}`,
          { is_bookable_online: false },
          admin
        )
        const offline = await failure(
          bookAs(alice, {
            starts_at: at(day, "10:00"),
            items: [{ salon_service_id: salon.manicure.id }],
          })
        )
        expect(offline.status).toBe(400)
        expect(offline.data.message).toBe(
          "Gel manicure cannot be booked online; please call the salon"
        )
        const checked: [Record<string, unknown>, number, RegExp][] = [
          [
            {
              starts_at: at(day, "10:00"),
              items: [{ salon_service_id: salon.facial.id }],
              notes: "Hi\u0000",
            },
            400,
            /notes: must not contain control characters/,
          ],
          [
            {
              starts_at: at(day, "10:00"),
              items: [{ salon_service_id: salon.facial.id, staff_member_id: "stf_missing" }],
            },
            404,
            /^items\.0\.staff_member_id: staff member stf_missing was not found$/,
          ],
          [
            {
              starts_at: at(day, "10:00"),
              items: [{ salon_service_id: salon.facial.id }],
              hold_id: "hold\u0000",
            },
            400,
            /hold_id/,
          ],
        ]
        for (const [body, status, message] of checked) {
          const response = await failure(bookAs(alice, body))
          expect(response.status).toBe(status)
          expect(response.data.message).toMatch(message)
        }
        const rows = await dbConnection.raw(`SELECT count(*)::int AS n FROM appointment`)
        expect(rows.rows[0].n).toBe(0)
      })

      it("cancels and reschedules own appointments before the cut-off, and refuses after it", async () => {
        const first = (
          await bookAs(alice, {
            starts_at: at(day, "10:00"),
            items: [{ salon_service_id: salon.facial.id }],
          })
        ).data.appointment
        const moved = await api.post(
          `/store/customers/me/appointments/${first.id}/reschedule`,
          { starts_at: at(day, "13:00") },
          { headers: alice.headers }
        )
        expect(moved.data.appointment.starts_at).toBe(at(day, "13:00"))
        const canceled = await api.post(
          `/store/customers/me/appointments/${first.id}/cancel`,
          { reason: "Travelling" },
          { headers: alice.headers }
        )
        expect(canceled.data.appointment).toEqual(
          expect.objectContaining({ status: "canceled", canceled_by: "customer" })
        )

        const second = (
          await bookAs(alice, {
            starts_at: at(day, "15:00"),
            items: [{ salon_service_id: salon.facial.id }],
          })
        ).data.appointment
        // Bring it within the 12-hour cut-off.
        await dbConnection.raw(
          `UPDATE appointment SET starts_at = now() + interval '3 hours', ends_at = now() + interval '4 hours' WHERE id = ?`,
          [second.id]
        )
        const late = await failure(
          api.post(
            `/store/customers/me/appointments/${second.id}/cancel`,
            {},
            { headers: alice.headers }
          )
        )
        expect(late.status).toBe(400)
        expect(late.data.message).toMatch(
          /can be canceled online until 12 hours before they start; #\d+ starts at .* Please call the salon\./
        )
        const staffCancel = await api.post(`/admin/appointments/${second.id}/cancel`, {}, admin)
        expect(staffCancel.data.appointment).toEqual(
          expect.objectContaining({ status: "canceled", is_late_cancellation: true })
        )
      })

      it("holds a slot so nobody else can take it, then books exactly that slot", async () => {
        const body = {
          starts_at: at(day, "16:00"),
          items: [{ salon_service_id: salon.facial.id, staff_member_id: salon.anna.id }],
        }
        const { data } = await api.post(
          "/store/customers/me/appointment-holds",
          { branch_id: salon.branch.id, ...body },
          { headers: alice.headers }
        )
        expect(data.appointment_hold).toEqual({
          id: expect.stringMatching(/^hold_/),
          expires_at: expect.any(String),
        })

        const blocked = await failure(bookAs(bob, body))
        expect(blocked.status).toBe(409)
        expect(blocked.data.message).toMatch(
          /^Anna Li is already booked between .* 16:00 and 17:00$/
        )

        const notYours = await failure(bookAs(bob, { ...body, hold_id: data.appointment_hold.id }))
        expect(notYours.status).toBe(404)

        const booked = await bookAs(alice, { ...body, hold_id: data.appointment_hold.id })
        expect(booked.status).toBe(201)
        expect(booked.data.appointment.starts_at).toBe(at(day, "16:00"))
        const replay = await bookAs(alice, { ...body, hold_id: data.appointment_hold.id })
        expect(replay.status).toBe(200)
        expect(replay.data.appointment.id).toBe(booked.data.appointment.id)
      })

      it("frees a slot when its hold lapses", async () => {
        const body = {
          starts_at: at(day, "17:00"),
          items: [{ salon_service_id: salon.facial.id, staff_member_id: salon.anna.id }],
        }
        const { data } = await api.post(
          "/store/customers/me/appointment-holds",
          { branch_id: salon.branch.id, ...body },
          { headers: alice.headers }
        )
        await dbConnection.raw(
          `UPDATE appointment_hold SET expires_at = now() - interval '1 second' WHERE id = ?`,
          [data.appointment_hold.id]
        )
        await dbConnection.raw(
          `UPDATE occupancy SET expires_at = now() - interval '1 second' WHERE hold_id = ?`,
          [data.appointment_hold.id]
        )

        const taken = await bookAs(bob, body)
        expect(taken.status).toBe(201)
        const lapsed = await failure(bookAs(alice, { ...body, hold_id: data.appointment_hold.id }))
        expect(lapsed.status).toBe(400)
        expect(lapsed.data.message).toMatch(/has expired; search availability again/)
      })
    })
  },
})
