import { Plus, Trash } from "@medusajs/icons"
import { Button, Drawer, IconButton, Input, Label, Select, Textarea } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { type RemedyKind } from "../../../../hooks/api/feedback"
import { sdk } from "../../../../lib/sdk"
import { type Run } from "./section"
import { OptionSelect } from "../../../../components/forms/option-select"
import { DrawerActions } from "../../../../components/forms/drawer-parts"

type RemedyDraft = {
  kind: RemedyKind
  amount: string
  currency_code: string
  salon_service_id: string
  description: string
}

const emptyRemedy = (): RemedyDraft => ({
  kind: "goodwill_credit",
  amount: "",
  currency_code: "cny",
  salon_service_id: "",
  description: "",
})

export const ResolveDrawer = ({
  open,
  onOpenChange,
  run,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  run: Run
}) => {
  const [summary, setSummary] = useState("")
  const [remedies, setRemedies] = useState<RemedyDraft[]>([])
  const [saving, setSaving] = useState(false)
  const services = useQuery({
    queryKey: ["feedback_salon_services"],
    enabled: open,
    queryFn: () =>
      sdk.client.fetch<{ salon_services: { id: string; name: string }[] }>(
        "/admin/salon-services",
        { query: { limit: 200, fields: "id,name" } }
      ),
  })
  const update = (index: number, patch: Partial<RemedyDraft>) =>
    setRemedies(remedies.map((remedy, i) => (i === index ? { ...remedy, ...patch } : remedy)))
  const submit = async () => {
    setSaving(true)
    const ok = await run(
      "resolve",
      {
        resolution_summary: summary,
        remedies: remedies.map((remedy) =>
          remedy.kind === "goodwill_credit"
            ? {
                kind: remedy.kind,
                amount: Number(remedy.amount),
                currency_code: remedy.currency_code,
                description: remedy.description || null,
              }
            : remedy.kind === "free_session"
              ? {
                  kind: remedy.kind,
                  salon_service_id: remedy.salon_service_id,
                  description: remedy.description || null,
                }
              : { kind: remedy.kind, description: remedy.description }
        ),
      },
      "Resolved: the customer is asked to rate it"
    )
    setSaving(false)
    if (ok) {
      setSummary("")
      setRemedies([])
      onOpenChange(false)
    }
  }
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Resolve the complaint</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <div className="flex flex-col gap-y-2">
            <Label size="small">What was done (the customer sees this)</Label>
            <Textarea
              rows={4}
              value={summary}
              onChange={(event) => setSummary(event.target.value)}
            />
          </div>
          <div className="flex items-center justify-between">
            <Label size="small">Remedies</Label>
            <Button
              size="small"
              variant="secondary"
              onClick={() => setRemedies([...remedies, emptyRemedy()])}
            >
              <Plus />
              Add remedy
            </Button>
          </div>
          {remedies.map((remedy, index) => (
            <div key={index} className="flex flex-col gap-y-2 rounded-md border p-3">
              <div className="flex items-center gap-2">
                <div className="flex-1">
                  <Select
                    size="small"
                    value={remedy.kind}
                    onValueChange={(value) => update(index, { kind: value as RemedyKind })}
                  >
                    <Select.Trigger>
                      <Select.Value />
                    </Select.Trigger>
                    <Select.Content>
                      <Select.Item value="goodwill_credit">
                        Goodwill credit (stored value)
                      </Select.Item>
                      <Select.Item value="free_session">Free session (package)</Select.Item>
                      <Select.Item value="other">Something else</Select.Item>
                    </Select.Content>
                  </Select>
                </div>
                <IconButton
                  size="small"
                  variant="transparent"
                  aria-label="Remove remedy"
                  onClick={() => setRemedies(remedies.filter((_, i) => i !== index))}
                >
                  <Trash />
                </IconButton>
              </div>
              {remedy.kind === "goodwill_credit" && (
                <div className="grid grid-cols-[1fr_100px] gap-2">
                  <Input
                    size="small"
                    type="number"
                    min={0}
                    placeholder="Amount"
                    value={remedy.amount}
                    onChange={(event) => update(index, { amount: event.target.value })}
                  />
                  <Input
                    size="small"
                    maxLength={3}
                    value={remedy.currency_code}
                    onChange={(event) => update(index, { currency_code: event.target.value })}
                  />
                </div>
              )}
              {remedy.kind === "free_session" && (
                <OptionSelect
                  value={remedy.salon_service_id}
                  onValueChange={(value) => update(index, { salon_service_id: value })}
                  placeholder="Which service"
                  options={(services.data?.salon_services ?? []).map((service) => ({
                    value: service.id,
                    label: service.name,
                  }))}
                />
              )}
              <Input
                size="small"
                placeholder={remedy.kind === "other" ? "What was given" : "Description (optional)"}
                value={remedy.description}
                onChange={(event) => update(index, { description: event.target.value })}
              />
            </div>
          ))}
        </Drawer.Body>
        <DrawerActions onClick={submit} isLoading={saving} disabled={!summary.trim()}>
          Resolve
        </DrawerActions>
      </Drawer.Content>
    </Drawer>
  )
}
