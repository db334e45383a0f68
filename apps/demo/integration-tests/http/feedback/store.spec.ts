import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders } from "../../utils/admin"
import { failure } from "../../utils/booking"
import {
  type Categories,
  TINY_PNG,
  completedAppointment,
  createCategories,
  createManagedSalon,
  eventually,
  notifications,
} from "../../utils/feedback"
import { createPublishableKey, createStoreCustomer } from "../../utils/store"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: { headers: Record<string, string>; user_id: string }
    let salon: Awaited<ReturnType<typeof createManagedSalon>>
    let categories: Categories
    let publishableKey: string
    let alice: Awaited<ReturnType<typeof createStoreCustomer>>
    let bob: Awaited<ReturnType<typeof createStoreCustomer>>

    beforeEach(async () => {
      admin = await adminHeaders(api, getContainer())
      salon = await createManagedSalon(api, admin, admin.user_id)
      categories = await createCategories(api, admin)
      publishableKey = await createPublishableKey(api, admin)
      alice = await createStoreCustomer(api, publishableKey, "Alice")
      bob = await createStoreCustomer(api, publishableKey, "Bob")
    })

    const as = (who: typeof alice) => ({ headers: who.headers })
    const submit = (who: typeof alice, body: Record<string, unknown> = {}) =>
      api.post(
        "/store/customers/me/complaints",
        {
          branch_id: salon.branch.id,
          category_id: categories.service_attitude.id,
          description: "The receptionist was rude when I arrived.",
          ...body,
        },
        as(who)
      )

    describe("submitting and following a complaint", () => {
      it("files an online complaint about the customer's own visit and shows its customer-facing timeline", async () => {
        const visit = await completedAppointment(api, admin, salon, alice.customer.id, {
          time: "10:00",
        })
        const { status, data } = await submit(alice, {
          appointment_id: visit.id,
          staff_member_id: salon.anna.id,
          attachments: [{ filename: "receipt.png", mime_type: "image/png", content: TINY_PNG }],
        })
        expect(status).toBe(201)
        const complaint = data.complaint
        expect(complaint).toEqual(
          expect.objectContaining({
            status: "open",
            channel: "online",
            appointment_id: visit.id,
            category: expect.objectContaining({ name: "Service attitude" }),
            branch: expect.objectContaining({ name: "Jing'an" }),
          })
        )
        // Triage and SLA details are the salon's business.
        for (const hidden of [
          "severity",
          "assignee_user_id",
          "sla_state",
          "first_response_due_at",
        ]) {
          expect(complaint).not.toHaveProperty(hidden)
        }
        expect(complaint.attachments).toEqual([
          expect.objectContaining({ filename: "receipt.png", mime_type: "image/png" }),
        ])

        // Staff work on it: an internal note, a reply, a resolution.
        const act = (action: string, body: Record<string, unknown>) =>
          api.post(`/admin/complaints/${complaint.id}/${action}`, body, admin)
        await act("messages", { body: "She was late 40 minutes", visibility: "internal" })
        await act("messages", {
          body: "We are sorry, we will call you today.",
          visibility: "customer",
        })
        await act("attachments", {
          files: [{ filename: "cctv.png", mime_type: "image/png", content: TINY_PNG }],
        })
        await act("assign", { assignee_user_id: admin.user_id, note: "Check the CCTV" })
        await act("resolve", { resolution_summary: "We apologised and coached the receptionist." })
        await api.post(
          `/store/customers/me/complaints/${complaint.id}/messages`,
          { body: "Thank you" },
          as(alice)
        )

        const { data: mine } = await api.get(
          `/store/customers/me/complaints/${complaint.id}`,
          as(alice)
        )
        expect(
          mine.complaint.timeline.map((entry: any) => [entry.type, entry.author_type, entry.body])
        ).toEqual([
          ["created", "customer", null],
          ["attachment_added", "customer", "receipt.png"],
          ["reply", "user", "We are sorry, we will call you today."],
          ["status_changed", "user", null],
          ["status_changed", "user", "We apologised and coached the receptionist."],
          ["customer_message", "customer", "Thank you"],
        ])
        expect(mine.complaint.timeline[4].data).toEqual({ from: "assigned", to: "resolved" })
        const text = JSON.stringify(mine)
        expect(text).not.toContain("She was late 40 minutes")
        expect(text).not.toContain("Check the CCTV")
        expect(text).not.toContain("cctv.png")
        expect(mine.complaint.attachments.map((a: any) => a.filename)).toEqual(["receipt.png"])
        expect(mine.complaint.resolution_summary).toBe(
          "We apologised and coached the receptionist."
        )

        const list = await api.get("/store/customers/me/complaints", as(alice))
        expect(list.data.complaints.map((c: any) => c.id)).toEqual([complaint.id])
        const resolvedEmail = await eventually(async () => {
          const sent = await notifications(getContainer(), { template: "complaint-resolved" })
          return sent.length ? sent : null
        })
        expect(resolvedEmail[0].to).toBe(alice.customer.email)
      })

      it("never lets a customer read, message, rate or add to another customer's complaint", async () => {
        const { data } = await submit(alice)
        const id = data.complaint.id
        expect((await api.get("/store/customers/me/complaints", as(bob))).data.complaints).toEqual(
          []
        )
        const attempts = [
          () => api.get(`/store/customers/me/complaints/${id}`, as(bob)),
          () => api.post(`/store/customers/me/complaints/${id}/messages`, { body: "Hi" }, as(bob)),
          () => api.post(`/store/customers/me/complaints/${id}/rating`, { rating: 1 }, as(bob)),
          () =>
            api.post(
              `/store/customers/me/complaints/${id}/attachments`,
              { files: [{ filename: "x.png", mime_type: "image/png", content: TINY_PNG }] },
              as(bob)
            ),
        ]
        for (const attempt of attempts) {
          const response = await failure(attempt())
          expect(response.status).toBe(404)
          expect(response.data.message).toBe(`Complaint with id: ${id} was not found`)
        }
        const { data: still } = await api.get(`/admin/complaints/${id}`, admin)
        expect(still.complaint.events.map((event: any) => event.type)).toEqual(["created"])
        expect(still.complaint.attachments).toEqual([])

        // Nor name another customer's visit in their own complaint.
        const bobsVisit = await completedAppointment(api, admin, salon, bob.customer.id, {
          time: "11:00",
        })
        const borrowed = await failure(submit(alice, { appointment_id: bobsVisit.id }))
        expect(borrowed.status).toBe(404)
        expect(borrowed.data.message).toBe(
          `Appointment with id: ${bobsVisit.id} was not found (appointment_id)`
        )

        // Internal fields cannot be requested.
        const sneaky = await api.get(
          `/store/customers/me/complaints/${id}?fields=id,severity,assignee_user_id,internal_note`,
          as(alice)
        )
        expect(sneaky.data.complaint).not.toHaveProperty("severity")
        expect(sneaky.data.complaint).not.toHaveProperty("assignee_user_id")
      })

      it("requires a logged-in customer", async () => {
        const response = await failure(
          api.get("/store/customers/me/complaints", {
            headers: { "x-publishable-api-key": publishableKey },
          })
        )
        expect(response.status).toBe(401)
      })

      it("refuses bad submissions clearly and files nothing", async () => {
        const cases: [Record<string, unknown>, number, RegExp][] = [
          [{ description: "Bad" }, 400, /describe what happened \(at least 10 characters\)/],
          [
            { category_id: "ccat_missing" },
            404,
            /Complaint category with id: ccat_missing was not found/,
          ],
          [{ severity: "critical" }, 400, /Unrecognized fields: 'severity'/],
          [{ branch_id: undefined }, 400, /branch_id/],
        ]
        for (const [body, status, message] of cases) {
          const response = await failure(submit(alice, body))
          expect(response.status).toBe(status)
          expect(response.data.message).toMatch(message)
        }
        const rows = await dbConnection.raw(`SELECT count(*)::int AS n FROM complaint`)
        expect(rows.rows[0].n).toBe(0)
      })

      it("lists the active categories to choose from", async () => {
        await api.post(
          `/admin/complaint-categories/${categories.price_billing.id}`,
          { is_active: false },
          admin
        )
        const { data } = await api.get("/store/customers/me/complaints/categories", as(alice))
        expect(data.complaint_categories.map((category: any) => category.code)).toEqual([
          "service_attitude",
          "technique_result",
          "hygiene",
        ])
        expect(Object.keys(data.complaint_categories[0]).sort()).toEqual([
          "code",
          "description",
          "id",
          "name",
        ])
      })
    })

    describe("rating the resolution", () => {
      it("accepts one rating (1–5) once resolved, closing the complaint", async () => {
        const { data } = await submit(alice)
        const id = data.complaint.id
        const rate = (body: Record<string, unknown>) =>
          api.post(`/store/customers/me/complaints/${id}/rating`, body, as(alice))

        const early = await failure(rate({ rating: 4 }))
        expect(early.status).toBe(400)
        expect(early.data.message).toBe(
          `Complaint #${data.complaint.display_id} is open; it can be rated once it is resolved`
        )
        await api.post(`/admin/complaints/${id}/assign`, { assignee_user_id: admin.user_id }, admin)
        await api.post(`/admin/complaints/${id}/resolve`, { resolution_summary: "Sorry!" }, admin)

        const outOfRange = await failure(rate({ rating: 6 }))
        expect(outOfRange.status).toBe(400)
        expect(outOfRange.data.message).toMatch(/rating is a whole number from 1 to 5/)

        const rated = await rate({ rating: 4, comment: "Handled quickly" })
        expect(rated.data.complaint).toEqual(
          expect.objectContaining({
            status: "closed",
            resolution_rating: 4,
            resolution_comment: "Handled quickly",
          })
        )
        const twice = await failure(rate({ rating: 1 }))
        expect(twice.status).toBe(409)
        expect(twice.data.message).toBe(
          `Complaint #${data.complaint.display_id}'s resolution was already rated (4 of 5)`
        )
        const closedMessage = await failure(
          api.post(
            `/store/customers/me/complaints/${id}/messages`,
            { body: "One more thing" },
            as(alice)
          )
        )
        expect(closedMessage.status).toBe(400)
        expect(closedMessage.data.message).toMatch(
          /is closed; you can no longer add messages\. Please submit a new complaint\./
        )
      })
    })
  },
})
