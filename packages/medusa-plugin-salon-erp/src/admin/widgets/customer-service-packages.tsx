import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { EllipsisHorizontal } from "@medusajs/icons"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import {
  Badge,
  Button,
  Container,
  Drawer,
  DropdownMenu,
  Heading,
  IconButton,
  Input,
  Label,
  Select,
  Table,
  Text,
  toast,
} from "@medusajs/ui"
import { useState } from "react"
import {
  type ServicePackage,
  errorMessage,
  newIdempotencyKey,
  useBranchOptions,
  useCustomerSearch,
  useExtendPackage,
  useFreezePackage,
  usePackageEntries,
  usePackageTemplates,
  useRedeemSessions,
  useRefundPackage,
  useRefundQuote,
  useReverseEntry,
  useSellServicePackage,
  useServicePackages,
  useStaffOptions,
  useTransferSessions,
  useUnfreezePackage,
} from "../hooks/api/service-packages"
import { formatDay, formatMoney } from "../routes/package-templates/components/format"
import { nameOption, SelectOptions } from "../components/common/select-options"

type Action = "redeem" | "history" | "freeze" | "unfreeze" | "extend" | "transfer" | "refund"

const STATUS_COLOR: Record<ServicePackage["status"], "green" | "blue" | "orange" | "grey" | "red"> =
  {
    active: "green",
    frozen: "blue",
    expired: "orange",
    refunded: "grey",
    canceled: "red",
  }

/** The row menu, in order; an action shows only for packages in its `statuses` (all if none). */
const PACKAGE_ACTIONS: { action: Action; label: string; statuses?: ServicePackage["status"][] }[] =
  [
    { action: "redeem", label: "Redeem a session", statuses: ["active"] },
    { action: "history", label: "History" },
    { action: "freeze", label: "Freeze", statuses: ["active"] },
    { action: "unfreeze", label: "Unfreeze", statuses: ["frozen"] },
    { action: "extend", label: "Extend validity", statuses: ["active", "frozen", "expired"] },
    { action: "transfer", label: "Transfer sessions", statuses: ["active"] },
    { action: "refund", label: "Refund", statuses: ["active", "frozen"] },
  ]

const ENTRY_LABEL: Record<string, string> = {
  issue: "Issued",
  redeem: "Redeemed",
  forfeit: "Forfeited",
  reverse: "Reversed",
  expire: "Expired",
  refund: "Refunded",
  adjust: "Adjusted",
  transfer_out: "Transferred out",
  transfer_in: "Transferred in",
  migration: "Carried over (import)",
}

const PAYMENT_METHODS = ["cash", "card", "wechat_pay", "alipay", "bank_transfer", "stored_value"]
const pretty = (value: string) => value.replace(/_/g, " ")

const Field = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div className="flex flex-col gap-y-1">
    <Label size="small" weight="plus">
      {label}
    </Label>
    {children}
  </div>
)

const Choice = ({
  value,
  onChange,
  options,
  placeholder,
}: {
  value: string
  onChange: (value: string) => void
  options: { id: string; name: string }[]
  placeholder: string
}) => (
  <Select value={value} onValueChange={onChange}>
    <Select.Trigger>
      <Select.Value placeholder={placeholder} />
    </Select.Trigger>
    <SelectOptions options={options.map(nameOption)} />
  </Select>
)

/** A key per attempt: a double click or a retry after a timeout goes through once; `renew` after success. */
const useAttemptKey = () => {
  const [key, setKey] = useState(newIdempotencyKey)
  return { key, renew: () => setKey(newIdempotencyKey()) }
}

/** The branch a package is used at and the staff member of that branch who served. */
const BranchStaffFields = ({
  branchId,
  onBranchChange,
  branchPlaceholder,
  staffId,
  onStaffChange,
  staffLabel,
}: {
  branchId: string
  onBranchChange: (value: string) => void
  branchPlaceholder: string
  staffId: string
  onStaffChange: (value: string) => void
  staffLabel: string
}) => {
  const branches = useBranchOptions()
  const staff = useStaffOptions(branchId || undefined)
  return (
    <>
      <Field label="Branch">
        <Choice
          value={branchId}
          onChange={onBranchChange}
          placeholder={branchPlaceholder}
          options={branches.data ?? []}
        />
      </Field>
      <Field label={staffLabel}>
        <Choice
          value={staffId}
          onChange={onStaffChange}
          placeholder="Staff member"
          options={staff.data ?? []}
        />
      </Field>
    </>
  )
}

/** Sells a template at the counter: branch, seller, payment method and amount. */
const SellForm = ({ customerId, onDone }: { customerId: string; onDone: () => void }) => {
  const templates = usePackageTemplates({ is_active: true, limit: 100 })
  const [templateId, setTemplateId] = useState("")
  const [branchId, setBranchId] = useState("")
  const [sellerId, setSellerId] = useState("")
  const [method, setMethod] = useState("wechat_pay")
  const [amount, setAmount] = useState("")
  const attempt = useAttemptKey()
  const sell = useSellServicePackage({
    onSuccess: ({ service_package }) => {
      toast.success(`${service_package.name} sold`)
      attempt.renew()
      onDone()
    },
    onError: (error) => toast.error(errorMessage(error)),
  })
  const template = templates.data?.package_templates.find(
    (candidate) => candidate.id === templateId
  )
  const listPrice = template?.product_variant?.prices?.find(
    (price) => price.currency_code === template.currency_code
  )?.amount

  return (
    <div className="flex flex-col gap-y-4">
      <Field label="Package">
        <Choice
          value={templateId}
          onChange={setTemplateId}
          placeholder="Choose a template"
          options={(templates.data?.package_templates ?? []).map((candidate) => ({
            id: candidate.id,
            name: candidate.name,
          }))}
        />
      </Field>
      <BranchStaffFields
        branchId={branchId}
        onBranchChange={setBranchId}
        branchPlaceholder="Selling branch"
        staffId={sellerId}
        onStaffChange={setSellerId}
        staffLabel="Sold by"
      />
      <Field label="Payment">
        <Choice
          value={method}
          onChange={setMethod}
          placeholder="Payment method"
          options={PAYMENT_METHODS.map((id) => ({ id, name: pretty(id) }))}
        />
      </Field>
      <Field label={`Amount paid (list price ${formatMoney(listPrice)})`}>
        <Input
          type="number"
          min={0}
          step="0.01"
          placeholder={listPrice === undefined ? "" : String(listPrice)}
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
        />
      </Field>
      <Button
        isLoading={sell.isPending}
        disabled={!templateId || !branchId || !sellerId}
        onClick={() =>
          sell.mutate({
            idempotency_key: attempt.key,
            customer_id: customerId,
            template_id: templateId,
            branch_id: branchId,
            sold_by_staff_member_id: sellerId,
            payment_method: method,
            ...(amount === "" ? {} : { amount_paid: Number(amount) }),
          })
        }
      >
        Sell
      </Button>
    </div>
  )
}

/** Redeems a session at the counter, recording who performed the service. */
const RedeemForm = ({ pkg, onDone }: { pkg: ServicePackage; onDone: () => void }) => {
  const [serviceId, setServiceId] = useState(pkg.items[0]?.salon_service_id ?? "")
  const [branchId, setBranchId] = useState(pkg.selling_branch_id ?? "")
  const [staffId, setStaffId] = useState("")
  const [quantity, setQuantity] = useState("1")
  const attempt = useAttemptKey()
  const redeem = useRedeemSessions(pkg.id, {
    onSuccess: () => {
      toast.success("Session redeemed")
      attempt.renew()
      onDone()
    },
    onError: (error) => toast.error(errorMessage(error)),
  })
  return (
    <div className="flex flex-col gap-y-4">
      <Field label="Service">
        <Choice
          value={serviceId}
          onChange={setServiceId}
          placeholder="Service"
          options={pkg.items.map((item) => ({
            id: item.salon_service_id,
            name: `${item.service_name} (${item.remaining - item.reserved} free)`,
          }))}
        />
      </Field>
      <BranchStaffFields
        branchId={branchId}
        onBranchChange={setBranchId}
        branchPlaceholder="Branch"
        staffId={staffId}
        onStaffChange={setStaffId}
        staffLabel="Performed by"
      />
      <Field label="Sessions">
        <Input
          type="number"
          min={1}
          max={20}
          value={quantity}
          onChange={(e) => setQuantity(e.target.value)}
        />
      </Field>
      <Button
        isLoading={redeem.isPending}
        disabled={!serviceId || !branchId || !staffId}
        onClick={() =>
          redeem.mutate({
            idempotency_key: attempt.key,
            salon_service_id: serviceId,
            branch_id: branchId,
            staff_member_id: staffId,
            quantity: Number(quantity),
          })
        }
      >
        Redeem
      </Button>
    </div>
  )
}

/** The package's ledger, newest first; redemptions can be reversed with a reason. */
const History = ({ pkg }: { pkg: ServicePackage }) => {
  const { data, isLoading } = usePackageEntries(pkg.id)
  const [reason, setReason] = useState("")
  const reverse = useReverseEntry(pkg.id, {
    onSuccess: () => {
      toast.success("Entry reversed")
      setReason("")
    },
    onError: (error) => toast.error(errorMessage(error)),
  })
  const entries = data?.ledger_entries ?? []
  const reversed = new Set(entries.map((entry) => entry.reverses_entry_id).filter(Boolean))
  if (isLoading) return <Text>Loading…</Text>
  return (
    <div className="flex flex-col gap-y-4">
      <Field label="Reason for a reversal">
        <Input
          value={reason}
          placeholder="e.g. redeemed on the wrong card"
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>When</Table.HeaderCell>
            <Table.HeaderCell>What</Table.HeaderCell>
            <Table.HeaderCell>Sessions</Table.HeaderCell>
            <Table.HeaderCell>Value</Table.HeaderCell>
            <Table.HeaderCell>Who / where</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {entries.map((entry) => (
            <Table.Row key={entry.id}>
              <Table.Cell>{new Date(entry.created_at).toLocaleString()}</Table.Cell>
              <Table.Cell>
                {ENTRY_LABEL[entry.type] ?? entry.type} · {entry.package_item?.service_name}
                {entry.reason && (
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {entry.reason}
                  </Text>
                )}
              </Table.Cell>
              <Table.Cell>
                {entry.quantity > 0 ? `+${entry.quantity}` : entry.quantity} →{" "}
                {entry.remaining_after}
              </Table.Cell>
              <Table.Cell>{formatMoney(entry.value, entry.currency_code)}</Table.Cell>
              <Table.Cell>
                {[entry.staff_member?.name, entry.branch?.name].filter(Boolean).join(" · ") || "–"}
              </Table.Cell>
              <Table.Cell>
                {["redeem", "forfeit", "adjust"].includes(entry.type) &&
                  !reversed.has(entry.id) && (
                    <Button
                      size="small"
                      variant="transparent"
                      disabled={!reason.trim()}
                      isLoading={reverse.isPending}
                      onClick={() =>
                        reverse.mutate({
                          idempotency_key: `reverse:${entry.id}`,
                          entry_id: entry.id,
                          reason,
                        })
                      }
                    >
                      Reverse
                    </Button>
                  )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}

/** Freeze, unfreeze, extend, transfer or refund, each with a reason. */
const ManagerAction = ({
  pkg,
  action,
  onDone,
}: {
  pkg: ServicePackage
  action: "freeze" | "unfreeze" | "extend" | "transfer" | "refund"
  onDone: () => void
}) => {
  const [reason, setReason] = useState("")
  const [expiresAt, setExpiresAt] = useState(pkg.expires_at.slice(0, 10))
  const [q, setQ] = useState("")
  const [target, setTarget] = useState("")
  const [refundMethod, setRefundMethod] = useState("cash")
  const [key] = useState(newIdempotencyKey)
  const options = {
    onSuccess: () => {
      toast.success("Done")
      onDone()
    },
    onError: (error: Error) => toast.error(errorMessage(error)),
  }
  const freeze = useFreezePackage(pkg.id, options)
  const unfreeze = useUnfreezePackage(pkg.id, options)
  const extend = useExtendPackage(pkg.id, options)
  const transfer = useTransferSessions(pkg.id, options)
  const refund = useRefundPackage(pkg.id, options)
  const quote = useRefundQuote(pkg.id, { enabled: action === "refund" })
  const customers = useCustomerSearch(q)
  const pending = [freeze, unfreeze, extend, transfer, refund].some(
    (mutation) => mutation.isPending
  )

  const submit = () => {
    const base = { idempotency_key: key, reason }
    if (action === "freeze") freeze.mutate(base)
    if (action === "unfreeze") unfreeze.mutate(base)
    if (action === "extend")
      extend.mutate({ ...base, expires_at: new Date(`${expiresAt}T23:59:59+08:00`).toISOString() })
    if (action === "transfer") transfer.mutate({ ...base, to_customer_id: target })
    if (action === "refund") refund.mutate({ ...base, refund_method: refundMethod })
  }

  return (
    <div className="flex flex-col gap-y-4">
      {action === "extend" && (
        <Field label="New expiry">
          <Input type="date" value={expiresAt} onChange={(e) => setExpiresAt(e.target.value)} />
        </Field>
      )}
      {action === "transfer" && (
        <>
          <Text size="small" className="text-ui-fg-subtle">
            Every unreserved session moves to a new package of the other customer, with the same
            expiry.
          </Text>
          <Field label="Find the customer">
            <Input value={q} placeholder="Name or email" onChange={(e) => setQ(e.target.value)} />
          </Field>
          <Choice
            value={target}
            onChange={setTarget}
            placeholder="Customer"
            options={(customers.data?.customers ?? []).map((customer) => ({
              id: customer.id,
              name: [customer.first_name, customer.last_name, customer.email]
                .filter(Boolean)
                .join(" "),
            }))}
          />
        </>
      )}
      {action === "refund" && (
        <>
          {quote.data && (
            <Text size="small">
              Unused sessions are worth{" "}
              {formatMoney(quote.data.refund.gross_amount, quote.data.refund.currency_code)}; the
              fee is {quote.data.refund.fee_percent}% ({formatMoney(quote.data.refund.fee)}); the
              customer gets{" "}
              <strong>
                {formatMoney(quote.data.refund.amount, quote.data.refund.currency_code)}
              </strong>
              .
            </Text>
          )}
          <Field label="Refund to">
            <Choice
              value={refundMethod}
              onChange={setRefundMethod}
              placeholder="Refund method"
              options={[...PAYMENT_METHODS, "original_payment"].map((id) => ({
                id,
                name: pretty(id),
              }))}
            />
          </Field>
        </>
      )}
      <Field label="Reason">
        <Input value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <Button
        isLoading={pending}
        disabled={!reason.trim() || (action === "transfer" && !target)}
        variant={action === "refund" ? "danger" : "primary"}
        onClick={submit}
      >
        {pretty(action).replace(/^./, (c) => c.toUpperCase())}
      </Button>
    </div>
  )
}

/** A customer's service packages: sessions left, history, counter redemption and manager actions. */
const CustomerServicePackagesWidget = ({
  data: customer,
}: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { data, isLoading, error } = useServicePackages({
    customer_id: customer.id,
    limit: 50,
    order: "-purchased_at",
  })
  const [selling, setSelling] = useState(false)
  const [open, setOpen] = useState<{ pkg: ServicePackage; action: Action } | null>(null)
  const packages = data?.service_packages ?? []
  const close = () => setOpen(null)

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Service packages</Heading>
        <Button size="small" variant="secondary" onClick={() => setSelling(true)}>
          Sell package
        </Button>
      </div>
      {error && <Text className="px-6 py-4 text-ui-fg-error">{errorMessage(error)}</Text>}
      {isLoading && <Text className="px-6 py-4 text-ui-fg-subtle">Loading…</Text>}
      {!isLoading && !error && !packages.length && (
        <Text className="px-6 py-4 text-ui-fg-subtle">No packages.</Text>
      )}
      {!!packages.length && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Package</Table.HeaderCell>
              <Table.HeaderCell>Sessions left</Table.HeaderCell>
              <Table.HeaderCell>Expires</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {packages.map((pkg) => (
              <Table.Row key={pkg.id}>
                <Table.Cell>
                  {pkg.name}
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    #{pkg.display_id} · {formatMoney(pkg.price_paid, pkg.currency_code)}
                    {pkg.branch_scope === "selling_branch" && pkg.branch
                      ? ` · ${pkg.branch.name} only`
                      : ""}
                  </Text>
                </Table.Cell>
                <Table.Cell>
                  {pkg.items.map((item) => (
                    <Text key={item.id} size="small">
                      {item.service_name}: {item.remaining}/{item.total_sessions}
                      {item.reserved ? ` (${item.reserved} reserved)` : ""}
                    </Text>
                  ))}
                </Table.Cell>
                <Table.Cell>{formatDay(pkg.expires_at)}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={STATUS_COLOR[pkg.status]}>
                    {pkg.status}
                  </Badge>
                </Table.Cell>
                <Table.Cell className="text-right">
                  <DropdownMenu>
                    <DropdownMenu.Trigger asChild>
                      <IconButton size="small" variant="transparent">
                        <EllipsisHorizontal />
                      </IconButton>
                    </DropdownMenu.Trigger>
                    <DropdownMenu.Content>
                      {PACKAGE_ACTIONS.filter(
                        (entry) => !entry.statuses || entry.statuses.includes(pkg.status)
                      ).map((entry) => (
                        <DropdownMenu.Item
                          key={entry.action}
                          onClick={() => setOpen({ pkg, action: entry.action })}
                        >
                          {entry.label}
                        </DropdownMenu.Item>
                      ))}
                    </DropdownMenu.Content>
                  </DropdownMenu>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}

      <Drawer open={selling} onOpenChange={setSelling}>
        <Drawer.Content>
          <Drawer.Header>
            <Drawer.Title>Sell a package</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="overflow-y-auto">
            <SellForm customerId={customer.id} onDone={() => setSelling(false)} />
          </Drawer.Body>
        </Drawer.Content>
      </Drawer>

      <Drawer open={!!open} onOpenChange={(value) => !value && close()}>
        <Drawer.Content className={open?.action === "history" ? "max-w-3xl" : undefined}>
          <Drawer.Header>
            <Drawer.Title>
              {open && `${open.pkg.name} #${open.pkg.display_id}: ${pretty(open.action)}`}
            </Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="overflow-y-auto">
            {open?.action === "redeem" && <RedeemForm pkg={open.pkg} onDone={close} />}
            {open?.action === "history" && <History pkg={open.pkg} />}
            {open && !["redeem", "history"].includes(open.action) && (
              <ManagerAction
                pkg={open.pkg}
                action={open.action as "freeze" | "unfreeze" | "extend" | "transfer" | "refund"}
                onDone={close}
              />
            )}
          </Drawer.Body>
        </Drawer.Content>
      </Drawer>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerServicePackagesWidget
