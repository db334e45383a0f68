import { z } from "@medusajs/framework/zod"
import { Id } from "../../../../utils/validators"

export const SetPackageReservation = z
  .object({
    appointment_item_id: Id("apit", "an appointment item"),
    /** The customer's package to use for that service; null books it without package use. */
    package_id: Id("cpkg", "a customer package").nullable(),
  })
  .strict()
export type SetPackageReservationType = z.infer<typeof SetPackageReservation>
