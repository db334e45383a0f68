import { createHash } from "node:crypto"
import type {
  OpenCounterShiftInput,
  RecordCounterCashEntryInput,
  RecordCounterShiftCorrectionInput,
} from "../types"
import { canonical } from "./money"

/** JSON with sorted keys, so a request's fingerprint does not depend on the order of its fields. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(",")}}`
  }
  return JSON.stringify(value)
}

/** What a keyed request means, hashed: the same key sent with another meaning is refused. */
export function fingerprintOf(request: Record<string, unknown>): string {
  return createHash("sha256").update(stableJson(request)).digest("hex")
}

export function openShift({ register_id, opening_float }: OpenCounterShiftInput): string {
  return fingerprintOf({
    action: "open_shift",
    register_id,
    opening_float: canonical(opening_float),
  })
}

export function cashEntry({ shift_id, kind, amount, reason }: RecordCounterCashEntryInput): string {
  return fingerprintOf({ action: "cash_entry", shift_id, kind, amount: canonical(amount), reason })
}

export function correction({
  shift_id,
  amount,
  reason,
}: RecordCounterShiftCorrectionInput): string {
  return fingerprintOf({ action: "correction", shift_id, amount: canonical(amount), reason })
}
