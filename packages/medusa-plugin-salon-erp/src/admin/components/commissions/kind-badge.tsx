import { Badge, Tooltip } from "@medusajs/ui"
import { KIND_META, kindLabel } from "../../lib/commissions"
import type { CommissionEntryKind } from "../../../types/commissions/http"

/** A kind of earning as a small coloured badge, explained on hover. */
export const CommissionKindBadge = ({ kind }: { kind: string }) => {
  const meta = KIND_META[kind as CommissionEntryKind]
  const badge = (
    <Badge size="2xsmall" color={meta?.color ?? "grey"} className="whitespace-nowrap">
      {kindLabel(kind)}
    </Badge>
  )
  if (!meta) return badge
  return (
    <Tooltip content={meta.description}>
      <span className="inline-flex">{badge}</span>
    </Tooltip>
  )
}
