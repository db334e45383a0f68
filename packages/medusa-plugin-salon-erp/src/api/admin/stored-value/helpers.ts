import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { refetchEntity } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { OperationResult, StoredValueAccountState } from "../../../modules/stored-value/types"
import type {
  StoredValueAccount,
  StoredValueOperationResponse,
} from "../../../types/stored-value/http"
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

/**
 * Answers a value-moving request: 201 the first time, 200 with `replayed: true` on a retry.
 * `stored_value_account` is the account as the operation's own write left it (its own fields,
 * no second read); `?fields=` asks for more (e.g. `+bonus_lots.*,+customer.*`) and refetches.
 */
export async function respondWithOperation(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<StoredValueOperationResponse>,
  result: OperationResult
) {
  const { account, ...operation } = result
  const stored_value_account = req.query?.fields
    ? await refetchStoredValueAccount(account.id, req.scope, req.queryConfig?.fields)
    : accountAsResponse(account)
  res.status(result.replayed ? 200 : 201).json({ operation, stored_value_account })
}

/** An account's own fields as the account's GET answers them (balances as numbers). */
function accountAsResponse(account: StoredValueAccountState): StoredValueAccount {
  const iso = (value: Date | string | null) =>
    value === null ? null : new Date(value).toISOString()
  return {
    ...account,
    principal_balance: Number(account.principal_balance),
    bonus_balance: Number(account.bonus_balance),
    closed_at: iso(account.closed_at),
    created_at: iso(account.created_at)!,
    updated_at: iso(account.updated_at)!,
  }
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
