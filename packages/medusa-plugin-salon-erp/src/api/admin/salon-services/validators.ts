import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { Id, MoneyAmount, Metadata, QueryBoolean, Text } from "../../utils/validators"
import { RoomType } from "../rooms/validators"

/** The highest price a service takes, in the currency's major unit. */
export const SERVICE_PRICE_LIMIT = 1_000_000

const Minutes = (name: string, min: number) =>
  z
    .number()
    .int(`${name} is whole minutes`)
    .min(min, `${name} is at least ${min}`)
    .max(24 * 60, `${name} is at most 1440`)

const ServiceFields = {
  name: Text("name"),
  description: Text("note", { min: 0 }).nullish(),
  category: Text("name").max(50, "must be at most 50 characters").nullish(),
  duration_minutes: Minutes("duration_minutes", 5),
  processing_minutes: Minutes("processing_minutes", 0),
  buffer_after_minutes: Minutes("buffer_after_minutes", 0),
  room_type: RoomType.nullish(),
  revisit_interval_days: z.number().int().min(1).max(3650).nullish(),
  is_bookable_online: z.boolean(),
  is_active: z.boolean(),
  metadata: Metadata,
  staff_member_ids: z.array(Id("stf", "a staff member")).max(500),
}

export const AdminCreateSalonService = z
  .object({
    ...ServiceFields,
    variant_id: Id("variant", "a product variant").optional(),
    prices: z
      .array(
        z
          .object({
            currency_code: z
              .string()
              .regex(/^[A-Za-z]{3}$/, 'must be a three-letter currency code, e.g. "cny"')
              .transform((code) => code.toLowerCase()),
            amount: MoneyAmount({ allowZero: true, max: SERVICE_PRICE_LIMIT }).transform(Number),
          })
          .strict()
      )
      .min(1)
      .max(20)
      .optional(),
    sales_channel_ids: z.array(Id("sc", "a sales channel")).max(50).optional(),
  })
  .partial({
    processing_minutes: true,
    buffer_after_minutes: true,
    is_bookable_online: true,
    is_active: true,
    staff_member_ids: true,
  })
  .strict()
  .superRefine((body, ctx) => {
    if (!body.variant_id === !body.prices) {
      ctx.addIssue({
        code: "custom",
        path: ["variant_id"],
        message:
          "give either variant_id (sell it as an existing product variant) or prices (create a product for it)",
      })
    }
  })
export type AdminCreateSalonServiceType = z.infer<typeof AdminCreateSalonService>

export const AdminUpdateSalonService = z.object(ServiceFields).partial().strict()
export type AdminUpdateSalonServiceType = z.infer<typeof AdminUpdateSalonService>

export const AdminGetSalonServiceParams = createSelectParams()
export const AdminGetSalonServicesParams = createFindParams({
  limit: 100,
  offset: 0,
  order: "name",
}).extend({
  q: Text("name", { min: 0 }).optional(),
  category: Text("name").optional(),
  is_active: QueryBoolean.optional(),
  is_bookable_online: QueryBoolean.optional(),
})
