import { z } from "@medusajs/framework/zod"

export const SetPackageReservation = z
  .object({
    appointment_item_id: z.string().min(1, "appointment_item_id is required"),
    /** The customer's package to use for that service; null books it without package use. */
    package_id: z.string().min(1).nullable(),
  })
  .strict()
export type SetPackageReservationType = z.infer<typeof SetPackageReservation>
