import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { refetchEntity } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { OperationResult } from "../../../modules/stored-value/types"
import { adminStoredValueAccountFields } from "./query-config"

export async function refetchStoredValueAccount(
  id: string,
  scope: MedusaContainer,
  fields = adminStoredValueAccountFields
) {
  const account = await refetchEntity({
    entity: "stored_value_account",
    idOrFilter: id,
    scope,
    fields,
  })
  if (!account) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Stored value account with id: ${id} was not found`
    )
  }
  return account
}

/** Answers a value-moving request: 201 the first time, 200 with `replayed: true` on a retry. */
export async function respondWithOperation(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  operation: OperationResult
) {
  const stored_value_account = await refetchStoredValueAccount(operation.account_id, req.scope)
  res.status(operation.replayed ? 200 : 201).json({ operation, stored_value_account })
}

/** Filters for ledger lists and exports from validated query parameters. */
export function entryFilters(params: Record<string, unknown>) {
  const { from, to, type, ...rest } = params
  const filters: Record<string, unknown> = { ...rest }
  if (type) filters.type = type
  if (from || to) {
    filters.created_at = {
      ...(from ? { $gte: new Date(from as string) } : {}),
      ...(to ? { $lt: new Date(to as string) } : {}),
    }
  }
  return filters
}
