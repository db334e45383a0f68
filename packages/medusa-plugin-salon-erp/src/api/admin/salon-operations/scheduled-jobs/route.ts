import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { scheduledJobsReport } from "../../../../lib/jobs/scheduled-jobs-report"

/**
 * The plugin's scheduled jobs: schedule, whether the workflow engine holds each one now, and its
 * latest run, success and failure.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await scheduledJobsReport(req.scope))
}
