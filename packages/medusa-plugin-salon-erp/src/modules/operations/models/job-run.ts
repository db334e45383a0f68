import { model } from "@medusajs/framework/utils"

/** The run history of one scheduled job, as counters and the latest times. */
export const SalonJobRun = model
  .define("salon_job_run", {
    id: model.id({ prefix: "sjr" }).primaryKey(),
    job_name: model.text(),
    last_started_at: model.dateTime().nullable(),
    last_finished_at: model.dateTime().nullable(),
    last_succeeded_at: model.dateTime().nullable(),
    last_failed_at: model.dateTime().nullable(),
    /** The error of the latest failed run (kept after later successes). */
    last_error: model.text().nullable(),
    runs: model.number().default(0),
    failures: model.number().default(0),
  })
  .indexes([{ on: ["job_name"], unique: true }])
