import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { Metadata, QueryBoolean } from "../../utils/validators"
import { RoomType } from "../rooms/validators"

const Minutes = (name: string, min: number) =>
  z
    .number()
    .int(`${name} is whole minutes`)
    .min(min, `${name} is at least ${min}`)
    .max(24 * 60, `${name} is at most 1440`)

const ServiceFields = {
  name: z.string().trim().min(1, "name is required"),
  description: z.string().max(5000).nullish(),
  category: z.string().max(50).nullish(),
  duration_minutes: Minutes("duration_minutes", 5),
  processing_minutes: Minutes("processing_minutes", 0),
  buffer_after_minutes: Minutes("buffer_after_minutes", 0),
  room_type: RoomType.nullish(),
  revisit_interval_days: z.number().int().min(1).max(3650).nullish(),
  is_bookable_online: z.boolean(),
  is_active: z.boolean(),
  metadata: Metadata,
  staff_member_ids: z.array(z.string()).max(500),
}

export const AdminCreateSalonService = z
  .object({
    ...ServiceFields,
    variant_id: z.string().optional(),
    prices: z
      .array(z.object({ currency_code: z.string().length(3), amount: z.number().min(0) }).strict())
      .min(1)
      .optional(),
    sales_channel_ids: z.array(z.string()).optional(),
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
  q: z.string().optional(),
  category: z.string().optional(),
  is_active: QueryBoolean.optional(),
  is_bookable_online: QueryBoolean.optional(),
})
