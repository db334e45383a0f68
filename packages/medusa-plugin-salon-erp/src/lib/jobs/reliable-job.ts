import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type OperationsModuleService from "../../modules/operations/service"
import { recordJobRun as countJobRun } from "../observability/metrics"

/**
 * The operations module's key (`OPERATIONS_MODULE`), written out: importing the module's index
 * here would close a cycle through its scheduled-job watchdog loader, which lists the job files
 * that import this file. A unit test keeps the two equal.
 */
export const OPERATIONS_MODULE_KEY = "salon_operations"

/** Waits before the second and the third try: most failures are a dropped connection or a lock. */
export const JOB_RETRY_DELAYS_MS = [1_000, 5_000]

type JobHandler<Result> = (
  container: MedusaContainer,
  context?: { scheduledFor?: Date }
) => Promise<Result>

const errorText = (error: unknown) =>
  error instanceof Error ? error.message : String(error ?? "unknown error")

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Wraps a scheduled job's handler: a failing run is tried up to twice more in the same process
 * (after ~1 s, then ~5 s), and every run, with its duration and outcome, is recorded in the
 * operations module's job runs and the job metrics. A run that still fails is logged in one line
 * and its error rethrown, so Medusa marks the scheduled workflow failed as well.
 */
export function reliableJob<Result>(
  jobName: string,
  handler: JobHandler<Result>,
  retryDelaysMs: number[] = JOB_RETRY_DELAYS_MS
): JobHandler<Result> {
  return async (container, context) => {
    const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const startedAt = new Date()
    const errors: string[] = []
    for (let attempt = 0; ; attempt++) {
      try {
        const result = await handler(container, context)
        if (errors.length) {
          logger.warn(
            `Scheduled job ${jobName} succeeded on try ${attempt + 1} after: ${errors.join("; ")}`
          )
        }
        await recordRun(container, logger, jobName, startedAt, null)
        return result
      } catch (error) {
        errors.push(errorText(error))
        if (attempt >= retryDelaysMs.length) {
          const ms = Date.now() - startedAt.getTime()
          logger.error(
            `Scheduled job ${jobName} failed ${attempt + 1} tries in ${ms} ms, giving up until its next run: ${errors.join("; ")}`
          )
          await recordRun(container, logger, jobName, startedAt, errors[errors.length - 1])
          throw error
        }
        await sleep(retryDelaysMs[attempt])
      }
    }
  }
}

async function recordRun(
  container: MedusaContainer,
  logger: Logger,
  jobName: string,
  startedAt: Date,
  error: string | null
) {
  const finishedAt = new Date()
  const ok = error === null
  countJobRun(jobName, ok, finishedAt.getTime() - startedAt.getTime())
  try {
    const operations: OperationsModuleService = container.resolve(OPERATIONS_MODULE_KEY)
    await operations.recordJobRun({
      job_name: jobName,
      started_at: startedAt,
      finished_at: finishedAt,
      ok,
      error,
    })
  } catch (recordError) {
    // The job's own work is done (or failed on its own); a lost record must not fail it.
    logger.warn(`Could not record the run of scheduled job ${jobName}: ${errorText(recordError)}`)
  }
}
