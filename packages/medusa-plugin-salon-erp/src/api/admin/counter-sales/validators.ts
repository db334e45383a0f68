import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import {
  Id,
  IdempotencyKeyText,
  MEDUSA_ID_PREFIXES,
  MoneyAmount,
  Quantity,
  Text,
} from "../../utils/validators"
import { TENDER_KINDS } from "../../../modules/counter/lib/constants"
import type { AdminCreateCounterSaleRequest } from "../../../types/counter/sales"

const StaffMemberId = Id("stf", "a staff member")
const VariantId = Id(MEDUSA_ID_PREFIXES.variant, "a product variant")
const Price = MoneyAmount({ allowZero: true })

const ServiceLine = z
  .object({
    type: z.literal("service"),
    appointment_item_id: Id("apit", "an appointment item"),
    unit_price: Price.optional(),
    package_id: Id("cpkg", "a client package").optional(),
    staff_member_id: StaffMemberId.optional(),
  })
  .strict()

const ProductLine = z
  .object({
    type: z.literal("product"),
    variant_id: VariantId.optional(),
    sku: Text("code", { max: 100 }).optional(),
    barcode: Text("code", { max: 100 }).optional(),
    quantity: Quantity({ max: 1000 }),
    unit_price: Price.optional(),
    staff_member_id: StaffMemberId.optional(),
  })
  .strict()
  .refine((line) => !!(line.variant_id || line.sku || line.barcode), {
    message: "give the product's variant_id, sku or barcode",
    path: ["variant_id"],
  })

const PackageOrTopUpLine = z
  .object({
    type: z.enum(["package", "top_up"]),
    variant_id: VariantId,
    quantity: Quantity({ max: 100 }).optional(),
    staff_member_id: StaffMemberId.optional(),
  })
  .strict()

const TipLine = z
  .object({
    type: z.literal("tip"),
    amount: MoneyAmount({ max: 100_000 }),
    staff_member_id: StaffMemberId,
  })
  .strict()

const Line = z.discriminatedUnion("type", [ServiceLine, ProductLine, PackageOrTopUpLine, TipLine], {
  message: "type must be one of service, product, package, top_up, tip",
})

const Tender = z
  .object({
    kind: z.enum(TENDER_KINDS, { message: `kind must be one of ${TENDER_KINDS.join(", ")}` }),
    amount: MoneyAmount(),
    tendered: MoneyAmount().optional(),
    reference: Text("name", { max: 200 }).optional(),
  })
  .strict()

export const AdminCreateCounterSale = z
  .object({
    shift_id: Id("cshf", "a counter shift"),
    customer_id: Id(MEDUSA_ID_PREFIXES.customer, "a customer").optional(),
    lines: z.array(Line).min(1, "add at least one line").max(100, "at most 100 lines"),
    tenders: z.array(Tender).max(10, "at most 10 tenders"),
    promo_codes: z
      .array(Text("code", { max: 100 }))
      .max(10)
      .optional(),
    manual_discount: z
      .object({ amount: MoneyAmount(), reason: Text("reason", { max: 500 }) })
      .strict()
      .optional(),
    idempotency_key: IdempotencyKeyText.optional(),
  })
  .strict()
export type AdminCreateCounterSaleType = z.infer<typeof AdminCreateCounterSale> &
  AdminCreateCounterSaleRequest

export const AdminGetCounterSalesParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "-created_at",
}).extend({
  shift_id: Id("cshf", "a counter shift").optional(),
  branch_id: Id("brch", "a branch").optional(),
  customer_id: Id(MEDUSA_ID_PREFIXES.customer, "a customer").optional(),
  order_id: Id(MEDUSA_ID_PREFIXES.order, "an order").optional(),
  business_date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date, YYYY-MM-DD")
    .optional(),
  status: z.enum(["submitting", "completed", "failed"]).optional(),
})

export const AdminRefundCounterSale = z
  .object({
    lines: z
      .array(
        z
          .object({
            line_id: Id("csln", "a counter sale line"),
            quantity: Quantity({ max: 1000 }).optional(),
          })
          .strict()
      )
      .min(1, "choose at least one line")
      .max(100)
      .refine(
        (lines) => new Set(lines.map((line) => line.line_id)).size === lines.length,
        "a line is listed twice; give each line once with its quantity"
      ),
    reason: Text("reason", { max: 500 }),
    staff_member_id: StaffMemberId,
    shift_id: Id("cshf", "a counter shift").optional(),
    idempotency_key: IdempotencyKeyText.optional(),
  })
  .strict()
export type AdminRefundCounterSaleType = z.infer<typeof AdminRefundCounterSale>

export const AdminVoidCounterSale = z
  .object({
    reason: Text("reason", { max: 500 }),
    staff_member_id: StaffMemberId,
    shift_id: Id("cshf", "a counter shift").optional(),
    idempotency_key: IdempotencyKeyText.optional(),
  })
  .strict()
export type AdminVoidCounterSaleType = z.infer<typeof AdminVoidCounterSale>
