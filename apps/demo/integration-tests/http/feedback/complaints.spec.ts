import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, createAdminUser } from "../../utils/admin"
import { createCustomer, failure } from "../../utils/booking"
import {
  type Categories,
  TINY_PNG,
  createCategories,
  createManagedSalon,
  eventually,
  fileComplaint,
  notifications,
} from "../../utils/feedback"
import checkComplaintSlasJob from "medusa-plugin-salon-erp/src/jobs/check-complaint-slas"
import closeResolvedComplaintsJob from "medusa-plugin-salon-erp/src/jobs/close-resolved-complaints"

jest.setTimeout(120 * 1000)

const MANAGER = { email: "manager@salon.test", password: "manager-password-1" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: { headers: Record<string, string>; user_id: string }
    let managerId: string
    let salon: Awaited<ReturnType<typeof createManagedSalon>>
    let categories: Categories
    let customer: { id: string; email: string }

    beforeEach(async () => {
      admin = await adminHeaders(api, getContainer())
      managerId = (await createAdminUser(getContainer(), MANAGER)).user_id
      salon = await createManagedSalon(api, admin, managerId)
      categories = await createCategories(api, admin)
      customer = await createCustomer(api, admin)
    })

    const file = (body: Record<string, unknown> = {}) =>
      fileComplaint(api, admin, {
        customer_id: customer.id,
        branch_id: salon.branch.id,
        category_id: categories.hygiene.id,
        ...body,
      })
    const act = (id: string, action: string, body: Record<string, unknown> = {}) =>
      api.post(`/admin/complaints/${id}/${action}`, body, admin)
    const count = async (table: string) =>
      (await dbConnection.raw(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number

    describe("logging a complaint at the front desk", () => {
      it("files it with the category's severity, SLA deadlines and a first timeline entry, and tells the customer", async () => {
        const complaint = await file({
          staff_member_id: salon.anna.id,
          subject: "Towels",
          attachments: [{ filename: "towel.png", mime_type: "image/png", content: TINY_PNG }],
        })
        expect(complaint).toEqual(
          expect.objectContaining({
            status: "open",
            channel: "front_desk",
            severity: "high",
            sla_state: "on_track",
            customer_id: customer.id,
            created_by_type: "user",
            created_by_id: admin.user_id,
          })
        )
        expect(complaint.category).toEqual(expect.objectContaining({ code: "hygiene" }))
        expect(complaint.staff_member.name).toBe("Anna Li")
        expect(complaint.branch.name).toBe("Jing'an")
        // high severity: first response within 4 h, resolution within 24 h.
        const created = Date.parse(complaint.created_at)
        expect(Date.parse(complaint.first_response_due_at) - created).toBe(4 * 3600_000)
        expect(Date.parse(complaint.resolution_due_at) - created).toBe(24 * 3600_000)
        expect(complaint.events.map((event: any) => event.type)).toEqual([
          "created",
          "attachment_added",
        ])
        expect(complaint.attachments).toEqual([
          expect.objectContaining({
            filename: "towel.png",
            mime_type: "image/png",
            size_bytes: 70,
            visibility: "internal",
            url: expect.any(String),
          }),
        ])

        const received = await eventually(async () => {
          const sent = await notifications(getContainer(), { template: "complaint-received" })
          return sent.length ? sent : null
        })
        expect(received).toEqual([
          expect.objectContaining({
            channel: "email",
            to: customer.email,
            resource_id: complaint.id,
          }),
        ])
        // High severity: the branch manager hears about it in the admin feed.
        const alert = await eventually(async () => {
          const sent = await notifications(getContainer(), { template: "complaint-high-severity" })
          return sent.length ? sent : null
        })
        expect(alert).toEqual([
          expect.objectContaining({
            channel: "feed",
            receiver_id: managerId,
            data: expect.objectContaining({
              title: `New high complaint #${complaint.display_id} at Jing'an`,
            }),
          }),
        ])
      })

      it("returns the first complaint when the request is retried with the same idempotency key", async () => {
        const headers = { headers: { ...admin.headers, "idempotency-key": "desk-7" } }
        const body = {
          customer_id: customer.id,
          branch_id: salon.branch.id,
          category_id: categories.hygiene.id,
          description: "Dirty towels",
        }
        const replies = await Promise.all(
          Array.from({ length: 5 }, () => api.post("/admin/complaints", body, headers))
        )
        expect(new Set(replies.map((reply) => reply.data.complaint.id)).size).toBe(1)
        expect(replies.filter((reply) => reply.status === 201)).toHaveLength(1)
        expect(await count("complaint")).toBe(1)
      })

      it("rejects bad input with a clear 400 or 404 and files nothing", async () => {
        await api.post(
          `/admin/complaint-categories/${categories.price_billing.id}`,
          { is_active: false },
          admin
        )
        const base = {
          customer_id: customer.id,
          branch_id: salon.branch.id,
          category_id: categories.hygiene.id,
          description: "Dirty towels",
        }
        const cases: [Record<string, unknown>, number, RegExp][] = [
          [{ ...base, description: "" }, 400, /description: must not be empty/],
          [
            { ...base, description: "Dirty\u0000towels" },
            400,
            /description: must not contain control characters/,
          ],
          [{ ...base, subject: "x".repeat(100_000) }, 400, /subject: must be at most 200/],
          [
            { ...base, appointment_id: "appt_missing" },
            404,
            /Appointment with id: appt_missing was not found.*appointment_id/,
          ],
          [
            { ...base, order_id: "order_missing" },
            404,
            /Order with id: order_missing was not found.*order_id/,
          ],
          [
            { ...base, severity: "urgent" },
            400,
            /Expected: 'low, medium, high, critical' for field 'severity', but got: 'urgent'/,
          ],
          [{ ...base, channel: "fax" }, 400, /for field 'channel', but got: 'fax'/],
          [
            { ...base, branch_id: "brch_missing" },
            404,
            /Branch with id: brch_missing was not found/,
          ],
          [
            { ...base, customer_id: "cus_missing" },
            404,
            /Customer with id: cus_missing was not found/,
          ],
          [
            { ...base, category_id: categories.price_billing.id },
            400,
            /Complaint category "Price or billing" is no longer in use/,
          ],
          [
            { ...base, staff_member_id: "stf_missing" },
            404,
            /Staff member with id: stf_missing was not found/,
          ],
          [
            {
              ...base,
              attachments: [
                { filename: "a.exe", mime_type: "application/x-msdownload", content: "AAAA" },
              ],
            },
            400,
            /a\.exe: application\/x-msdownload files cannot be attached/,
          ],
          [
            {
              ...base,
              attachments: [{ filename: "a.png", mime_type: "image/png", content: "not base64!" }],
            },
            400,
            /a\.png: content must be the file's bytes encoded as base64/,
          ],
          [{ ...base, unexpected: true }, 400, /Unrecognized fields: 'unexpected'/],
        ]
        for (const [body, status, message] of cases) {
          const response = await failure(api.post("/admin/complaints", body, admin))
          expect({ body, status: response.status }).toEqual({ body, status })
          expect(response.data.message).toMatch(message)
        }
        expect(await count("complaint")).toBe(0)
        expect(await count("complaint_event")).toBe(0)
      })
    })

    describe("status machine", () => {
      it("goes open → assigned → in progress → resolved → closed and reopens, refusing other moves with the reason", async () => {
        const complaint = await file()
        const id = complaint.id
        const n = complaint.display_id

        const early = await failure(act(id, "resolve", { resolution_summary: "Replaced towels" }))
        expect(early.status).toBe(400)
        expect(early.data.message).toBe(
          `Complaint #${n} is open; only a complaint that is assigned, in progress or reopened can be resolved. Assign it first.`
        )
        const closeOpen = await failure(act(id, "close"))
        expect(closeOpen.data.message).toBe(
          `Complaint #${n} is open; only a complaint that is resolved can be closed. Resolve it first.`
        )

        const assigned = await act(id, "assign", {
          assignee_user_id: managerId,
          note: "Call her today",
        })
        expect(assigned.data.complaint).toEqual(
          expect.objectContaining({ status: "assigned", assignee_user_id: managerId })
        )
        expect(assigned.data.complaint.user.email).toBe(MANAGER.email)
        const unknownUser = await failure(act(id, "assign", { assignee_user_id: "user_missing" }))
        expect(unknownUser.status).toBe(404)

        const started = await act(id, "start")
        expect(started.data.complaint.status).toBe("in_progress")
        const again = await failure(act(id, "start"))
        expect(again.status).toBe(400)
        expect(again.data.message).toBe(
          `Complaint #${n} is in progress; only a complaint that is assigned or reopened can be started.`
        )

        const resolved = await act(id, "resolve", {
          resolution_summary: "We replaced all towels and offered a free facial.",
        })
        expect(resolved.data.complaint).toEqual(
          expect.objectContaining({
            status: "resolved",
            resolution_summary: "We replaced all towels and offered a free facial.",
            resolved_by: admin.user_id,
            resolution_met: true,
            // Resolving without a reply counts as the first response.
            first_response_met: true,
            first_responded_at: expect.any(String),
            sla_state: "met",
          })
        )
        const closed = await act(id, "close", { note: "Customer called back, happy" })
        expect(closed.data.complaint.status).toBe("closed")
        const reopened = await act(id, "reopen", {
          reason: "She found the charge twice on her card",
        })
        expect(reopened.data.complaint).toEqual(
          expect.objectContaining({
            status: "reopened",
            reopen_count: 1,
            resolved_at: null,
            closed_at: null,
            resolution_met: null,
          })
        )
        expect(Date.parse(reopened.data.complaint.resolution_due_at)).toBeGreaterThan(
          Date.now() + 23 * 3600_000
        )
        const emptyReason = await failure(act(id, "reopen", { reason: " " }))
        expect(emptyReason.status).toBe(400)
        expect(emptyReason.data.message).toMatch(/reason: must not be empty/)

        const { data } = await api.get(`/admin/complaints/${id}`, admin)
        expect(
          data.complaint.events.map((event: any) => [event.type, event.data?.to ?? null])
        ).toEqual([
          ["created", null],
          ["assigned", null],
          ["status_changed", "assigned"],
          ["status_changed", "in_progress"],
          ["status_changed", "resolved"],
          ["status_changed", "closed"],
          ["internal_note", null],
          ["status_changed", "reopened"],
          ["internal_note", null],
        ])
        expect(data.complaint.events[1]).toEqual(
          expect.objectContaining({ body: "Call her today", visibility: "internal" })
        )
      })

      it("answers 404 for an unknown complaint", async () => {
        for (const attempt of [
          () => api.get("/admin/complaints/cmpl_missing", admin),
          () => act("cmpl_missing", "start"),
          () => act("cmpl_missing", "messages", { body: "Hi", visibility: "customer" }),
        ]) {
          const response = await failure(attempt())
          expect(response.status).toBe(404)
          expect(response.data.message).toBe("Complaint with id: cmpl_missing was not found")
        }
      })

      it("stops the first-response clock with the first reply the customer sees, not with an internal note", async () => {
        const { id } = await file()
        await act(id, "messages", { body: "Checked the laundry log", visibility: "internal" })
        let { data } = await api.get(`/admin/complaints/${id}`, admin)
        expect(data.complaint.first_responded_at).toBeNull()
        await act(id, "messages", {
          body: "Sorry! We are looking into it.",
          visibility: "customer",
        })
        ;({ data } = await api.get(`/admin/complaints/${id}`, admin))
        expect(data.complaint).toEqual(
          expect.objectContaining({ first_response_met: true, first_response_minutes: 0 })
        )
        const reply = await eventually(async () => {
          const sent = await notifications(getContainer(), { template: "complaint-reply" })
          return sent.length ? sent : null
        })
        expect(reply[0]).toEqual(
          expect.objectContaining({
            to: customer.email,
            data: expect.objectContaining({ reply: "Sorry! We are looking into it." }),
          })
        )
      })
    })

    describe("remedies", () => {
      it("grants a goodwill credit as stored value bonus and a free session as a package with the resolution", async () => {
        const { id } = await file()
        await act(id, "assign", { assignee_user_id: managerId })
        const { data } = await act(id, "resolve", {
          resolution_summary: "Apologised and credited her account",
          remedies: [
            { kind: "goodwill_credit", amount: 100, currency_code: "CNY" },
            { kind: "free_session", salon_service_id: salon.facial.id },
            { kind: "other", description: "Gift set handed over" },
          ],
        })
        expect(
          data.complaint.remedies.map((remedy: any) => [
            remedy.kind,
            remedy.status,
            remedy.description,
          ])
        ).toEqual([
          ["goodwill_credit", "applied", "Goodwill credit of 100.00 CNY to your stored value"],
          ["free_session", "applied", "A free session of Hydrating facial"],
          ["other", "recorded", "Gift set handed over"],
        ])
        expect(data.complaint.remedies[0].currency_code).toBe("cny")
        // The credit is on the customer's stored value, as bonus, once, pointing back at the complaint.
        const { rows: credits } = await dbConnection.raw(
          `SELECT e.operation_id, e.principal_amount::text AS principal, e.bonus_amount::text AS bonus, e.reference_type, e.reference_id
           FROM stored_value_entry e WHERE e.customer_id = ?`,
          [customer.id]
        )
        expect(credits).toEqual([
          {
            operation_id: data.complaint.remedies[0].applied_reference,
            principal: "0",
            bonus: "100",
            reference_type: "complaint",
            reference_id: id,
          },
        ])
        // The free session is a one-session package worth nothing, ready to book.
        const { rows: packages } = await dbConnection.raw(
          `SELECT p.id, p.price_paid::text AS price, i.salon_service_id, i.remaining
           FROM customer_package p JOIN customer_package_item i ON i.package_id = p.id WHERE p.customer_id = ?`,
          [customer.id]
        )
        expect(packages).toEqual([
          {
            id: data.complaint.remedies[1].applied_reference,
            price: "0.00",
            salon_service_id: salon.facial.id,
            remaining: 1,
          },
        ])

        const applied = await act(id, `remedies/${data.complaint.remedies[2].id}/mark-applied`, {
          applied_reference: "Desk receipt 0042",
        })
        expect(applied.data.complaint.remedies[2]).toEqual(
          expect.objectContaining({ status: "applied", applied_reference: "Desk receipt 0042" })
        )
        const twice = await failure(
          act(id, `remedies/${data.complaint.remedies[2].id}/mark-applied`, {})
        )
        expect(twice.status).toBe(400)
        expect(twice.data.message).toMatch(/already marked applied/)
      })

      it("leaves the complaint untouched when a remedy is invalid (the resolution is rolled back)", async () => {
        const { id } = await file()
        await act(id, "assign", { assignee_user_id: managerId })
        await act(id, "start")
        const eventsBefore = await count("complaint_event")
        const response = await failure(
          act(id, "resolve", {
            resolution_summary: "Free session",
            remedies: [{ kind: "free_session", salon_service_id: "svc_missing" }],
          })
        )
        expect(response.status).toBe(404)
        expect(response.data.message).toBe("Salon service with id: svc_missing was not found")
        const { data } = await api.get(`/admin/complaints/${id}`, admin)
        expect(data.complaint).toEqual(
          expect.objectContaining({
            status: "in_progress",
            resolved_at: null,
            resolution_summary: null,
            first_responded_at: null,
          })
        )
        expect(data.complaint.remedies).toEqual([])
        expect(await count("complaint_event")).toBe(eventsBefore)

        const invalid = await failure(
          act(id, "resolve", {
            resolution_summary: "x",
            remedies: [{ kind: "goodwill_credit", amount: -5, currency_code: "cny" }],
          })
        )
        expect(invalid.status).toBe(400)
        expect(invalid.data.message).toMatch(/amount: must be more than zero/)
      })
    })

    describe("SLA", () => {
      it("warns the assignee once and escalates a breach to the branch manager once, however often the job runs", async () => {
        const assignee = (
          await createAdminUser(getContainer(), {
            email: "desk@salon.test",
            password: "desk-password-1",
          })
        ).user_id
        const { id, display_id } = await file()
        await act(id, "assign", { assignee_user_id: assignee })
        const onTrack = await file({ category_id: categories.service_attitude.id })
        const container = getContainer()

        // 3 of the 4 hours to the first-response deadline have passed.
        await dbConnection.raw(
          `UPDATE complaint SET first_response_warn_at = now() - interval '1 minute' WHERE id = ?`,
          [id]
        )
        const runs = await Promise.all([
          checkComplaintSlasJob(container),
          checkComplaintSlasJob(container),
        ])
        expect(runs.reduce((sum, run) => sum + run.warned, 0)).toBe(1)
        await checkComplaintSlasJob(container)
        const warnings = await notifications(container, { template: "complaint-sla-warning" })
        expect(warnings).toEqual([
          expect.objectContaining({
            channel: "feed",
            to: assignee,
            receiver_id: assignee,
            resource_id: id,
            data: expect.objectContaining({
              title: expect.stringMatching(
                new RegExp(`^Complaint #${display_id}: first response due `)
              ),
            }),
          }),
        ])
        let board = await api.get("/admin/complaints?sla_state=at_risk", admin)
        expect(board.data.complaints.map((c: any) => c.id)).toEqual([id])

        // The deadline passes without a reply.
        await dbConnection.raw(
          `UPDATE complaint SET first_response_due_at = now() - interval '1 minute' WHERE id = ?`,
          [id]
        )
        const breachRuns = await Promise.all([
          checkComplaintSlasJob(container),
          checkComplaintSlasJob(container),
          checkComplaintSlasJob(container),
        ])
        expect(breachRuns.reduce((sum, run) => sum + run.breached, 0)).toBe(1)
        await checkComplaintSlasJob(container)

        const escalations = await notifications(container, { template: "complaint-sla-breached" })
        expect(escalations.map((notification) => notification.receiver_id).sort()).toEqual(
          [managerId, assignee].sort()
        )
        expect(escalations[0].data).toEqual(
          expect.objectContaining({
            title: `Complaint #${display_id} missed its first response deadline`,
          })
        )
        const { data } = await api.get(`/admin/complaints/${id}`, admin)
        expect(data.complaint).toEqual(
          expect.objectContaining({
            sla_state: "breached",
            first_response_met: false,
            first_response_warned_at: expect.any(String),
            first_response_breached_at: expect.any(String),
          })
        )
        const slaEntries = data.complaint.events.filter((event: any) =>
          event.type.startsWith("sla_")
        )
        expect(slaEntries.map((event: any) => [event.type, event.data.deadline])).toEqual([
          ["sla_warning", "first_response"],
          ["sla_breached", "first_response"],
        ])
        expect(slaEntries[1].data.notified_user_ids.sort()).toEqual([managerId, assignee].sort())

        board = await api.get("/admin/complaints?sla_state=breached", admin)
        expect(board.data.complaints.map((c: any) => c.id)).toEqual([id])
        board = await api.get("/admin/complaints?sla_state=on_track", admin)
        expect(board.data.complaints.map((c: any) => c.id)).toEqual([onTrack.id])

        // A late answer does not turn the breach into a success.
        await act(id, "messages", { body: "Sorry for the wait", visibility: "customer" })
        const late = await api.get(`/admin/complaints/${id}`, admin)
        expect(late.data.complaint).toEqual(
          expect.objectContaining({ first_response_met: false, sla_state: "breached" })
        )
      })

      it("warns the branch manager about a resolution deadline when nobody is assigned", async () => {
        const { id } = await file()
        await dbConnection.raw(
          `UPDATE complaint SET resolution_warn_at = now() - interval '1 minute', first_responded_at = now(), first_response_met = true WHERE id = ?`,
          [id]
        )
        await checkComplaintSlasJob(getContainer())
        const warnings = await notifications(getContainer(), { template: "complaint-sla-warning" })
        expect(warnings.map((notification) => notification.receiver_id)).toEqual([managerId])
        expect(warnings[0].data).toEqual(expect.objectContaining({ deadline: "resolution" }))
      })

      it("closes resolved complaints that were not rated in time", async () => {
        const { id } = await file()
        await act(id, "assign", { assignee_user_id: managerId })
        await act(id, "resolve", { resolution_summary: "Done" })
        expect((await closeResolvedComplaintsJob(getContainer())).closed).toBe(0)
        await dbConnection.raw(
          `UPDATE complaint SET resolved_at = now() - interval '8 days' WHERE id = ?`,
          [id]
        )
        expect((await closeResolvedComplaintsJob(getContainer())).closed).toBe(1)
        const { data } = await api.get(`/admin/complaints/${id}`, admin)
        expect(data.complaint.status).toBe("closed")
        expect(data.complaint.events.at(-1)).toEqual(
          expect.objectContaining({
            type: "internal_note",
            author_type: "system",
            body: "Closed automatically: resolved 7 days ago and not rated.",
          })
        )
      })
    })

    describe("board, reclassification, categories and analytics", () => {
      it("filters the board by status, branch, category and number, and reclassifies a complaint", async () => {
        const towels = await file({ subject: "Towels" })
        const rude = await file({
          category_id: categories.service_attitude.id,
          description: "The receptionist was rude on the phone",
          channel: "phone",
        })
        await act(towels.id, "assign", { assignee_user_id: managerId })
        const list = async (query: string) =>
          (await api.get(`/admin/complaints?${query}`, admin)).data.complaints.map((c: any) => c.id)
        expect(await list("status=open")).toEqual([rude.id])
        expect(await list(`category_id=${categories.hygiene.id}`)).toEqual([towels.id])
        expect(await list(`branch_id=${salon.branch.id}`)).toEqual([rude.id, towels.id])
        expect(await list("q=receptionist")).toEqual([rude.id])
        expect(await list(`q=%23${towels.display_id}`)).toEqual([towels.id])
        expect(await list("assignee_user_id=unassigned")).toEqual([rude.id])
        const badFilter = await failure(api.get("/admin/complaints?status=lost", admin))
        expect(badFilter.status).toBe(400)
        expect(badFilter.data.message).toMatch(/status must be among: open, assigned/)

        const { data } = await api.post(
          `/admin/complaints/${rude.id}`,
          { severity: "critical", staff_member_id: salon.bella.id },
          admin
        )
        expect(data.complaint).toEqual(
          expect.objectContaining({ severity: "critical", staff_member_id: salon.bella.id })
        )
        // critical: first response within 1 h of filing.
        expect(
          Date.parse(data.complaint.first_response_due_at) - Date.parse(data.complaint.created_at)
        ).toBe(3600_000)
        expect(data.complaint.events.at(-1)).toEqual(
          expect.objectContaining({
            type: "details_updated",
            data: expect.objectContaining({ changed: ["severity", "staff_member_id"] }),
          })
        )
      })

      it("maintains the taxonomy: unique codes, and categories in use are deactivated, not deleted", async () => {
        const duplicate = await failure(
          api.post("/admin/complaint-categories", { code: "hygiene", name: "Hygiene 2" }, admin)
        )
        expect([400, 422]).toContain(duplicate.status)
        expect(duplicate.data.message).toMatch(/already exists/)
        const badCode = await failure(
          api.post("/admin/complaint-categories", { code: "Bad Code", name: "X" }, admin)
        )
        expect(badCode.data.message).toMatch(/code is snake_case/)
        await file()
        const inUse = await failure(
          api.delete(`/admin/complaint-categories/${categories.hygiene.id}`, admin)
        )
        expect(inUse.status).toBe(409)
        expect(inUse.data.message).toBe(
          '1 complaint uses the category "Hygiene"; deactivate it instead (is_active: false)'
        )
        const removed = await api.delete(
          `/admin/complaint-categories/${categories.price_billing.id}`,
          admin
        )
        expect(removed.data).toEqual({
          id: categories.price_billing.id,
          object: "complaint_category",
          deleted: true,
        })
        const active = await api.get("/admin/complaint-categories?is_active=true", admin)
        expect(active.data.complaint_categories.map((c: any) => c.code)).toEqual([
          "service_attitude",
          "technique_result",
          "hygiene",
        ])
      })

      it("reports complaints by category and month with SLA compliance and resolution time", async () => {
        const one = await file()
        await file()
        await file({ category_id: categories.service_attitude.id, staff_member_id: salon.anna.id })
        await act(one.id, "assign", { assignee_user_id: managerId })
        await act(one.id, "resolve", { resolution_summary: "Done" })
        const today = one.reported_on
        const { data } = await api.get(
          `/admin/complaints/analytics?from=${today}&to=${today}&group_by=category&interval=month`,
          admin
        )
        expect(data.analytics.rows).toEqual([
          expect.objectContaining({
            key: categories.hygiene.id,
            label: "Hygiene",
            period: `${today.slice(0, 7)}-01`,
            complaints: 2,
            open: 1,
            resolved: 1,
            resolution_measured: 1,
            resolution_compliance: 100,
            avg_resolution_minutes: 0,
          }),
          expect.objectContaining({ label: "Service attitude", complaints: 1, open: 1 }),
        ])
        expect(data.analytics.totals).toEqual(expect.objectContaining({ complaints: 3 }))
        const byStaff = await api.get(
          `/admin/complaints/analytics?from=${today}&to=${today}&group_by=staff_member`,
          admin
        )
        expect(byStaff.data.analytics.rows.map((row: any) => [row.label, row.complaints])).toEqual([
          [null, 2],
          ["Anna Li", 1],
        ])
        const reversed = await failure(
          api.get("/admin/complaints/analytics?from=2026-02-01&to=2026-01-01", admin)
        )
        expect(reversed.status).toBe(400)
        expect(reversed.data.message).toMatch(/to \(2026-01-01\) is before from \(2026-02-01\)/)
      })
    })
  },
})
