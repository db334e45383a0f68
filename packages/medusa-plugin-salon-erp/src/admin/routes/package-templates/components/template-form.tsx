import { Button, Input, Label, Select, Switch, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import {
  type CreatePackageTemplatePayload,
  type PackageTemplate,
  useSalonServiceOptions,
} from "../../../hooks/api/service-packages"
import { allocationLabel } from "./format"

type ItemRow = { salon_service_id: string; sessions: string; session_value: string }

export type TemplateFormProps = {
  /** Edit this template; omitted: create a new one (with a price). */
  template?: PackageTemplate
  submitting: boolean
  onSubmit: (payload: CreatePackageTemplatePayload) => void
  onCancel: () => void
}

const Field = ({
  label,
  children,
  hint,
}: {
  label: string
  children: React.ReactNode
  hint?: string
}) => (
  <div className="flex flex-col gap-y-1">
    <Label size="small" weight="plus">
      {label}
    </Label>
    {children}
    {hint && (
      <Text size="xsmall" className="text-ui-fg-subtle">
        {hint}
      </Text>
    )}
  </div>
)

/** The terms headquarters sets for a package: services and sessions, validity, branch rule, allocation. */
export const TemplateForm = ({ template, submitting, onSubmit, onCancel }: TemplateFormProps) => {
  const services = useSalonServiceOptions()
  const [name, setName] = useState(template?.name ?? "")
  const [description, setDescription] = useState(template?.description ?? "")
  const [price, setPrice] = useState("")
  const [validityMode, setValidityMode] = useState<"days" | "until">(
    template?.valid_until ? "until" : "days"
  )
  const [validityDays, setValidityDays] = useState(String(template?.validity_days ?? 365))
  const [validUntil, setValidUntil] = useState(template?.valid_until?.slice(0, 10) ?? "")
  const [branchScope, setBranchScope] = useState<PackageTemplate["branch_scope"]>(
    template?.branch_scope ?? "all_branches"
  )
  const [allocation, setAllocation] = useState<PackageTemplate["allocation_method"]>(
    template?.allocation_method ?? "list_price"
  )
  const [refundFee, setRefundFee] = useState(
    template?.refund_fee_percent === null || template?.refund_fee_percent === undefined
      ? ""
      : String(template.refund_fee_percent)
  )
  const [isActive, setIsActive] = useState(template?.is_active ?? true)
  const [items, setItems] = useState<ItemRow[]>(
    template?.items.map((item) => ({
      salon_service_id: item.salon_service_id,
      sessions: String(item.sessions),
      session_value: item.session_value === null ? "" : String(item.session_value),
    })) ?? [{ salon_service_id: "", sessions: "10", session_value: "" }]
  )

  const setItem = (index: number, patch: Partial<ItemRow>) =>
    setItems((rows) => rows.map((row, i) => (i === index ? { ...row, ...patch } : row)))

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const payload: CreatePackageTemplatePayload = {
      name: name.trim(),
      description: description.trim() || null,
      items: items
        .filter((row) => row.salon_service_id)
        .map((row) => ({
          salon_service_id: row.salon_service_id,
          sessions: Number(row.sessions),
          session_value:
            allocation === "fixed" && row.session_value !== "" ? Number(row.session_value) : null,
        })),
      validity_days: validityMode === "days" ? Number(validityDays) : null,
      valid_until:
        validityMode === "until" && validUntil
          ? new Date(`${validUntil}T23:59:59+08:00`).toISOString()
          : null,
      branch_scope: branchScope,
      allocation_method: allocation,
      refund_fee_percent: refundFee === "" ? null : Number(refundFee),
    }
    if (template) {
      payload.is_active = isActive
    } else {
      payload.prices = [{ currency_code: "cny", amount: Number(price) }]
    }
    onSubmit(payload)
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-6">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field label="Name">
          <Input
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            placeholder="10 Hydrating Facials"
          />
        </Field>
        {!template && (
          <Field label="Price (CNY)" hint="Sold online at this price; counter sales default to it.">
            <Input
              type="number"
              min={0}
              step="0.01"
              value={price}
              onChange={(e) => setPrice(e.target.value)}
              required
            />
          </Field>
        )}
        <div className="md:col-span-2">
          <Field label="Description">
            <Textarea value={description} onChange={(e) => setDescription(e.target.value)} />
          </Field>
        </div>
      </div>

      <div className="flex flex-col gap-y-2">
        <Label size="small" weight="plus">
          Services and sessions
        </Label>
        {items.map((row, index) => (
          <div key={index} className="flex items-end gap-x-2">
            <div className="flex-1">
              <Select
                value={row.salon_service_id}
                onValueChange={(value) => setItem(index, { salon_service_id: value })}
              >
                <Select.Trigger>
                  <Select.Value placeholder="Choose a service" />
                </Select.Trigger>
                <Select.Content>
                  {(services.data ?? []).map((service) => (
                    <Select.Item key={service.id} value={service.id}>
                      {service.name}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            <Input
              className="w-24"
              type="number"
              min={1}
              value={row.sessions}
              aria-label="Sessions"
              onChange={(e) => setItem(index, { sessions: e.target.value })}
            />
            {allocation === "fixed" && (
              <Input
                className="w-32"
                type="number"
                min={0}
                step="0.01"
                placeholder="Session value"
                value={row.session_value}
                onChange={(e) => setItem(index, { session_value: e.target.value })}
              />
            )}
            <Button
              type="button"
              variant="transparent"
              size="small"
              disabled={items.length === 1}
              onClick={() => setItems((rows) => rows.filter((_, i) => i !== index))}
            >
              Remove
            </Button>
          </div>
        ))}
        <div>
          <Button
            type="button"
            variant="secondary"
            size="small"
            onClick={() =>
              setItems((rows) => [
                ...rows,
                { salon_service_id: "", sessions: "1", session_value: "" },
              ])
            }
          >
            Add a service
          </Button>
        </div>
      </div>

      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field label="Validity">
          <div className="flex gap-x-2">
            <Select
              value={validityMode}
              onValueChange={(value) => setValidityMode(value as "days" | "until")}
            >
              <Select.Trigger className="w-44">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="days">Days from purchase</Select.Item>
                <Select.Item value="until">Until a date</Select.Item>
              </Select.Content>
            </Select>
            {validityMode === "days" ? (
              <Input
                type="number"
                min={1}
                value={validityDays}
                onChange={(e) => setValidityDays(e.target.value)}
              />
            ) : (
              <Input
                type="date"
                value={validUntil}
                onChange={(e) => setValidUntil(e.target.value)}
              />
            )}
          </div>
        </Field>
        <Field label="Where it can be used">
          <Select
            value={branchScope}
            onValueChange={(value) => setBranchScope(value as PackageTemplate["branch_scope"])}
          >
            <Select.Trigger>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all_branches">Every branch</Select.Item>
              <Select.Item value="selling_branch">Only the branch that sold it</Select.Item>
            </Select.Content>
          </Select>
        </Field>
        <Field
          label="Price allocation"
          hint="The value each redemption records, for revenue, commissions and refunds."
        >
          <Select
            value={allocation}
            onValueChange={(value) => setAllocation(value as PackageTemplate["allocation_method"])}
          >
            <Select.Trigger>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {Object.entries(allocationLabel).map(([value, label]) => (
                <Select.Item key={value} value={value}>
                  {label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
        <Field label="Refund fee (%)" hint="Empty: the chain's default.">
          <Input
            type="number"
            min={0}
            max={100}
            step="0.1"
            value={refundFee}
            onChange={(e) => setRefundFee(e.target.value)}
          />
        </Field>
        {template && (
          <div className="flex items-center gap-x-2">
            <Switch id="is_active" checked={isActive} onCheckedChange={setIsActive} />
            <Label htmlFor="is_active">On sale (inactive templates are unpublished)</Label>
          </div>
        )}
      </div>

      <div className="flex justify-end gap-x-2">
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" isLoading={submitting}>
          Save
        </Button>
      </div>
    </form>
  )
}
