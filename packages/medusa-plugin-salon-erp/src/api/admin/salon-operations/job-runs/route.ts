import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { JobRunListResponse } from "../../../../types/operations/http"

export const JOB_RUN_FIELDS = [
  "id",
  "job_name",
  "last_started_at",
  "last_finished_at",
  "last_succeeded_at",
  "last_failed_at",
  "last_error",
  "runs",
  "failures",
]

/** Every scheduled job that has run: its counters and latest start, success and failure. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JobRunListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "salon_job_run",
    fields: JOB_RUN_FIELDS,
    pagination: { order: { job_name: "ASC" } },
  })
  res.json({ job_runs: data })
}
