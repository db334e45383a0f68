import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { refetchEntity } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { idempotencyKeyOf, idempotencyKeyOrRandom } from "../../utils/idempotency"

type PackageItem = {
  position?: number
  total_sessions?: number
  remaining?: number
  reserved?: number
} | null

/** A package with its items in order and its session totals. */
export function withSessionTotals<T extends { items?: PackageItem[] | null }>(pkg: T) {
  const items = [...(pkg.items ?? [])].sort((a, b) => (a?.position ?? 0) - (b?.position ?? 0))
  const sum = (key: "total_sessions" | "remaining" | "reserved") =>
    items.some((item) => item && typeof item[key] === "number")
      ? items.reduce((total, item) => total + (item?.[key] ?? 0), 0)
      : undefined
  return {
    ...pkg,
    items,
    total_sessions: sum("total_sessions"),
    remaining_sessions: sum("remaining"),
    reserved_sessions: sum("reserved"),
  }
}

/** The package with the client's fields; 404 when missing or (for customers) not theirs. */
export async function refetchServicePackage(
  id: string,
  scope: MedusaContainer,
  fields: string[],
  customerId?: string
) {
  const pkg = await refetchEntity({
    entity: "customer_package",
    idOrFilter: customerId ? { id, customer_id: customerId } : id,
    scope,
    fields,
  })
  if (!pkg) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Service package with id: ${id} was not found`
    )
  }
  return withSessionTotals(pkg)
}

/** Ledger entries by id, newest last, with the fields the client asked for. */
export async function refetchEntries(ids: string[], scope: MedusaContainer, fields: string[]) {
  if (!ids.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "package_ledger_entry",
    fields,
    filters: { id: ids },
  })
  return [...data].sort((a, b) => String(a.id).localeCompare(String(b.id)))
}

/** The idempotency key value-moving requests must carry (header or body). */
export function requireIdempotencyKey(
  req: AuthenticatedMedusaRequest,
  body?: { idempotency_key?: string | null }
): string {
  const key = idempotencyKeyOf(req, body)
  if (!key) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "An Idempotency-Key header (or idempotency_key in the body) is required: retrying with the same key never moves sessions twice"
    )
  }
  return key
}

/** A key for operations that move no value when the client gave none (freeze, extend, …). */
export function idempotencyKeyOrNew(
  req: AuthenticatedMedusaRequest,
  body: { idempotency_key?: string | null },
  label: string
): string {
  return idempotencyKeyOrRandom(req, body, `${label}:${req.params.id}`)
}

export const userActor = (req: AuthenticatedMedusaRequest) => ({
  actor_type: "user" as const,
  actor_id: req.auth_context.actor_id,
})
