import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { PackageEventData, PackageMovementEventData } from "../events"
import type { WorkflowActor } from "./actor"

type Row = Record<string, unknown>

const num = (value: unknown) => (value === null || value === undefined ? 0 : Number(value))
const str = (value: unknown) => (value === null || value === undefined ? null : String(value))
const isoOf = (value: unknown) => new Date(value as string).toISOString()

const ENTRY_FIELDS = [
  "id",
  "type",
  "operation_id",
  "package_id",
  "package_item_id",
  "customer_id",
  "salon_service_id",
  "quantity",
  "remaining_after",
  "value",
  "session_value",
  "currency_code",
  "branch_id",
  "staff_member_id",
  "appointment_id",
  "appointment_item_id",
  "reservation_id",
  "order_id",
  "order_line_item_id",
  "related_package_id",
  "reverses_entry_id",
  "reason",
  "author_type",
  "author_id",
  "created_at",
  "package_item.service_name",
]

const PACKAGE_FIELDS = [
  "id",
  "display_id",
  "customer_id",
  "template_id",
  "name",
  "status",
  "source",
  "currency_code",
  "price_paid",
  "payment_method",
  "selling_branch_id",
  "sold_by_staff_member_id",
  "sold_by_user_id",
  "order_id",
  "order_line_item_id",
  "purchased_at",
  "expires_at",
  "items.id",
  "items.position",
  "items.salon_service_id",
  "items.service_name",
  "items.total_sessions",
  "items.remaining",
  "items.reserved",
  "items.allocated_amount",
  "items.value_remaining",
]

/** Ledger entries as event payloads, in two queries however many entries. */
export async function loadMovements(
  container: MedusaContainer,
  entryIds: string[],
  designated: Record<string, boolean> = {}
): Promise<PackageMovementEventData[]> {
  if (!entryIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: entries } = await query.graph({
    entity: "package_ledger_entry",
    fields: ENTRY_FIELDS,
    filters: { id: entryIds },
  })
  const packageIds = [...new Set(entries.map((entry: Row) => entry.package_id as string))]
  const { data: packages } = await query.graph({
    entity: "customer_package",
    fields: [
      "id",
      "display_id",
      "template_id",
      "name",
      "selling_branch_id",
      "sold_by_staff_member_id",
    ],
    filters: { id: packageIds },
  })
  const byId = new Map(packages.map((pkg: Row) => [pkg.id as string, pkg]))
  return (entries as Row[])
    .sort((a, b) => String(a.id).localeCompare(String(b.id)))
    .map((entry) => {
      const pkg = (byId.get(entry.package_id as string) ?? {}) as Row
      const appointmentItemId = str(entry.appointment_item_id)
      return {
        id: entry.id as string,
        type: entry.type as string,
        operation_id: entry.operation_id as string,
        package_id: entry.package_id as string,
        package_display_id: num(pkg.display_id),
        package_item_id: entry.package_item_id as string,
        template_id: str(pkg.template_id),
        package_name: String(pkg.name ?? ""),
        customer_id: entry.customer_id as string,
        salon_service_id: entry.salon_service_id as string,
        service_name: String((entry.package_item as Row | undefined)?.service_name ?? ""),
        quantity: num(entry.quantity),
        sessions: Math.abs(num(entry.quantity)),
        value: num(entry.value),
        session_value: num(entry.session_value),
        currency_code: entry.currency_code as string,
        remaining_after: num(entry.remaining_after),
        branch_id: str(entry.branch_id),
        staff_member_id: str(entry.staff_member_id),
        selling_branch_id: str(pkg.selling_branch_id),
        sold_by_staff_member_id: str(pkg.sold_by_staff_member_id),
        appointment_id: str(entry.appointment_id),
        appointment_item_id: appointmentItemId,
        reservation_id: str(entry.reservation_id),
        is_designated:
          appointmentItemId && appointmentItemId in designated
            ? designated[appointmentItemId]
            : null,
        order_id: str(entry.order_id),
        order_line_item_id: str(entry.order_line_item_id),
        related_package_id: str(entry.related_package_id),
        reverses_entry_id: str(entry.reverses_entry_id),
        reason: str(entry.reason),
        author_type: entry.author_type as string,
        author_id: str(entry.author_id),
        created_at: isoOf(entry.created_at),
      }
    })
}

/** Packages as event payloads, each with the entries the operation wrote on it. */
export async function loadPackageEvents(
  container: MedusaContainer,
  operations: { package_id: string; operation_id: string; entry_ids: string[] }[],
  actor: WorkflowActor,
  extra: Partial<PackageEventData> = {}
): Promise<PackageEventData[]> {
  if (!operations.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: packages } = await query.graph({
    entity: "customer_package",
    fields: PACKAGE_FIELDS,
    filters: { id: operations.map((operation) => operation.package_id) },
  })
  const movements = await loadMovements(
    container,
    operations.flatMap((operation) => operation.entry_ids)
  )
  return operations.flatMap((operation) => {
    const pkg = (packages as Row[]).find((candidate) => candidate.id === operation.package_id)
    if (!pkg) return []
    const items = [...((pkg.items as Row[]) ?? [])].sort(
      (a, b) => num(a.position) - num(b.position)
    )
    return [
      {
        id: pkg.id as string,
        display_id: num(pkg.display_id),
        customer_id: pkg.customer_id as string,
        template_id: str(pkg.template_id),
        name: pkg.name as string,
        status: pkg.status as string,
        source: pkg.source as string,
        currency_code: pkg.currency_code as string,
        price_paid: num(pkg.price_paid),
        payment_method: str(pkg.payment_method),
        selling_branch_id: str(pkg.selling_branch_id),
        sold_by_staff_member_id: str(pkg.sold_by_staff_member_id),
        sold_by_user_id: str(pkg.sold_by_user_id),
        order_id: str(pkg.order_id),
        order_line_item_id: str(pkg.order_line_item_id),
        purchased_at: isoOf(pkg.purchased_at),
        expires_at: isoOf(pkg.expires_at),
        operation_id: operation.operation_id,
        items: items.map((item) => ({
          id: item.id as string,
          salon_service_id: item.salon_service_id as string,
          service_name: item.service_name as string,
          total_sessions: num(item.total_sessions),
          remaining: num(item.remaining),
          reserved: num(item.reserved),
          allocated_amount: num(item.allocated_amount),
          value_remaining: num(item.value_remaining),
        })),
        entries: movements.filter((movement) => operation.entry_ids.includes(movement.id)),
        actor_type: actor.actor_type,
        actor_id: actor.actor_id ?? null,
        ...extra,
      },
    ]
  })
}
