import { z } from "@medusajs/framework/zod"
import { DEAD_LETTER_STATUSES } from "../../../../modules/operations/lib/constants"

export const AdminGetDeadLettersParams = z
  .object({
    status: z
      .enum(DEAD_LETTER_STATUSES, {
        message: `status must be one of ${DEAD_LETTER_STATUSES.join(", ")}`,
      })
      .optional(),
    limit: z.coerce.number().int().min(1).max(200, "limit is at most 200").default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminGetDeadLettersParamsType = z.infer<typeof AdminGetDeadLettersParams>

/** A replay takes no input: the dead letter keeps the event it failed on. */
export const AdminReplayDeadLetter = z.object({}).strict()
