import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { scheduledJobsReport } from "../../../../lib/jobs/scheduled-jobs-report"
import type { ScheduledJobsResponse } from "../../../../types/operations/http"
import { isoDate } from "../../../utils/iso-date"

/**
 * The plugin's scheduled jobs: schedule, whether the workflow engine holds each one now, and its
 * latest run, success and failure.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<ScheduledJobsResponse>
) => {
  const report = await scheduledJobsReport(req.scope)
  res.json({
    ...report,
    scheduled_jobs: report.scheduled_jobs.map((job) => ({
      ...job,
      next_run_at: isoDate(job.next_run_at),
      last_run_at: isoDate(job.last_run_at),
      last_succeeded_at: isoDate(job.last_succeeded_at),
      last_failed_at: isoDate(job.last_failed_at),
    })),
  })
}
