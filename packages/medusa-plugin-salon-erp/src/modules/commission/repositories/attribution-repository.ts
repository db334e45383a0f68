import { generateEntityId } from "@medusajs/framework/utils"
import { COMMISSION_ATTRIBUTION_ID_PREFIX } from "../lib/constants"
import type { Knex } from "../lib/db"
import { moneyColumns } from "../lib/money"
import type { AttributionShare, AttributionTarget } from "../types"

/** Replaces the shares of one role on a line; returns the shares it had. */
export async function replaceShares(
  trx: Knex,
  target: AttributionTarget,
  shares: AttributionShare[],
  setBy: string | null
): Promise<AttributionShare[]> {
  const line = { source_line_id: target.source_line_id, role: target.role }
  const previous = (await trx("commission_attribution")
    .select("staff_member_id", "share")
    .where(line)
    .whereNull("deleted_at")) as { staff_member_id: string; share: string }[]
  // Replaced shares are removed outright, not soft-deleted; the caller keeps `previous` to undo.
  await trx("commission_attribution").where(line).delete()
  if (shares.length) {
    await trx("commission_attribution").insert(
      shares.map((share) => ({
        id: generateEntityId(undefined, COMMISSION_ATTRIBUTION_ID_PREFIX),
        ...target,
        staff_member_id: share.staff_member_id,
        ...moneyColumns("share", share.share),
        set_by: setBy,
      }))
    )
  }
  return previous.map((row) => ({ staff_member_id: row.staff_member_id, share: Number(row.share) }))
}
