import { Label, Switch } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A bordered on/off setting: the switch, its label and what it means. */
export const SwitchCard = ({
  id,
  label,
  description,
  checked,
  onCheckedChange,
}: {
  id: string
  label: string
  description: ReactNode
  checked: boolean
  onCheckedChange: (checked: boolean) => void
}) => (
  <div className="flex items-start gap-x-3 rounded-md border p-3">
    <Switch className="shrink-0" id={id} checked={checked} onCheckedChange={onCheckedChange} />
    <div>
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      <p className="txt-small text-ui-fg-subtle">{description}</p>
    </div>
  </div>
)
