import { WorkflowManager } from "@medusajs/framework/orchestration"
import type { ConfigModule, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type OperationsModuleService from "../../modules/operations/service"
import { jobWorkflowId, PLUGIN_JOBS, type PluginJob } from "./plugin-jobs"
import { OPERATIONS_MODULE_KEY } from "./reliable-job"
import {
  listRegisteredSchedules,
  redisScheduleStoreOf,
  type RegisteredSchedule,
  scheduleKeyOf,
} from "./workflow-engine-schedules"

type JobRunRow = {
  job_name: string
  last_started_at: Date | null
  last_succeeded_at: Date | null
  last_failed_at: Date | null
  last_error: string | null
  runs: number
  failures: number
}

/** One plugin job: its schedule, whether the engine holds it now, and its recorded runs. */
export type ScheduledJobStatus = PluginJob & {
  /** Null when the engine's Redis could not be read (see `registration_error`). */
  registered: boolean | null
  next_run_at: Date | null
  last_run_at: Date | null
  last_succeeded_at: Date | null
  last_failed_at: Date | null
  last_error: string | null
  runs: number
  failures: number
}

export type ScheduledJobsReport = {
  engine: "redis" | "in-memory"
  registration_error: string | null
  scheduled_jobs: ScheduledJobStatus[]
}

/**
 * Every plugin job with its registration in the workflow engine and its latest runs. With the
 * Redis engine, registration is read from Redis, so it is right in any process; the in-memory
 * engine holds schedules inside the process that runs jobs, so there each job counts as
 * registered once that process loaded it (a server-only process reports what it loaded: none).
 */
export async function scheduledJobsReport(
  container: MedusaContainer
): Promise<ScheduledJobsReport> {
  const configModule: ConfigModule = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const operations: OperationsModuleService = container.resolve(OPERATIONS_MODULE_KEY)
  const store = redisScheduleStoreOf(configModule)
  let registered: Map<string, RegisteredSchedule> | null = null
  let registrationError: string | null = null
  if (store) {
    try {
      registered = await listRegisteredSchedules(store)
    } catch (error) {
      registrationError = `The workflow engine's Redis could not be read: ${(error as Error).message}`
    }
  }
  const runs = new Map(
    ((await operations.listJobRuns()) as JobRunRow[]).map((run) => [run.job_name, run])
  )
  const scheduled_jobs = PLUGIN_JOBS.map((job) => {
    const workflowId = jobWorkflowId(job.name)
    const schedule = registered?.get(scheduleKeyOf(workflowId))
    const run = runs.get(job.name)
    return {
      ...job,
      registered: store
        ? registered && Boolean(schedule)
        : configModule.projectConfig.workerMode !== "server" &&
          Boolean(WorkflowManager.getWorkflow(workflowId)),
      next_run_at: schedule?.next_run_at ?? null,
      last_run_at: run?.last_started_at ?? null,
      last_succeeded_at: run?.last_succeeded_at ?? null,
      last_failed_at: run?.last_failed_at ?? null,
      last_error: run?.last_error ?? null,
      runs: Number(run?.runs ?? 0),
      failures: Number(run?.failures ?? 0),
    }
  })
  return {
    engine: store ? "redis" : "in-memory",
    registration_error: registrationError,
    scheduled_jobs,
  }
}
