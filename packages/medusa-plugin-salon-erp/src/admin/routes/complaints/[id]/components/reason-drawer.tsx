import { Drawer, Label, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { DrawerActions } from "../../../../components/forms/drawer-parts"

export const ReasonDrawer = ({
  open,
  onOpenChange,
  title,
  label,
  action,
  onSubmit,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  label: string
  action: string
  onSubmit: (reason: string) => Promise<boolean>
}) => {
  const [reason, setReason] = useState("")
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{title}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-2">
          <Label size="small">{label}</Label>
          <Textarea rows={4} value={reason} onChange={(event) => setReason(event.target.value)} />
        </Drawer.Body>
        <DrawerActions
          disabled={!reason.trim()}
          onClick={async () => {
            if (await onSubmit(reason.trim())) {
              setReason("")
              onOpenChange(false)
            }
          }}
        >
          {action}
        </DrawerActions>
      </Drawer.Content>
    </Drawer>
  )
}
