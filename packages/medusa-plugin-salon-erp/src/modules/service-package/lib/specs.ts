import type {
  AdjustSessionsInput,
  ExtendPackageInput,
  IssuePackageInput,
  MigratePackageInput,
  OperationSpec,
  RedeemSessionsInput,
  RefundPackageInput,
  ReverseEntryInput,
  StatusChangeInput,
  TransferSessionsInput,
} from "../types"
import { iso } from "./format"
import { toCents } from "./money"
import { validateMigration } from "./validation"

/**
 * Each operation's type and the parameters that define its request: the idempotency key's
 * fingerprint is taken over them, so a key sent again with other parameters is refused.
 */
export const issueSpec = (input: IssuePackageInput): OperationSpec => ({
  ...input,
  type: "sell",
  params: {
    customer_id: input.customer_id,
    template_id: input.template_id,
    source: input.source,
    price_paid: toCents(input.price_paid),
    currency_code: input.currency_code,
    payment_method: input.payment_method ?? null,
    selling_branch_id: input.selling_branch_id ?? null,
    sold_by_staff_member_id: input.sold_by_staff_member_id ?? null,
    order_line_item_id: input.order_line_item_id ?? null,
    items: input.items.map((item) => [item.salon_service_id, item.sessions]),
  },
})

/** Checks a carried-over package and states its operation (the same for one or many). */
export function migrationSpec(input: MigratePackageInput): OperationSpec {
  validateMigration(input)
  return {
    ...input,
    type: "migrate",
    params: {
      customer_id: input.customer_id,
      template_id: input.template_id,
      price_paid: toCents(input.price_paid),
      currency_code: input.currency_code,
      purchased_at: new Date(input.purchased_at).toISOString(),
      expires_at: new Date(input.expires_at).toISOString(),
      items: input.items.map((item) => [item.salon_service_id, item.sessions, item.remaining]),
    },
  }
}

export const redeemSpec = (input: RedeemSessionsInput, quantity: number): OperationSpec => ({
  ...input,
  type: "redeem",
  params: {
    package_id: input.package_id,
    package_item_id: input.package_item_id ?? null,
    salon_service_id: input.salon_service_id ?? null,
    quantity,
    branch_id: input.branch_id,
    staff_member_id: input.staff_member_id,
    appointment_id: input.appointment_id ?? null,
    appointment_item_id: input.appointment_item_id ?? null,
  },
})

export const reverseSpec = (input: ReverseEntryInput): OperationSpec => ({
  ...input,
  type: "reverse",
  params: { package_id: input.package_id, entry_id: input.entry_id, reason: input.reason },
})

export const adjustSpec = (input: AdjustSessionsInput): OperationSpec => ({
  ...input,
  type: "adjust",
  params: {
    package_id: input.package_id,
    package_item_id: input.package_item_id,
    quantity: input.quantity,
    reason: input.reason,
  },
})

/** Expiring is a system operation, once per package and expiry date. */
export const expireSpec = (packageId: string, expiresAt: Date): OperationSpec => ({
  idempotency_key: `expire:${packageId}:${iso(expiresAt)}`,
  key_scope: "system",
  author_type: "system",
  type: "expire",
  params: { package_id: packageId, expires_at: iso(expiresAt) },
})

export const refundSpec = (input: RefundPackageInput): OperationSpec => ({
  ...input,
  type: "refund",
  params: { package_id: input.package_id, refund_method: input.refund_method },
})

export const statusChangeSpec = (
  input: StatusChangeInput,
  type: "freeze" | "unfreeze"
): OperationSpec => ({
  ...input,
  type,
  params: { package_id: input.package_id, reason: input.reason },
})

export const extendSpec = (input: ExtendPackageInput, expiresAt: Date): OperationSpec => ({
  ...input,
  type: "extend",
  params: { package_id: input.package_id, expires_at: iso(expiresAt), reason: input.reason },
})

export const transferSpec = (input: TransferSessionsInput): OperationSpec => ({
  ...input,
  type: "transfer",
  params: {
    package_id: input.package_id,
    to_customer_id: input.to_customer_id,
    items: (input.items ?? []).map((item) => [item.package_item_id, item.quantity]),
  },
})

/** Undoing an operation is a system operation, once per operation. */
export const compensationSpec = (operationId: string): OperationSpec => ({
  idempotency_key: `compensate:${operationId}`,
  key_scope: "system",
  author_type: "system",
  type: "void",
  params: { operation_id: operationId },
})

/** Settling a reservation is a system operation (or the user's), once per reservation and type. */
export const settlementSpec = (
  reservationId: string,
  type: "redeem" | "forfeit" | "expire",
  context: { author_id?: string | null; reason?: string | null }
): OperationSpec => ({
  idempotency_key: `reservation:${reservationId}:${type}`,
  key_scope: "system",
  author_type: context.author_id ? "user" : "system",
  author_id: context.author_id ?? null,
  reason: context.reason ?? null,
  type: type === "expire" ? "expire" : type,
  params: { reservation_id: reservationId },
})
