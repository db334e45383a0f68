import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { PAYMENT_METHODS, REFUND_METHODS } from "../../../modules/service-package/types"
import { DateTime, IdList, Metadata } from "../../utils/validators"

const IdempotencyKey = z.string().trim().min(1).max(200).optional()
const Reason = z.string().trim().min(1, "a reason is required").max(500)

export const AdminSellServicePackage = z
  .object({
    customer_id: z.string().min(1),
    template_id: z.string().min(1),
    /** The branch selling it (where a branch-only package may be used). */
    branch_id: z.string().min(1),
    /** Who sold it (commissions on sales). */
    sold_by_staff_member_id: z.string().min(1),
    payment_method: z.enum(PAYMENT_METHODS),
    /** Major units; defaults to the template's price. */
    amount_paid: z.number().min(0, "amount_paid cannot be negative").optional(),
    idempotency_key: IdempotencyKey,
    metadata: Metadata,
  })
  .strict()
export type AdminSellServicePackageType = z.infer<typeof AdminSellServicePackage>

export const AdminRedeemSessions = z
  .object({
    salon_service_id: z.string().min(1).optional(),
    package_item_id: z.string().min(1).optional(),
    quantity: z.number().int("quantity is a whole number").min(1).max(20).optional(),
    branch_id: z.string().min(1),
    /** Who performed the service. */
    staff_member_id: z.string().min(1, "staff_member_id (who performed the service) is required"),
    appointment_id: z.string().optional(),
    reason: z.string().max(500).nullish(),
    idempotency_key: IdempotencyKey,
  })
  .strict()
  .superRefine((body, ctx) => {
    if (!body.salon_service_id === !body.package_item_id) {
      ctx.addIssue({
        code: "custom",
        path: ["salon_service_id"],
        message: "give the salon_service_id (or the package_item_id) to redeem",
      })
    }
  })
export type AdminRedeemSessionsType = z.infer<typeof AdminRedeemSessions>

export const AdminAdjustSessions = z
  .object({
    package_item_id: z.string().min(1),
    quantity: z
      .number()
      .int("quantity is a whole number")
      .min(-100)
      .max(100)
      .refine((value) => value !== 0, "quantity cannot be 0"),
    reason: Reason,
    branch_id: z.string().optional(),
    idempotency_key: IdempotencyKey,
  })
  .strict()
export type AdminAdjustSessionsType = z.infer<typeof AdminAdjustSessions>

export const AdminReverseEntry = z
  .object({ reason: Reason, idempotency_key: IdempotencyKey })
  .strict()
export type AdminReverseEntryType = z.infer<typeof AdminReverseEntry>

export const AdminRefundPackage = z
  .object({
    refund_method: z.enum(REFUND_METHODS),
    reason: z.string().max(500).nullish(),
    branch_id: z.string().optional(),
    idempotency_key: IdempotencyKey,
  })
  .strict()
export type AdminRefundPackageType = z.infer<typeof AdminRefundPackage>

export const AdminChangePackageStatus = z
  .object({ reason: Reason, idempotency_key: IdempotencyKey })
  .strict()
export type AdminChangePackageStatusType = z.infer<typeof AdminChangePackageStatus>

export const AdminExtendPackage = z
  .object({ expires_at: DateTime, reason: Reason, idempotency_key: IdempotencyKey })
  .strict()
export type AdminExtendPackageType = z.infer<typeof AdminExtendPackage>

export const AdminTransferSessions = z
  .object({
    to_customer_id: z.string().min(1),
    items: z
      .array(
        z
          .object({
            package_item_id: z.string().min(1),
            quantity: z.number().int().min(1),
          })
          .strict()
      )
      .min(1)
      .optional(),
    reason: Reason,
    idempotency_key: IdempotencyKey,
  })
  .strict()
export type AdminTransferSessionsType = z.infer<typeof AdminTransferSessions>

/**
 * `GET /admin/service-packages/:id` also matches `/admin/service-packages/reconciliation` (both
 * middlewares run), so the detail parameters accept the reconciliation's `package_id` too.
 */
export const AdminGetServicePackageParams = createSelectParams().extend({
  package_id: z.string().optional(),
})
export const AdminGetServicePackagesParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "-purchased_at",
}).extend({
  customer_id: z.string().optional(),
  template_id: z.string().optional(),
  status: IdList.optional(),
  q: z.string().optional(),
})

export const AdminGetPackageEntriesParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "-created_at",
}).extend({ type: IdList.optional() })

export const AdminGetPackageOperationsParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "-created_at",
})

export const AdminReconciliationParams = z.object({ package_id: z.string().optional() }).strict()
