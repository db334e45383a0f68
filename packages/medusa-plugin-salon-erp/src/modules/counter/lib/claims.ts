import type { ClaimedSale } from "../repositories/sale-repository"
import * as errors from "./errors"

/** How long a second submission of a sale or refund waits for the first one to finish. */
export const CLAIM_WAIT_MS = 30_000

/**
 * Claims an idempotency key for a sale or a refund. A new key is claimed at once. A key already
 * used: for another request, 422; for this request and completed, its record (replayed); failed,
 * the record again for a retry (one retry wins the reclaim); still submitting (a double click, a
 * second screen), this waits for the first submission to finish and answers as for its outcome.
 */
export async function claimKey(
  key: string,
  fingerprint: string,
  store: {
    insert: () => Promise<ClaimedSale | null>
    find: () => Promise<ClaimedSale | null>
    reclaimFailed: (id: string) => Promise<boolean>
  }
): Promise<{ id: string; replayed: boolean }> {
  const claimed = await store.insert()
  if (claimed) return { id: claimed.id, replayed: false }
  const deadline = Date.now() + CLAIM_WAIT_MS
  for (;;) {
    const existing = (await store.find())!
    if (existing.fingerprint !== fingerprint)
      throw errors.saleKeyUsedForAnotherRequest(key, existing.id)
    if (existing.status === "completed") return { id: existing.id, replayed: true }
    if (existing.status === "failed" && (await store.reclaimFailed(existing.id)))
      return { id: existing.id, replayed: false }
    if (Date.now() > deadline) throw errors.saleStillSubmitting(existing.id)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
