import { z } from "@medusajs/framework/zod"

/** The scheduled-jobs check takes no parameters. */
export const AdminGetScheduledJobsParams = z.object({}).strict()
