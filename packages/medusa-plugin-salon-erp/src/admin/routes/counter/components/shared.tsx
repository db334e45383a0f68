import { useMemo, useRef } from "react"
import type { CounterCashEntryKind, CounterCountedTenderKind } from "../../../../types/counter/http"
import { useBranches } from "../../../hooks/api/branches"
import { useUsers } from "../../../hooks/api/core-resources"
import { newIdempotencyKey } from "../../../lib/idempotency"
import { formatMoney } from "../../../lib/stored-value"

/** Re-reads open shifts this often, so the expected cash shown stays current. */
export const LIVE_REFRESH_MS = 15_000

export const CASH_ENTRY_KIND_LABELS: Record<CounterCashEntryKind, string> = {
  opening_float: "Opening float",
  paid_in: "Paid in",
  paid_out: "Paid out",
  correction: "Correction",
  sale: "Sale",
  refund: "Refund",
}

export const TENDER_LABELS: Record<CounterCountedTenderKind, string> = {
  card: "Card",
  wechat_pay: "WeChat Pay",
  alipay: "Alipay",
  bank_transfer: "Bank transfer",
}
export const TENDER_KINDS = Object.keys(TENDER_LABELS) as CounterCountedTenderKind[]

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" })
export const formatInstant = (instant: string | null | undefined) =>
  instant ? dateTime.format(new Date(instant)) : "—"

/** "Over by ¥5.00", "Short by ¥5.00" or "Balanced" for counted − expected. */
export const describeDifference = (difference: number, currency: string) =>
  difference > 0
    ? `Over by ${formatMoney(difference, currency)}`
    : difference < 0
      ? `Short by ${formatMoney(-difference, currency)}`
      : "Balanced"

export const differenceClass = (difference: number) =>
  difference < 0 ? "text-ui-fg-error" : difference > 0 ? "text-ui-tag-orange-text" : ""

/**
 * Branch and admin names for the ids a register or shift carries. `user` is null when the
 * admin is not in the user list, so the screen can leave "by whom" out.
 */
export const useCounterNames = () => {
  const branches = useBranches({ limit: 100, fields: "id,name,is_active" }, { staleTime: 60_000 })
  const users = useUsers()
  return useMemo(() => {
    const branchNames = new Map((branches.data?.branches ?? []).map((b) => [b.id, b.name]))
    const userNames = new Map(
      (users.data?.users ?? []).map((user) => [
        user.id,
        [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email,
      ])
    )
    return {
      branches: branches.data?.branches ?? [],
      branch: (id: string) => branchNames.get(id) ?? (branches.isLoading ? "…" : "Unknown branch"),
      user: (id: string | null | undefined) => (id ? (userNames.get(id) ?? null) : null),
    }
  }, [branches.data, branches.isLoading, users.data])
}

/**
 * One idempotency key per submission: a retry of the same request (same fingerprint) reuses
 * the key, so a request that reached the server but whose answer was lost is not written twice;
 * a changed request gets a new key (the API refuses a key reused for a different request).
 */
export const useSubmissionKey = (prefix: string) => {
  const last = useRef<{ fingerprint: string; key: string } | null>(null)
  return (request: unknown) => {
    const fingerprint = JSON.stringify(request)
    if (last.current?.fingerprint !== fingerprint) {
      last.current = { fingerprint, key: newIdempotencyKey(prefix) }
    }
    return last.current.key
  }
}
