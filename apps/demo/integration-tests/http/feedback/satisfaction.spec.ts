import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, createAdminUser } from "../../utils/admin"
import { failure } from "../../utils/booking"
import {
  completedAppointment,
  createCategories,
  createManagedSalon,
  eventually,
  notifications,
} from "../../utils/feedback"
import { createPublishableKey, createStoreCustomer } from "../../utils/store"
import { sendSatisfactionSurveyWorkflow } from "medusa-plugin-salon-erp/src/workflows/feedback/workflows/send-satisfaction-survey"
import { readOutboxBacklog, relayOutboxEvents } from "medusa-plugin-salon-erp/src/lib/outbox/index"

jest.setTimeout(120 * 1000)

const MANAGER = { email: "manager@salon.test", password: "manager-password-1" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: { headers: Record<string, string>; user_id: string }
    let managerId: string
    let salon: Awaited<ReturnType<typeof createManagedSalon>>
    let publishableKey: string
    let alice: Awaited<ReturnType<typeof createStoreCustomer>>
    let bob: Awaited<ReturnType<typeof createStoreCustomer>>
    let slot = 0

    beforeEach(async () => {
      admin = await adminHeaders(api, getContainer())
      managerId = (await createAdminUser(getContainer(), MANAGER)).user_id
      salon = await createManagedSalon(api, admin, managerId)
      publishableKey = await createPublishableKey(api, admin)
      alice = await createStoreCustomer(api, publishableKey, "Alice")
      bob = await createStoreCustomer(api, publishableKey, "Bob")
      slot = 0
    })

    const as = (who: typeof alice) => ({ headers: who.headers })
    /** Completes a visit for the customer and waits for its survey. */
    const visitAndSurvey = async (who: typeof alice, staffMemberId?: string) => {
      const time = `${String(10 + slot++).padStart(2, "0")}:00`
      const visit = await completedAppointment(api, admin, salon, who.customer.id, {
        time,
        staffMemberId,
      })
      const survey = await eventually(async () => {
        const { data } = await api.get("/store/customers/me/surveys?status=pending", as(who))
        return data.surveys.find((s: any) => s.appointment_id === visit.id)
      })
      return { visit, survey }
    }
    const answer = (who: typeof alice, surveyId: string, score: number, nps = 8) =>
      api.post(
        `/store/customers/me/surveys/${surveyId}/response`,
        {
          technique_rating: score,
          attitude_rating: score,
          environment_rating: score,
          result_rating: score,
          nps_score: nps,
          comment: score < 3 ? "Not happy" : "Lovely",
        },
        as(who)
      )
    const followUps = async () =>
      (await api.get("/admin/satisfaction/follow-up-visits", admin)).data.follow_up_visits as any[]
    const alerts = () => notifications(getContainer(), { template: "satisfaction-low-score-alert" })

    describe("post-service survey", () => {
      it("sends one survey per completed appointment, even when asked again", async () => {
        const { visit, survey } = await visitAndSurvey(alice)
        expect(survey).toEqual(
          expect.objectContaining({
            appointment_id: visit.id,
            appointment_display_id: visit.display_id,
            status: "pending",
            staff_member_ids: [salon.anna.id],
            branch: expect.objectContaining({ name: "Jing'an" }),
          })
        )
        // The event is delivered again (a retry, a second worker): nothing more is sent.
        const again = await sendSatisfactionSurveyWorkflow(getContainer()).run({
          input: {
            appointment_id: visit.id,
            customer_id: alice.customer.id,
            branch_id: salon.branch.id,
            staff_member_ids: [salon.anna.id],
            completed_at: new Date(),
            visited_at: new Date(),
          },
        })
        expect(again.result).toEqual(
          expect.objectContaining({ survey_id: survey.id, created: false })
        )
        const sent = await notifications(getContainer(), { template: "satisfaction-survey" })
        expect(sent).toEqual([
          expect.objectContaining({
            channel: "email",
            to: alice.customer.email,
            resource_id: survey.id,
          }),
        ])
        const rows = await dbConnection.raw(`SELECT count(*)::int AS n FROM satisfaction_survey`)
        expect(rows.rows[0].n).toBe(1)
        // The survey is marked sent by the step after the notification: wait for that step.
        const marked = await eventually(async () => {
          const { data } = await api.get(`/admin/satisfaction/surveys/${survey.id}`, admin)
          return data.survey.sent_at ? data.survey : null
        })
        expect(marked).toEqual(
          expect.objectContaining({ sent_channel: "email", sent_at: expect.any(String) })
        )
      })

      it("finishes a survey whose handler died after creating it, and never sends one twice", async () => {
        const feedback = getContainer().resolve("feedback") as any
        // What a handler that died mid-way leaves: the survey exists, nothing was sent.
        const appointmentId = "appt_died_mid_handler"
        const crashed = await feedback.createSurveyOnce({
          appointment_id: appointmentId,
          customer_id: alice.customer.id,
          branch_id: salon.branch.id,
          staff_member_ids: [salon.anna.id],
          completed_at: new Date(),
          visited_at: new Date(),
          timezone: "Asia/Shanghai",
        })
        expect(crashed).toEqual(
          expect.objectContaining({ created: true, invitation_pending: true })
        )
        const redeliver = () =>
          sendSatisfactionSurveyWorkflow(getContainer()).run({
            input: {
              appointment_id: appointmentId,
              customer_id: alice.customer.id,
              branch_id: salon.branch.id,
              staff_member_ids: [salon.anna.id],
              completed_at: new Date(),
              visited_at: new Date(),
            },
          })
        const first = await redeliver()
        expect(first.result).toEqual({
          survey_id: crashed.survey_id,
          created: false,
          invitation_pending: true,
        })
        const second = await redeliver()
        expect(second.result).toEqual(expect.objectContaining({ invitation_pending: false }))
        const sent = await notifications(getContainer(), {
          template: "satisfaction-survey",
          resource_id: crashed.survey_id,
        })
        expect(sent).toEqual([
          expect.objectContaining({ channel: "email", to: alice.customer.email }),
        ])
        const survey = await feedback.retrieveSatisfactionSurvey(crashed.survey_id)
        expect(survey).toEqual(
          expect.objectContaining({ sent_channel: "email", sent_at: expect.any(Date) })
        )
        const staged = await feedback.listFeedbackOutboxEvents({
          aggregate_id: crashed.survey_id,
          event_name: "satisfaction_survey.sent",
        })
        expect(staged).toEqual([expect.objectContaining({ status: "published" })])
      })

      it("publishes a change whose process died before publishing, once, through the relay", async () => {
        const container = getContainer()
        const feedback = container.resolve("feedback") as any
        const categories = await createCategories(api, admin)
        // Filed through the module alone: committed with its event, as a process that died
        // right after the commit leaves it.
        const { complaint_id } = await feedback.createComplaint({
          customer_id: bob.customer.id,
          branch_id: salon.branch.id,
          timezone: "Asia/Shanghai",
          category_id: categories.service_attitude.id,
          channel: "front_desk",
          severity: "medium",
          description: "Filed just before the server died",
          created_by_type: "user",
        })
        const [staged] = await feedback.listFeedbackOutboxEvents({ aggregate_id: complaint_id })
        expect(staged).toEqual(
          expect.objectContaining({ event_name: "complaint.created", status: "pending" })
        )
        expect(staged.data).toEqual(
          expect.objectContaining({
            id: complaint_id,
            customer_id: bob.customer.id,
            previous_status: null,
          })
        )
        const received = () =>
          notifications(container, { template: "complaint-received", resource_id: complaint_id })
        expect(await received()).toEqual([])
        const relayed = await relayOutboxEvents(container, { min_age_ms: 0 })
        expect(relayed.feedback).toBeGreaterThanOrEqual(1)
        await eventually(async () => ((await received()).length ? true : null))
        expect((await readOutboxBacklog(container)).modules.feedback.pending).toBe(0)
        expect((await relayOutboxEvents(container, { min_age_ms: 0 })).feedback).toBe(0)
        // Delivered again (at least once): the subscriber sends nothing twice.
        await container.resolve("event_bus").emit({
          name: "complaint.created",
          data: staged.data,
          metadata: { outbox_event_id: staged.id },
        })
        await new Promise((resolve) => setTimeout(resolve, 1500))
        expect(await received()).toHaveLength(1)
      })

      it("accepts one answer per appointment, from its customer only, with valid scores", async () => {
        const { survey } = await visitAndSurvey(alice)
        const invalid = await failure(
          api.post(
            `/store/customers/me/surveys/${survey.id}/response`,
            {
              technique_rating: 6,
              attitude_rating: 4,
              environment_rating: 4,
              result_rating: 4,
              nps_score: 11,
            },
            as(alice)
          )
        )
        expect(invalid.status).toBe(400)
        expect(invalid.data.message).toMatch(/technique_rating is a whole number from 1 to 5/)
        expect(invalid.data.message).toMatch(/nps_score is a whole number from 0 to 10/)

        const stranger = await failure(answer(bob, survey.id, 1))
        expect(stranger.status).toBe(404)
        expect(stranger.data.message).toBe(`Survey with id: ${survey.id} was not found`)
        expect(
          (await failure(api.get(`/store/customers/me/surveys/${survey.id}`, as(bob)))).status
        ).toBe(404)

        const first = await answer(alice, survey.id, 5, 10)
        expect(first.status).toBe(201)
        expect(first.data.survey).toEqual(
          expect.objectContaining({
            status: "answered",
            technique_rating: 5,
            nps_score: 10,
            comment: "Lovely",
            responded_at: expect.any(String),
          })
        )
        expect(first.data.survey).not.toHaveProperty("is_low")
        const second = await failure(answer(alice, survey.id, 1, 0))
        expect(second.status).toBe(409)
        expect(second.data.message).toBe(
          `You have already rated appointment #${survey.appointment_display_id}`
        )
        const { data } = await api.get(`/store/customers/me/surveys/${survey.id}`, as(alice))
        expect(data.survey).toEqual(expect.objectContaining({ technique_rating: 5, nps_score: 10 }))
        const answered = await api.get("/store/customers/me/surveys?status=answered", as(alice))
        expect(answered.data.surveys.map((s: any) => s.id)).toEqual([survey.id])
        expect(
          (await api.get("/store/customers/me/surveys?status=pending", as(alice))).data.surveys
        ).toEqual([])
      })

      it("refuses an answer after the survey closed", async () => {
        const { survey } = await visitAndSurvey(alice)
        await dbConnection.raw(
          `UPDATE satisfaction_survey SET expires_at = now() - interval '1 minute' WHERE id = ?`,
          [survey.id]
        )
        const late = await failure(answer(alice, survey.id, 4))
        expect(late.status).toBe(400)
        expect(late.data.message).toMatch(
          /^The survey for appointment #\d+ closed on \d{4}-\d{2}-\d{2}$/
        )
      })
    })

    describe("low-score alert", () => {
      it("alerts the branch manager on the second low answer in a row, not the first, and creates a follow-up visit", async () => {
        const first = await visitAndSurvey(alice)
        const second = await visitAndSurvey(alice)
        const good = await visitAndSurvey(bob)

        await answer(bob, good.survey.id, 5, 9)
        await answer(alice, first.survey.id, 2)
        // One low answer is not yet a pattern.
        expect(await followUps()).toEqual([])
        expect(await alerts()).toEqual([])

        await answer(alice, second.survey.id, 1)
        const [visit] = await followUps()
        expect(visit).toEqual(
          expect.objectContaining({
            customer_id: alice.customer.id,
            branch_id: salon.branch.id,
            assignee_user_id: managerId,
            reasons: ["low_score_streak"],
            status: "open",
          })
        )
        expect(visit.surveys.map((s: any) => s.id).sort()).toEqual(
          [first.survey.id, second.survey.id].sort()
        )
        expect(await followUps()).toHaveLength(1)
        const sent = await alerts()
        expect(sent).toEqual([
          expect.objectContaining({
            channel: "feed",
            receiver_id: managerId,
            resource_id: visit.id,
            data: expect.objectContaining({ title: "Low satisfaction: Alice Test" }),
          }),
        ])
        expect(sent[0].data?.description).toMatch(/2 low ratings in a row/)

        // The streak starts again after an alert: a third low answer alone raises nothing.
        const third = await visitAndSurvey(alice)
        await answer(alice, third.survey.id, 2)
        expect(await followUps()).toHaveLength(1)

        // Impossible or zoneless due dates and control characters are refused, changing nothing.
        for (const [body, message] of [
          [{ due_at: "2027-02-30T10:00:00Z" }, /due_at: 2027-02-30 is not a calendar date/],
          [{ due_at: "2027-01-10T10:00:00" }, /due_at: needs a time zone/],
          [{ note: "call\u0000back" }, /note: must not contain control characters/],
        ] as const) {
          const refused = await failure(
            api.post(`/admin/satisfaction/follow-up-visits/${visit.id}`, body, admin)
          )
          expect({ status: refused.status, message: refused.data.message }).toEqual({
            status: 400,
            message: expect.stringMatching(message),
          })
        }
        expect((await followUps())[0]).toEqual(
          expect.objectContaining({ status: "open", due_at: visit.due_at, note: visit.note })
        )

        // The manager calls and records what came of it.
        const undone = await failure(
          api.post(`/admin/satisfaction/follow-up-visits/${visit.id}`, { status: "done" }, admin)
        )
        expect(undone.status).toBe(400)
        expect(undone.data.message).toMatch(/Write the outcome/)
        const done = await api.post(
          `/admin/satisfaction/follow-up-visits/${visit.id}`,
          { status: "done", outcome: "Offered a free re-do with Bella" },
          admin
        )
        expect(done.data.follow_up_visit).toEqual(
          expect.objectContaining({
            status: "done",
            outcome: "Offered a free re-do with Bella",
            completed_by: admin.user_id,
          })
        )
      })

      it("alerts at once on an NPS detractor", async () => {
        const { survey } = await visitAndSurvey(alice)
        await answer(alice, survey.id, 4, 3)
        const visits = await eventually(async () => {
          const list = await followUps()
          return list.length ? list : null
        })
        expect(visits[0].reasons).toEqual(["nps_detractor"])
        expect(await alerts()).toHaveLength(1)
      })
    })

    describe("analytics", () => {
      it("reports satisfaction per dimension and NPS per staff member and per branch", async () => {
        const annas = await visitAndSurvey(alice, salon.anna.id)
        const bellas = await visitAndSurvey(bob, salon.bella.id)
        const annas2 = await visitAndSurvey(bob, salon.anna.id)
        await answer(alice, annas.survey.id, 5, 10)
        await answer(bob, annas2.survey.id, 3, 7)
        await answer(bob, bellas.survey.id, 2, 4)
        const day = annas.survey.service_date
        const { data } = await api.get(
          `/admin/satisfaction/analytics?from=${day}&to=${day}&group_by=staff_member&interval=month`,
          admin
        )
        expect(
          data.analytics.rows.map((row: any) => [
            row.label,
            row.period,
            row.responses,
            row.avg_technique,
            row.nps,
          ])
        ).toEqual([
          ["Anna Li", `${day.slice(0, 7)}-01`, 2, 4, 50],
          ["Bella Wu", `${day.slice(0, 7)}-01`, 1, 2, -100],
        ])
        expect(data.analytics.totals).toEqual(
          expect.objectContaining({
            responses: 3,
            promoters: 1,
            passives: 1,
            detractors: 1,
            nps: 0,
            low_scores: 1,
          })
        )
        const byBranch = await api.get(
          `/admin/satisfaction/analytics?from=${day}&to=${day}&group_by=branch`,
          admin
        )
        expect(byBranch.data.analytics.rows).toEqual([
          expect.objectContaining({ label: "Jing'an", responses: 3, avg_overall: 3.33 }),
        ])
        const bad = await failure(
          api.get(`/admin/satisfaction/analytics?from=${day}&to=${day}&group_by=room`, admin)
        )
        expect(bad.status).toBe(400)
        const low = await api.get("/admin/satisfaction/surveys?is_low=true", admin)
        expect(low.data.surveys.map((s: any) => s.id)).toEqual([bellas.survey.id])
        const annasSurveys = await api.get(
          `/admin/satisfaction/surveys?staff_member_id=${salon.anna.id}&status=answered`,
          admin
        )
        expect(annasSurveys.data.surveys.map((s: any) => s.id).sort()).toEqual(
          [annas.survey.id, annas2.survey.id].sort()
        )
      })
    })
  },
})
