import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { PAYMENT_METHODS, REFUND_METHODS } from "../../../modules/service-package/types"
import {
  Id,
  IdList,
  IdempotencyKeyText,
  Instant,
  MEDUSA_ID_PREFIXES,
  Metadata,
  MoneyAmount,
  Quantity,
  Text,
} from "../../utils/validators"

const IdempotencyKey = IdempotencyKeyText.optional()
const Reason = Text("reason")
const CustomerId = Id(MEDUSA_ID_PREFIXES.customer, "a customer")
const BranchId = Id("brch", "a branch")
const StaffMemberId = Id("stf", "a staff member")
const PackageItemId = Id("cpki", "a package item")

export const AdminSellServicePackage = z
  .object({
    customer_id: CustomerId,
    template_id: Id("pkgt", "a package template"),
    /** The branch selling it (where a branch-only package may be used). */
    branch_id: BranchId,
    /** Who sold it (commissions on sales). */
    sold_by_staff_member_id: StaffMemberId,
    payment_method: z.enum(PAYMENT_METHODS),
    /** Major units; defaults to the template's price. */
    amount_paid: MoneyAmount({ allowZero: true }).transform(Number).optional(),
    idempotency_key: IdempotencyKey,
    metadata: Metadata,
  })
  .strict()
export type AdminSellServicePackageType = z.infer<typeof AdminSellServicePackage>

export const AdminRedeemSessions = z
  .object({
    salon_service_id: Id("svc", "a salon service").optional(),
    package_item_id: PackageItemId.optional(),
    quantity: Quantity({ min: 1, max: 20 }).optional(),
    branch_id: BranchId,
    /** Who performed the service. */
    staff_member_id: StaffMemberId,
    appointment_id: Id("appt", "an appointment").optional(),
    reason: Text("reason", { min: 0 }).nullish(),
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
    package_item_id: PackageItemId,
    quantity: Quantity({ min: -100, max: 100 }).refine(
      (value) => value !== 0,
      "quantity cannot be 0"
    ),
    reason: Reason,
    branch_id: BranchId.optional(),
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
    reason: Text("reason", { min: 0 }).nullish(),
    branch_id: BranchId.optional(),
    idempotency_key: IdempotencyKey,
  })
  .strict()
export type AdminRefundPackageType = z.infer<typeof AdminRefundPackage>

export const AdminChangePackageStatus = z
  .object({ reason: Reason, idempotency_key: IdempotencyKey })
  .strict()
export type AdminChangePackageStatusType = z.infer<typeof AdminChangePackageStatus>

export const AdminExtendPackage = z
  .object({ expires_at: Instant, reason: Reason, idempotency_key: IdempotencyKey })
  .strict()
export type AdminExtendPackageType = z.infer<typeof AdminExtendPackage>

export const AdminTransferSessions = z
  .object({
    to_customer_id: CustomerId,
    items: z
      .array(
        z
          .object({
            package_item_id: PackageItemId,
            quantity: Quantity({ min: 1, max: 1000 }),
          })
          .strict()
      )
      .min(1)
      .max(20)
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
  package_id: Text("key").optional(),
})
export const AdminGetServicePackagesParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "-purchased_at",
}).extend({
  customer_id: Text("key").optional(),
  template_id: Text("key").optional(),
  status: IdList.optional(),
  q: Text("name", { min: 0 }).optional(),
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

export const AdminReconciliationParams = z.object({ package_id: Text("key").optional() }).strict()
