import { config as checkComplaintSlas } from "../../jobs/check-complaint-slas"
import { config as closeResolvedComplaints } from "../../jobs/close-resolved-complaints"
import { config as expireAppointmentHolds } from "../../jobs/expire-appointment-holds"
import { config as expireServicePackages } from "../../jobs/expire-service-packages"
import { config as expireStoredValueBonus } from "../../jobs/expire-stored-value-bonus"
import { config as expireStoredValueHolds } from "../../jobs/expire-stored-value-holds"
import { config as purgeClientImportFiles } from "../../jobs/purge-client-import-files"
import { config as recomputeClientTags } from "../../jobs/recompute-client-tags"
import { config as relayOutboxEvents } from "../../jobs/relay-outbox-events"
import { config as resumeClientImports } from "../../jobs/resume-client-imports"
import { config as retryDeadLetters } from "../../jobs/retry-dead-letters"
import { config as sendAppointmentReminders } from "../../jobs/send-appointment-reminders"
import { config as sendPackageExpiryReminders } from "../../jobs/send-package-expiry-reminders"

/** A scheduled job of the plugin: its name and a cron pattern or an interval in milliseconds. */
export type PluginJob = {
  name: string
  schedule: string | { interval: number }
}

/**
 * Every job in src/jobs, taken from the files' own `config` so names and schedules never drift
 * (a unit test checks that no job file is missing here). Server processes load no jobs, so the
 * scheduled-jobs endpoint and the watchdog read the list from here.
 */
export const PLUGIN_JOBS: PluginJob[] = [
  expireAppointmentHolds,
  relayOutboxEvents,
  retryDeadLetters,
  resumeClientImports,
  expireStoredValueHolds,
  checkComplaintSlas,
  sendAppointmentReminders,
  expireServicePackages,
  expireStoredValueBonus,
  closeResolvedComplaints,
  sendPackageExpiryReminders,
  recomputeClientTags,
  purgeClientImportFiles,
].map(({ name, schedule }) => ({ name, schedule }))

/** Medusa's job loader turns each job into a scheduled workflow with this id. */
export function jobWorkflowId(jobName: string): string {
  return `job-${jobName}`
}
