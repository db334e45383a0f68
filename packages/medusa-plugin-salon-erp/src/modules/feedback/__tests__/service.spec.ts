import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { FEEDBACK_MODULE } from ".."
import type FeedbackModuleService from "../service"
import type { CreateComplaintInput } from "../types"

jest.setTimeout(60 * 1000)

const HOUR = 3_600_000

moduleIntegrationTestRunner<FeedbackModuleService>({
  moduleName: FEEDBACK_MODULE,
  resolve: "./src/modules/feedback",
  moduleOptions: { low_score_streak: 2, low_score_threshold: 3 },
  // The real migrations, so the hand-written sla_state trigger exists in the test database too.
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service, MikroOrmWrapper }) => {
    const knex = () => MikroOrmWrapper.forkManager().getKnex()

    async function category(code = `hygiene_${Math.random().toString(36).slice(2, 7)}`) {
      return await service.createComplaintCategories({ code, name: "Hygiene" })
    }

    async function file(overrides: Partial<CreateComplaintInput> = {}) {
      const { id: category_id } = await category()
      const { complaint_id } = await service.createComplaint({
        customer_id: "cus_1",
        branch_id: "brch_1",
        timezone: "Asia/Shanghai",
        category_id,
        channel: "front_desk",
        severity: "high",
        description: "Towels were not fresh",
        created_by_type: "user",
        created_by_id: "user_desk",
        ...overrides,
      })
      return complaint_id
    }

    describe("complaints", () => {
      it("files a complaint with deadlines from its severity and a first timeline entry", async () => {
        const before = Date.now()
        const id = await file()
        const complaint = await service.retrieveComplaint(id, { relations: ["events"] })
        expect(complaint.status).toBe("open")
        expect(complaint.sla_state).toBe("on_track")
        // high: first response in 4 h, resolution in 24 h; warned at 75 % of the window.
        const created = new Date(complaint.created_at).getTime()
        expect(created).toBeGreaterThanOrEqual(before - 1000)
        expect(new Date(complaint.first_response_due_at).getTime() - created).toBe(4 * HOUR)
        expect(new Date(complaint.resolution_due_at).getTime() - created).toBe(24 * HOUR)
        expect(new Date(complaint.first_response_warn_at).getTime() - created).toBe(3 * HOUR)
        expect(complaint.reported_on).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        expect(complaint.events.map((event) => event.type)).toEqual(["created"])
      })

      it("returns the first complaint for a repeated idempotency key", async () => {
        const first = await file({ idempotency_key: "desk-42" })
        const { id: category_id } = await category()
        const again = await service.createComplaint({
          customer_id: "cus_1",
          branch_id: "brch_1",
          timezone: "Asia/Shanghai",
          category_id,
          channel: "front_desk",
          severity: "low",
          description: "again",
          created_by_type: "user",
          idempotency_key: "desk-42",
        })
        expect(again).toEqual({ complaint_id: first, created: false })
      })

      it("allows only the moves of the status machine and says why others are refused", async () => {
        const id = await file()
        await expect(
          service.moveComplaint(id, "resolve", { resolution_summary: "x" })
        ).rejects.toThrow(
          /^Complaint #\d+ is open; only a complaint that is assigned, in progress or reopened can be resolved\. Assign it first\.$/
        )
        await service.moveComplaint(id, "assign", { assignee_user_id: "user_a" })
        const { after: started } = await service.moveComplaint(id, "start")
        expect(started.status).toBe("in_progress")
        // Reassigning a started complaint keeps it started.
        const { after: reassigned } = await service.moveComplaint(id, "assign", {
          assignee_user_id: "user_b",
        })
        expect(reassigned).toEqual(
          expect.objectContaining({ status: "in_progress", assignee_user_id: "user_b" })
        )
        const { after: resolved } = await service.moveComplaint(id, "resolve", {
          resolution_summary: "Replaced towels, refunded",
          actor_id: "user_b",
        })
        expect(resolved.status).toBe("resolved")
        expect(resolved.sla_state).toBe("met")
        expect(resolved.fields).toEqual(
          expect.objectContaining({
            resolution_met: true,
            first_response_met: true,
            resolution_summary: "Replaced towels, refunded",
          })
        )
        await expect(service.moveComplaint(id, "start")).rejects.toThrow(
          /is resolved; only a complaint that is assigned or reopened can be started/
        )
        const { after: reopened } = await service.moveComplaint(id, "reopen")
        expect(reopened.status).toBe("reopened")
        expect(reopened.fields.resolved_at).toBeNull()
        expect(reopened.fields.reopen_count).toBe(1)
      })

      it("restores a complaint from a snapshot", async () => {
        const id = await file()
        const { before } = await service.moveComplaint(id, "assign", { assignee_user_id: "user_a" })
        await service.restoreComplaint(before)
        const complaint = await service.retrieveComplaint(id)
        expect(complaint).toEqual(
          expect.objectContaining({ status: "open", assignee_user_id: null, assigned_at: null })
        )
      })

      it("rates a resolution once, closing the complaint", async () => {
        const id = await file()
        await expect(
          service.rateComplaintResolution(id, { customer_id: "cus_1", rating: 4 })
        ).rejects.toThrow(/is open; it can be rated once it is resolved/)
        await service.moveComplaint(id, "assign", { assignee_user_id: "user_a" })
        await service.moveComplaint(id, "resolve", { resolution_summary: "Done" })
        await expect(
          service.rateComplaintResolution(id, { customer_id: "cus_other", rating: 4 })
        ).rejects.toThrow(`Complaint with id: ${id} was not found`)
        const { after } = await service.rateComplaintResolution(id, {
          customer_id: "cus_1",
          rating: 4,
          comment: "Quick",
        })
        expect(after.status).toBe("closed")
        await expect(
          service.rateComplaintResolution(id, { customer_id: "cus_1", rating: 1 })
        ).rejects.toThrow(/already rated \(4 of 5\)/)
      })
    })

    describe("SLA claims", () => {
      it("claims each warning and breach once and keeps sla_state in step", async () => {
        const id = await file()
        // Nothing is due yet.
        expect(
          (await service.listDueSlaClaims()).filter((claim) => claim.complaint_id === id)
        ).toEqual([])
        await knex().raw(
          `UPDATE complaint SET first_response_warn_at = now() - interval '1 minute' WHERE id = ?`,
          [id]
        )
        const due = (await service.listDueSlaClaims()).filter((claim) => claim.complaint_id === id)
        expect(due).toEqual([{ complaint_id: id, deadline: "first_response", stage: "warning" }])
        const results = await Promise.all([service.claimSla(due[0]), service.claimSla(due[0])])
        expect(results.filter(Boolean)).toHaveLength(1)
        expect((await service.retrieveComplaint(id)).sla_state).toBe("at_risk")

        await knex().raw(
          `UPDATE complaint SET first_response_due_at = now() - interval '1 minute' WHERE id = ?`,
          [id]
        )
        const breach = {
          complaint_id: id,
          deadline: "first_response" as const,
          stage: "breach" as const,
        }
        expect(await service.claimSla(breach)).toBe(true)
        expect(await service.claimSla(breach)).toBe(false)
        const complaint = await service.retrieveComplaint(id)
        expect(complaint).toEqual(
          expect.objectContaining({ sla_state: "breached", first_response_met: false })
        )
        // A late first response does not turn a breach into a success.
        await service.moveComplaint(id, "assign", { assignee_user_id: "user_a" })
        const { after } = await service.moveComplaint(id, "resolve", { resolution_summary: "x" })
        expect(after.fields.first_response_met).toBe(false)
        expect(after.sla_state).toBe("breached")
      })

      it("moves running deadlines when the severity changes", async () => {
        const id = await file({ severity: "low" })
        const { after } = await service.updateComplaintDetails(id, { severity: "critical" })
        const complaint = await service.retrieveComplaint(id)
        const created = new Date(complaint.created_at).getTime()
        expect(new Date(complaint.first_response_due_at).getTime() - created).toBe(1 * HOUR)
        expect(new Date(complaint.resolution_due_at).getTime() - created).toBe(8 * HOUR)
        expect(after.severity).toBe("critical")
      })
    })

    describe("surveys", () => {
      const survey = (appointment_id: string, customer_id = "cus_s") =>
        service.createSurveyOnce({
          appointment_id,
          appointment_display_id: 7,
          customer_id,
          branch_id: "brch_1",
          staff_member_ids: ["stf_1", "stf_2"],
          completed_at: new Date(),
          visited_at: new Date(),
          timezone: "Asia/Shanghai",
        })
      const answer = (survey_id: string, score: number, nps = 8, customer_id = "cus_s") =>
        service.submitSurveyResponse({
          survey_id,
          customer_id,
          technique_rating: score,
          attitude_rating: score,
          environment_rating: score,
          result_rating: score,
          nps_score: nps,
        })

      it("creates one survey per appointment however often it is asked", async () => {
        const results = await Promise.all([survey("appt_once"), survey("appt_once")])
        expect(results.filter((result) => result.created)).toHaveLength(1)
        expect(results[0].survey_id).toBe(results[1].survey_id)
      })

      it("accepts one answer, from its customer, before it expires", async () => {
        const { survey_id } = await survey("appt_answer")
        await expect(answer(survey_id, 5, 10, "cus_intruder")).rejects.toThrow(
          `Survey with id: ${survey_id} was not found`
        )
        expect(await answer(survey_id, 5, 10)).toEqual(
          expect.objectContaining({
            survey_id,
            appointment_id: "appt_answer",
            staff_member_ids: ["stf_1", "stf_2"],
            is_low: false,
            is_detractor: false,
          })
        )
        await expect(answer(survey_id, 1)).rejects.toThrow("You have already rated appointment #7")
        const { survey_id: late } = await survey("appt_late")
        await knex().raw(
          `UPDATE satisfaction_survey SET expires_at = now() - interval '1 minute' WHERE id = ?`,
          [late]
        )
        await expect(answer(late, 4)).rejects.toThrow(/closed on/)
      })

      it("raises a low-score alert on the second low answer in a row, not the first", async () => {
        const customer = "cus_streak"
        const ids = []
        for (const appointment of ["a1", "a2", "a3", "a4"]) {
          ids.push((await survey(`appt_${appointment}_${customer}`, customer)).survey_id)
        }
        await answer(ids[0], 2, 8, customer)
        expect(await service.raiseLowScoreAlert({ survey_id: ids[0] })).toBeNull()
        await answer(ids[1], 2, 8, customer)
        const alert = await service.raiseLowScoreAlert({
          survey_id: ids[1],
          assignee_user_id: "user_m",
        })
        expect(alert).toEqual(
          expect.objectContaining({ reasons: ["low_score_streak"], customer_id: customer })
        )
        expect(alert!.survey_ids.sort()).toEqual([ids[0], ids[1]].sort())
        // Asking again does not alert twice; the streak starts over after an alert.
        expect(await service.raiseLowScoreAlert({ survey_id: ids[1] })).toBeNull()
        await answer(ids[2], 1, 8, customer)
        expect(await service.raiseLowScoreAlert({ survey_id: ids[2] })).toBeNull()
        // A detractor alerts at once.
        await answer(ids[3], 4, 3, customer)
        const detractor = await service.raiseLowScoreAlert({ survey_id: ids[3] })
        expect(detractor?.reasons).toEqual(["nps_detractor"])
        await service.withdrawLowScoreAlert(detractor!.follow_up_visit_id)
        expect(await service.listFollowUpVisits({ id: detractor!.follow_up_visit_id })).toEqual([])
      })
    })

    describe("analytics", () => {
      it("aggregates complaints and satisfaction by group and period", async () => {
        const id = await file({ staff_member_id: "stf_9" })
        await service.moveComplaint(id, "assign", { assignee_user_id: "user_a" })
        await service.moveComplaint(id, "resolve", { resolution_summary: "Done" })
        const today = (await service.retrieveComplaint(id)).reported_on
        const complaints = await service.getComplaintAnalytics({
          from: today,
          to: today,
          group_by: "staff_member",
          interval: "month",
          staff_member_id: ["stf_9"],
        })
        expect(complaints.rows).toEqual([
          expect.objectContaining({
            key: "stf_9",
            period: `${today.slice(0, 7)}-01`,
            complaints: 1,
            resolved: 1,
            resolution_compliance: 100,
            first_response_compliance: 100,
          }),
        ])

        const { survey_id } = await service.createSurveyOnce({
          appointment_id: "appt_analytics",
          customer_id: "cus_an",
          branch_id: "brch_an",
          staff_member_ids: ["stf_a", "stf_b"],
          completed_at: new Date(),
          visited_at: new Date(),
          timezone: "Asia/Shanghai",
        })
        await service.submitSurveyResponse({
          survey_id,
          customer_id: "cus_an",
          technique_rating: 5,
          attitude_rating: 4,
          environment_rating: 3,
          result_rating: 4,
          nps_score: 10,
        })
        const byStaff = await service.getSatisfactionAnalytics({
          from: "2000-01-01",
          to: "2999-12-31",
          group_by: "staff_member",
          branch_id: ["brch_an"],
        })
        expect(
          byStaff.rows.map((row) => [row.key, row.responses, row.avg_overall, row.nps])
        ).toEqual([
          ["stf_a", 1, 4, 100],
          ["stf_b", 1, 4, 100],
        ])
        expect(byStaff.totals.responses).toBe(1)
      })

      it("keeps the daily stats in step with the answers, equal to a rebuild from the surveys", async () => {
        const branch = "brch_stats"
        const answer = async (appointment: string, staff: string[], score: number, nps: number) => {
          const { survey_id } = await service.createSurveyOnce({
            appointment_id: appointment,
            customer_id: `cus_${appointment}`,
            branch_id: branch,
            staff_member_ids: staff,
            completed_at: new Date(),
            visited_at: new Date(),
            timezone: "Asia/Shanghai",
          })
          await service.submitSurveyResponse({
            survey_id,
            customer_id: `cus_${appointment}`,
            technique_rating: score,
            attitude_rating: score,
            environment_rating: score,
            result_rating: score,
            nps_score: nps,
          })
          return survey_id
        }
        await answer("appt_s1", ["stf_x"], 5, 10)
        await answer("appt_s2", ["stf_x", "stf_y"], 2, 3)
        const reverted = await answer("appt_s3", ["stf_y"], 1, 0)
        await service.revertSurveyResponse(reverted)

        const report = () =>
          Promise.all([
            service.getSatisfactionAnalytics({
              from: "2000-01-01",
              to: "2999-12-31",
              branch_id: [branch],
              group_by: "staff_member",
            }),
            service.getSatisfactionAnalytics({
              from: "2000-01-01",
              to: "2999-12-31",
              branch_id: [branch],
              group_by: "branch",
            }),
          ])
        const incremental = await report()
        expect(
          incremental[0].rows.map((row) => [row.key, row.responses, row.avg_overall, row.nps])
        ).toEqual([
          ["stf_x", 2, 3.5, 0],
          ["stf_y", 1, 2, -100],
        ])
        expect(incremental[1].rows).toEqual([
          expect.objectContaining({
            key: branch,
            responses: 2,
            promoters: 1,
            detractors: 1,
            low_scores: 1,
          }),
        ])
        await service.rebuildSatisfactionDailyStats()
        expect(await report()).toEqual(incremental)
      })
    })
  },
})
