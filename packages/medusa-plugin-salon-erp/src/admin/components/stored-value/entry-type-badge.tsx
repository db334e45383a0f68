import { Badge } from "@medusajs/ui"
import { ENTRY_TYPE_META } from "../../lib/stored-value"
import type { StoredValueEntryType } from "../../../types/stored-value/http"

/** A ledger entry's type as a coloured badge ("Top-up", "Spend", "Card canceled" …). */
export const EntryTypeBadge = ({ type }: { type: StoredValueEntryType | string }) => {
  const meta = ENTRY_TYPE_META[type as StoredValueEntryType]
  return (
    <Badge size="2xsmall" color={meta?.color ?? "grey"} className="whitespace-nowrap">
      {meta?.label ?? type.replace(/_/g, " ")}
    </Badge>
  )
}
