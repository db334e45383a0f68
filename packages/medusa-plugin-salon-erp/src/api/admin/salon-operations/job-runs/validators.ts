import { z } from "@medusajs/framework/zod"

/** The job runs list takes no parameters (one row per job). */
export const AdminGetJobRunsParams = z.object({}).strict()
