import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { adminHeaders } from "../../utils/admin"
import {
  at,
  createBranch,
  createCustomer,
  createRoom,
  createSalon,
  createStaff,
  failure,
  nextWeekday,
} from "../../utils/booking"
import { addDays, fromLocal } from "medusa-plugin-salon-erp/src/modules/booking/lib/time"
import sendAppointmentRemindersJob from "medusa-plugin-salon-erp/src/jobs/send-appointment-reminders"
import { readOutboxBacklog, relayOutboxEvents } from "medusa-plugin-salon-erp/src/lib/outbox/index"
import { eventually, notifications } from "../../utils/feedback"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: { headers: Record<string, string> }
    let salon: Awaited<ReturnType<typeof createSalon>>
    let customer: { id: string }
    const day = nextWeekday(2) // a Tuesday at least three days ahead

    const book = (body: Record<string, unknown>, headers = admin) =>
      api.post(
        "/admin/appointments",
        { customer_id: customer.id, branch_id: salon.branch.id, ...body },
        headers
      )

    const appointmentRows = async () =>
      (await dbConnection.raw(`SELECT id FROM appointment WHERE deleted_at IS NULL`)).rows as {
        id: string
      }[]

    beforeEach(async () => {
      admin = await adminHeaders(api, getContainer())
      salon = await createSalon(api, admin)
      customer = await createCustomer(api, admin)
    })

    describe("POST /admin/appointments", () => {
      it("books a service with the requested staff member, assigns a room, and emits appointment.booked", async () => {
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const emitted: any[] = []
        const emit = eventBus.emit.bind(eventBus)
        jest.spyOn(eventBus, "emit").mockImplementation(async (data: any, options?: any) => {
          emitted.push(...(Array.isArray(data) ? data : [data]))
          return emit(data, options)
        })

        const { status, data } = await book({
          starts_at: at(day, "10:00"),
          items: [
            {
              salon_service_id: salon.facial.id,
              staff_member_id: salon.anna.id,
              is_designated: true,
            },
          ],
          notes: "Sensitive skin",
        })

        expect(status).toBe(201)
        expect(data.appointment).toEqual(
          expect.objectContaining({
            status: "booked",
            source: "front_desk",
            customer_id: customer.id,
            starts_at: at(day, "10:00"),
            ends_at: at(day, "11:00"),
            notes: "Sensitive skin",
          })
        )
        expect(data.appointment.items).toEqual([
          expect.objectContaining({
            salon_service_id: salon.facial.id,
            service_name: "Hydrating facial",
            variant_id: salon.facial.variant_id,
            staff_member_id: salon.anna.id,
            room_id: salon.facialRoom.id,
            is_designated: true,
          }),
        ])
        const booked = emitted.find((event) => event.name === "appointment.booked")
        expect(booked.data).toEqual(
          expect.objectContaining({
            id: data.appointment.id,
            customer_id: customer.id,
            branch_id: salon.branch.id,
            status: "booked",
            items: [
              expect.objectContaining({
                staff_member_id: salon.anna.id,
                variant_id: salon.facial.variant_id,
                is_designated: true,
              }),
            ],
          })
        )
      })

      it("books a sequence of services back to back and picks free staff when none is named", async () => {
        const { data } = await book({
          starts_at: at(day, "11:00"),
          items: [{ salon_service_id: salon.facial.id }, { salon_service_id: salon.manicure.id }],
        })
        const [facial, manicure] = data.appointment.items.sort(
          (a: any, b: any) => a.position - b.position
        )
        expect(facial.starts_at).toBe(at(day, "11:00"))
        expect(manicure.starts_at).toBe(at(day, "12:00"))
        expect(manicure.room_id).toBe(salon.nailStation.id)
        expect(data.appointment.ends_at).toBe(at(day, "12:45"))
      })

      it("lets 50 concurrent requests for one staff slot produce exactly one appointment", async () => {
        const customers = await Promise.all(
          Array.from({ length: 5 }, () => createCustomer(api, admin))
        )
        const attempts = await Promise.allSettled(
          Array.from({ length: 50 }, (_, i) =>
            api.post(
              "/admin/appointments",
              {
                customer_id: customers[i % customers.length].id,
                branch_id: salon.branch.id,
                starts_at: at(day, "14:00"),
                items: [{ salon_service_id: salon.manicure.id, staff_member_id: salon.anna.id }],
              },
              admin
            )
          )
        )
        const ok = attempts.filter((attempt) => attempt.status === "fulfilled")
        const rejected = attempts.filter(
          (attempt) => attempt.status === "rejected"
        ) as PromiseRejectedResult[]
        expect(ok).toHaveLength(1)
        expect(rejected).toHaveLength(49)
        for (const attempt of rejected) {
          expect(attempt.reason.response.status).toBe(409)
          expect(attempt.reason.response.data.message).toMatch(
            /^Anna Li is already booked between .* 14:00 and 14:45$/
          )
        }
        expect(await appointmentRows()).toHaveLength(1)
      })

      it("lets 50 concurrent requests for one room produce exactly one appointment", async () => {
        // Different staff members each time, one facial room: the room is the contended resource.
        const extraStaff = await Promise.all(
          Array.from({ length: 4 }, (_, i) =>
            api
              .post(
                "/admin/staff-members",
                {
                  name: `Therapist ${i}`,
                  branch_ids: [salon.branch.id],
                  salon_service_ids: [salon.facial.id],
                },
                admin
              )
              .then(async ({ data }: { data: any }) => {
                await api.post(
                  `/admin/staff-members/${data.staff_member.id}/schedule`,
                  {
                    branch_id: salon.branch.id,
                    shifts: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
                      weekday,
                      starts_at: "09:00",
                      ends_at: "20:00",
                    })),
                  },
                  admin
                )
                return data.staff_member.id as string
              })
          )
        )
        const staffIds = [salon.anna.id, salon.bella.id, ...extraStaff]
        const attempts = await Promise.allSettled(
          Array.from({ length: 50 }, (_, i) =>
            book({
              starts_at: at(day, "15:00"),
              items: [
                {
                  salon_service_id: salon.facial.id,
                  staff_member_id: staffIds[i % staffIds.length],
                  room_id: salon.facialRoom.id,
                },
              ],
            })
          )
        )
        const rejected = attempts.filter(
          (attempt) => attempt.status === "rejected"
        ) as PromiseRejectedResult[]
        expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(1)
        expect(rejected).toHaveLength(49)
        const messages = rejected.map((attempt) => attempt.reason.response.data.message)
        expect(rejected.every((attempt) => attempt.reason.response.status === 409)).toBe(true)
        // Whoever lost on the room is told about the room; those whose therapist won elsewhere, about the therapist.
        expect(
          messages.some((message) =>
            /^Facial room 1 is already booked between .* 15:00 and 16:00$/.test(message)
          )
        ).toBe(true)
        expect(await appointmentRows()).toHaveLength(1)
      })

      it("allows back-to-back appointments for one staff member and one room", async () => {
        await book({
          starts_at: at(day, "10:00"),
          items: [
            {
              salon_service_id: salon.facial.id,
              staff_member_id: salon.anna.id,
              room_id: salon.facialRoom.id,
            },
          ],
        })
        const { status } = await book({
          starts_at: at(day, "11:00"),
          items: [
            {
              salon_service_id: salon.facial.id,
              staff_member_id: salon.anna.id,
              room_id: salon.facialRoom.id,
            },
          ],
        })
        expect(status).toBe(201)
        const overlap = await failure(
          book({
            starts_at: at(day, "11:30"),
            items: [{ salon_service_id: salon.facial.id, staff_member_id: salon.anna.id }],
          })
        )
        expect(overlap.status).toBe(409)
        expect(overlap.data.message).toBe(
          `Anna Li is already booked between ${day} 11:00 and 12:00`
        )
      })

      it("returns the first booking when a request is retried with the same idempotency key", async () => {
        const body = {
          starts_at: at(day, "16:00"),
          items: [{ salon_service_id: salon.manicure.id }],
        }
        const headers = { headers: { ...admin.headers, "idempotency-key": "desk-42" } }
        const replies = await Promise.all(
          Array.from({ length: 10 }, () =>
            book(body, headers).catch((error: any) => {
              throw new Error(JSON.stringify(error.response?.data))
            })
          )
        )
        const ids = new Set(replies.map((reply) => reply.data.appointment.id))
        expect(ids.size).toBe(1)
        expect(replies.filter((reply) => reply.status === 201)).toHaveLength(1)
        expect(await appointmentRows()).toHaveLength(1)
      })

      it("rejects bad input with a clear 400 or 404 and books nothing", async () => {
        const cases: [Record<string, unknown>, number, RegExp][] = [
          [
            { starts_at: at(day, "10:00"), items: [{ salon_service_id: "svc_missing" }] },
            404,
            /items\.0\.salon_service_id: salon service svc_missing was not found/,
          ],
          [
            {
              starts_at: at(day, "07:00"),
              items: [{ salon_service_id: salon.facial.id, staff_member_id: salon.anna.id }],
            },
            400,
            /Anna Li does not work at .* 07:00–08:00 at Jing'an \(working hours on .*: 10:00–19:00\)/,
          ],
          [
            {
              starts_at: "2020-01-06T10:00:00+08:00",
              items: [{ salon_service_id: salon.facial.id }],
            },
            400,
            /2020-01-06 10:00 \(Asia\/Shanghai\) is in the past/,
          ],
          [
            { starts_at: "next tuesday", items: [{ salon_service_id: salon.facial.id }] },
            400,
            /ISO 8601 date-time/,
          ],
          [
            { starts_at: at(day, "10:00"), items: [] },
            400,
            /'items' too small, expected at least: '1'/,
          ],
          [
            {
              starts_at: at(day, "10:00"),
              items: [{ salon_service_id: salon.facial.id, room_id: salon.nailStation.id }],
            },
            400,
            /Nail station 1 at Jing'an is not a facial room, which Hydrating facial needs/,
          ],
          [
            {
              customer_id: "cus_missing",
              starts_at: at(day, "10:00"),
              items: [{ salon_service_id: salon.facial.id }],
            },
            404,
            /Customer with id: cus_missing was not found/,
          ],
          [
            {
              branch_id: "brch_missing",
              starts_at: at(day, "10:00"),
              items: [{ salon_service_id: salon.facial.id }],
            },
            404,
            /branch_id: branch brch_missing was not found/,
          ],
        ]
        for (const [body, status, message] of cases) {
          const response = await failure(book(body))
          expect({ body, status: response.status }).toEqual({ body, status })
          expect(response.data.message).toMatch(message)
        }
        expect(await appointmentRows()).toHaveLength(0)
      })
    })

    describe("input checked at the edge", () => {
      it("refuses a NUL in a note, impossible or zone-less dates and unknown staff or rooms, naming the field, and books nothing", async () => {
        const item = { salon_service_id: salon.facial.id, staff_member_id: salon.anna.id }
        const cases: [Record<string, unknown>, number, RegExp][] = [
          [{ starts_at: at(day, "10:00"), items: [item], notes: "Mild\u0000skin" }, 400, /notes/],
          [
            { starts_at: at(day, "10:00"), items: [item], internal_note: "x\u0000" },
            400,
            /internal_note/,
          ],
          [
            { starts_at: "2027-02-30T02:00:00.000Z", items: [item] },
            400,
            /starts_at: 2027-02-30 is not a calendar date/,
          ],
          [{ starts_at: `${day}T10:00:00`, items: [item] }, 400, /starts_at: needs a time zone/],
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
              items: [{ salon_service_id: salon.facial.id, room_id: "room_missing" }],
            },
            404,
            /^items\.0\.room_id: room room_missing was not found$/,
          ],
          [
            { starts_at: at(day, "10:00"), items: [item], idempotency_key: "k".repeat(100_000) },
            400,
            /idempotency_key: must be at most 200 characters/,
          ],
        ]
        for (const [body, status, message] of cases) {
          const response = await failure(book(body))
          expect({ body: Object.keys(body), status: response.status }).toEqual({
            body: Object.keys(body),
            status,
          })
          expect(response.data).toEqual({ type: expect.any(String), message: expect.any(String) })
          expect(response.data.message).toMatch(message)
        }
        expect(await appointmentRows()).toHaveLength(0)
      })

      it("refuses an unknown staff member or room when rescheduling, and moves nothing", async () => {
        const { data } = await book({
          starts_at: at(day, "10:00"),
          items: [{ salon_service_id: salon.facial.id, staff_member_id: salon.anna.id }],
        })
        const unknownStaff = await failure(
          api.post(
            `/admin/appointments/${data.appointment.id}/reschedule`,
            { starts_at: at(day, "12:00"), items: [{ staff_member_id: "stf_missing" }] },
            admin
          )
        )
        expect(unknownStaff.status).toBe(404)
        expect(unknownStaff.data.message).toBe(
          "items.0.staff_member_id: staff member stf_missing was not found"
        )
        const impossible = await failure(
          api.post(
            `/admin/appointments/${data.appointment.id}/reschedule`,
            { starts_at: "2027-02-30T02:00:00.000Z" },
            admin
          )
        )
        expect(impossible.status).toBe(400)
        expect(impossible.data.message).toMatch(/starts_at/)
        const after = await api.get(`/admin/appointments/${data.appointment.id}`, admin)
        expect(after.data.appointment.starts_at).toBe(at(day, "10:00"))
      })
    })

    describe("GET /admin/appointments", () => {
      it("reads from/to dates as whole local days at each appointment's branch, and instants as instants", async () => {
        // A second branch in Los Angeles: its evening is the next UTC day.
        const la = "America/Los_Angeles"
        const laBranch = await createBranch(api, admin, { name: "Venice", timezone: la })
        await createRoom(api, admin, laBranch.id, "Facial room LA", "facial_room")
        await createStaff(api, admin, laBranch.id, [salon.facial.id], "Cora Diaz", {
          starts_at: "09:00",
          ends_at: "21:00",
        })
        const laEvening = new Date(fromLocal(day, 18 * 60, la)).toISOString()
        expect(laEvening.slice(0, 10)).toBe(addDays(day, 1)) // the next UTC day
        const ids = {
          shanghai: (
            await book({
              starts_at: at(day, "10:00"),
              items: [{ salon_service_id: salon.facial.id }],
            })
          ).data.appointment.id,
          shanghaiNext: (
            await book({
              starts_at: at(addDays(day, 1), "10:00"),
              items: [{ salon_service_id: salon.facial.id }],
            })
          ).data.appointment.id,
          la: (
            await book({
              branch_id: laBranch.id,
              starts_at: laEvening,
              items: [{ salon_service_id: salon.facial.id }],
            })
          ).data.appointment.id,
        }
        const list = async (query: string) =>
          (await api.get(`/admin/appointments?${query}`, admin)).data.appointments
            .map((a: any) => a.id)
            .sort()

        // One date for both: that whole local day, wherever each branch is.
        expect(await list(`from=${day}&to=${day}`)).toEqual([ids.shanghai, ids.la].sort())
        expect(await list(`branch_id=${laBranch.id}&from=${day}&to=${day}`)).toEqual([ids.la])
        expect(await list(`branch_id=${salon.branch.id}&from=${day}&to=${day}`)).toEqual([
          ids.shanghai,
        ])
        expect(await list(`branch_id=${salon.branch.id}&to=${day}`)).toEqual([ids.shanghai])
        expect(await list(`branch_id=${salon.branch.id}&from=${addDays(day, 1)}`)).toEqual([
          ids.shanghaiNext,
        ])
        // Instants stay instants: `to` exclusive.
        expect(
          await list(
            `from=${encodeURIComponent(at(day, "10:00"))}&to=${encodeURIComponent(laEvening)}`
          )
        ).toEqual([ids.shanghai])

        const bad = await failure(api.get(`/admin/appointments?from=${day}T10:00:00`, admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/from: needs a time zone/)
        const impossible = await failure(api.get(`/admin/appointments?to=2027-02-30`, admin))
        expect(impossible.status).toBe(400)
        expect(impossible.data.message).toMatch(/to: 2027-02-30 is not a calendar date/)
      })
    })

    describe("appointment lifecycle", () => {
      const bookOne = async (time = "10:00") =>
        (
          await book({
            starts_at: at(day, time),
            items: [{ salon_service_id: salon.facial.id, staff_member_id: salon.anna.id }],
          })
        ).data.appointment

      it("moves booked → confirmed → checked in → in service → completed, and refuses other moves", async () => {
        const appointment = await bookOne()
        const post = (action: string) =>
          api.post(`/admin/appointments/${appointment.id}/${action}`, {}, admin)

        const early = await failure(post("complete"))
        expect(early.status).toBe(400)
        expect(early.data.message).toBe(
          `Appointment #${appointment.display_id} is booked; only an appointment that is checked in or in service can be completed`
        )

        expect((await post("confirm")).data.appointment.status).toBe("confirmed")
        expect((await post("check-in")).data.appointment).toEqual(
          expect.objectContaining({ status: "checked_in", checked_in_at: expect.any(String) })
        )
        expect((await post("start")).data.appointment.status).toBe("in_service")
        const completed = (await post("complete")).data.appointment
        expect(completed).toEqual(
          expect.objectContaining({ status: "completed", completed_at: expect.any(String) })
        )

        const again = await failure(post("cancel"))
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(
          /is completed; only an appointment that is booked or confirmed can be canceled/
        )
      })

      it("completes exactly once when two people press complete together", async () => {
        const appointment = await bookOne()
        await api.post(`/admin/appointments/${appointment.id}/check-in`, {}, admin)
        const results = await Promise.allSettled(
          Array.from({ length: 5 }, () =>
            api.post(`/admin/appointments/${appointment.id}/complete`, {}, admin)
          )
        )
        expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1)
        for (const result of results.filter(
          (r) => r.status === "rejected"
        ) as PromiseRejectedResult[]) {
          expect(result.reason.response.status).toBe(400)
        }
      })

      it("cancels, frees the slot for someone else, and records a staff cancellation", async () => {
        const appointment = await bookOne()
        const { data } = await api.post(
          `/admin/appointments/${appointment.id}/cancel`,
          { reason: "Client is ill" },
          admin
        )
        expect(data.appointment).toEqual(
          expect.objectContaining({
            status: "canceled",
            canceled_by: "staff",
            cancellation_reason: "Client is ill",
            is_late_cancellation: false,
          })
        )
        const other = await bookOne()
        expect(other.items[0].staff_member_id).toBe(salon.anna.id)
      })

      it("reschedules keeping the staff member, and a failed move changes nothing", async () => {
        const first = await bookOne("10:00")
        await bookOne("14:00")
        const { data } = await api.post(
          `/admin/appointments/${first.id}/reschedule`,
          { starts_at: at(day, "12:00") },
          admin
        )
        expect(data.appointment.starts_at).toBe(at(day, "12:00"))
        expect(data.appointment.items[0].staff_member_id).toBe(salon.anna.id)

        // Anna is busy at 14:00 and Bella is free, but the only facial room is taken: the move is
        // refused and the appointment stays at 12:00.
        const clash = await failure(
          api.post(
            `/admin/appointments/${first.id}/reschedule`,
            { starts_at: at(day, "14:00") },
            admin
          )
        )
        expect(clash.status).toBe(409)
        expect(clash.data.message).toBe(
          `Every facial room at Jing'an is already booked at ${day} 14:00`
        )
        const unchanged = await api.get(`/admin/appointments/${first.id}`, admin)
        expect(unchanged.data.appointment.starts_at).toBe(at(day, "12:00"))
        // The 10:00 slot it left is free again.
        expect((await bookOne("10:00")).items[0].staff_member_id).toBe(salon.anna.id)
      })

      it("refuses a no-show before the start time", async () => {
        const appointment = await bookOne()
        const response = await failure(
          api.post(`/admin/appointments/${appointment.id}/no-show`, {}, admin)
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/can be marked as a no-show only after it starts/)
      })

      it("marks a no-show after the start time and frees the rest of the slot", async () => {
        const appointment = await bookOne()
        // Move the appointment into the past, as if its start time had come and gone.
        await dbConnection.raw(
          `UPDATE appointment SET starts_at = now() - interval '10 minutes', ends_at = now() + interval '50 minutes' WHERE id = ?`,
          [appointment.id]
        )
        const { data } = await api.post(`/admin/appointments/${appointment.id}/no-show`, {}, admin)
        expect(data.appointment.status).toBe("no_show")
        const active = await dbConnection.raw(
          `SELECT count(*)::int AS n FROM occupancy WHERE appointment_id = ? AND is_active`,
          [appointment.id]
        )
        expect(active.rows[0].n).toBe(0)
      })

      it("answers 404 for an unknown appointment", async () => {
        const response = await failure(
          api.post(`/admin/appointments/appt_missing/check-in`, {}, admin)
        )
        expect(response.status).toBe(404)
        expect(response.data.message).toBe("Appointment with id: appt_missing was not found")
      })
    })

    describe("events after a crash", () => {
      it("publishes a committed cancellation from the outbox exactly once when its workflow never did", async () => {
        const appointment = (
          await book({
            starts_at: at(day, "10:00"),
            items: [{ salon_service_id: salon.facial.id, staff_member_id: salon.anna.id }],
          })
        ).data.appointment
        const container = getContainer()
        const eventBus = container.resolve(Modules.EVENT_BUS)
        // An earlier test's spy may still wrap emit; this one only watches.
        jest.restoreAllMocks()
        const emitSpy = jest.spyOn(eventBus, "emit")
        const emitted = () =>
          emitSpy.mock.calls.flatMap(([data]: any[]) => (Array.isArray(data) ? data : [data]))

        // What a process that died right after the commit leaves: the change and its event, unpublished.
        await container
          .resolve("booking")
          .transitionAppointment(
            appointment.id,
            "canceled",
            { canceled_by: "staff", cancellation_reason: null, is_late_cancellation: false },
            { actor_type: "user", actor_id: "user_front_desk" }
          )
        const outbox = async () =>
          (
            await dbConnection.raw(
              `SELECT id, event_name, status, data FROM booking_outbox_event WHERE aggregate_id = ? ORDER BY sequence`,
              [appointment.id]
            )
          ).rows
        const staged = await outbox()
        expect(staged.map((row: any) => [row.event_name, row.status])).toEqual([
          ["appointment.booked", "published"],
          ["appointment.canceled", "pending"],
        ])
        expect(staged[1].data).toEqual(
          expect.objectContaining({
            id: appointment.id,
            display_id: appointment.display_id,
            status: "canceled",
            previous_status: "booked",
            canceled_by: "staff",
            is_late_cancellation: false,
            actor_type: "user",
            actor_id: "user_front_desk",
          })
        )
        const canceledMessages = () =>
          notifications(container, {
            template: "appointment-canceled",
            resource_id: appointment.id,
          })
        expect(await canceledMessages()).toHaveLength(0)

        const relayed = await relayOutboxEvents(container, { min_age_ms: 0 })
        expect(relayed.booking).toBeGreaterThanOrEqual(1)
        expect((await outbox())[1].status).toBe("published")
        const published = emitted().find((event: any) => event.name === "appointment.canceled")
        expect(published.metadata).toEqual(
          expect.objectContaining({ outbox_event_id: staged[1].id, aggregate_id: appointment.id })
        )
        await eventually(async () => (await canceledMessages()).length === 1)

        // At least once: a second relay finds nothing, and a repeated delivery sends nothing more.
        expect((await relayOutboxEvents(container, { min_age_ms: 0 })).booking).toBe(0)
        expect((await readOutboxBacklog(container)).modules.booking.pending).toBe(0)
        emitSpy.mockRestore()
        await eventBus.emit([published])
        await new Promise((resolve) => setTimeout(resolve, 500))
        expect(await canceledMessages()).toHaveLength(1)
      })

      it("sends a message once more when its send was cut off and the event comes again", async () => {
        const appointment = (
          await book({
            starts_at: at(day, "14:00"),
            items: [{ salon_service_id: salon.facial.id, staff_member_id: salon.anna.id }],
          })
        ).data.appointment
        const container = getContainer()
        const bookedMessages = () =>
          notifications(container, { template: "appointment-booked", resource_id: appointment.id })
        const sent = await eventually(async () => {
          const found = await bookedMessages()
          // Once the first send finished (the row is written before the provider is called).
          return found.length === 1 && found[0].status === "success" ? found[0] : null
        })
        // As if the process died between writing the notification and calling the provider.
        await dbConnection.raw(
          `UPDATE notification SET status = 'pending', created_at = now() - interval '5 minutes' WHERE id = ?`,
          [sent.id]
        )
        const [event] = (
          await dbConnection.raw(
            `SELECT id, event_name, data FROM booking_outbox_event WHERE aggregate_id = ? AND event_name = 'appointment.booked'`,
            [appointment.id]
          )
        ).rows
        const redeliver = () =>
          container.resolve(Modules.EVENT_BUS).emit({
            name: event.event_name,
            data: event.data,
            metadata: { outbox_event_id: event.id },
          })

        await redeliver()
        const resent = await eventually(async () =>
          (await bookedMessages()).find(
            (message: any) =>
              message.idempotency_key === `appointment-booked:${appointment.id}:resend`
          )
        )
        expect(resent.status).toBe("success")
        await redeliver()
        await new Promise((resolve) => setTimeout(resolve, 500))
        expect(await bookedMessages()).toHaveLength(2)
      })
    })

    describe("reminders", () => {
      it("sends one reminder per appointment the day before, even when the job runs twice at once", async () => {
        const soon = await book({
          starts_at: new Date(
            Date.now() + 20 * 3600_000 - ((Date.now() + 20 * 3600_000) % (15 * 60_000))
          ).toISOString(),
          items: [{ salon_service_id: salon.manicure.id }],
        }).catch(async () => null)
        // The 20-hours-ahead slot may fall outside working hours; then use a direct booking time inside them.
        const appointment =
          soon?.data.appointment ??
          (
            await book({
              starts_at: at(day, "10:00"),
              items: [{ salon_service_id: salon.manicure.id }],
            })
          ).data.appointment
        if (!soon) {
          await dbConnection.raw(
            `UPDATE appointment SET starts_at = now() + interval '20 hours', ends_at = now() + interval '21 hours' WHERE id = ?`,
            [appointment.id]
          )
        }
        const later = await book({
          starts_at: at(day, "17:00"),
          items: [{ salon_service_id: salon.facial.id }],
        })

        const container = getContainer()
        const runs = await Promise.all([
          sendAppointmentRemindersJob(container),
          sendAppointmentRemindersJob(container),
        ])
        // The app's own scheduler runs this job every quarter hour, so at such a moment it may have
        // sent the reminder just before these runs: together they never send more than one, and
        // exactly one notification exists below.
        expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBeLessThanOrEqual(1)
        await sendAppointmentRemindersJob(container)
        const [claimed] = (
          await dbConnection.raw(`SELECT reminder_sent_at FROM appointment WHERE id = ?`, [
            appointment.id,
          ])
        ).rows
        expect(claimed.reminder_sent_at).not.toBeNull()

        const notifications = await container
          .resolve(Modules.NOTIFICATION)
          .listNotifications({ template: "appointment-reminder" })
        expect(notifications).toHaveLength(1)
        expect(notifications[0]).toEqual(
          expect.objectContaining({
            resource_id: appointment.id,
            channel: "email",
            to: expect.stringContaining("@salon.test"),
          })
        )
        const refreshed = await api.get(`/admin/appointments/${appointment.id}`, admin)
        expect(refreshed.data.appointment.reminder_sent_at).toEqual(expect.any(String))
        const untouched = await api.get(`/admin/appointments/${later.data.appointment.id}`, admin)
        expect(untouched.data.appointment.reminder_sent_at).toBeNull()
      })
    })
  },
})
