import { Plus, User, XMarkMini } from "@medusajs/icons"
import { Badge, Button, Container, IconButton, Input, Kbd, Text, toast } from "@medusajs/ui"
import { type KeyboardEvent, type RefObject, useMemo, useState } from "react"
import { EmptyState, ErrorState, LoadingState } from "../../../../components/common/page-states"
import { SectionHeader } from "../../../../components/common/section-header"
import { useAppointmentAction, useAppointments } from "../../../../hooks/api/appointments"
import { useCustomerSearch } from "../../../../hooks/api/core-resources"
import { type ServicePackage, useServicePackages } from "../../../../hooks/api/service-packages"
import { useStoredValueAccounts } from "../../../../hooks/api/stored-value"
import { STATUS_META } from "../../../../lib/appointment-status"
import { errorMessage } from "../../../../lib/errors"
import { customerName, formatMoney, toNumber } from "../../../../lib/stored-value"
import { formatRange } from "../../../../lib/time"
import type { Appointment, AppointmentItem } from "../../../../../types/booking/http"
import { useDebouncedValue } from "../../../../lib/use-debounced-value"

import { moveActive, SearchResults } from "../../../../components/common/search-flyout"
import { CustomerResult } from "../../../../components/stored-value/customer-picker"

export type ChosenClient = { id: string; label: string }

/** Appointments the counter can still charge (not canceled, not a no-show). */
const CHARGEABLE = "booked,confirmed,checked_in,in_service,completed"

/** The counter charges a visit once the client is here: checked in, in service or done. */
const CHARGEABLE_NOW = new Set(["checked_in", "in_service", "completed"])

/** The client's stored value in the shift's currency: principal + bonus (null: no account). */
export const useClientBalance = (customerId: string, currency: string) => {
  const accounts = useStoredValueAccounts(
    { customer_id: customerId, currency_code: currency, status: "active", limit: 1 },
    { enabled: !!customerId }
  )
  const account = accounts.data?.stored_value_accounts[0] ?? null
  return {
    isLoading: !!customerId && accounts.isLoading,
    error: accounts.error,
    account,
    balance: account ? toNumber(account.principal_balance) + toNumber(account.bonus_balance) : null,
  }
}

/** The client's active packages usable at the branch. */
export const useClientPackages = (customerId: string, branchId: string) => {
  const packages = useServicePackages(
    { customer_id: customerId, status: "active", limit: 50 },
    { enabled: !!customerId }
  )
  const usable = useMemo(
    () =>
      (packages.data?.service_packages ?? []).filter(
        (pkg) => pkg.branch_scope === "all_branches" || pkg.selling_branch_id === branchId
      ),
    [packages.data, branchId]
  )
  return { ...packages, usable }
}

/** Packages of the client's with a session of the service left (reserved ones included). */
export const packagesCovering = (packages: ServicePackage[], salonServiceId: string) =>
  packages.filter((pkg) =>
    pkg.items.some((item) => item.salon_service_id === salonServiceId && item.remaining > 0)
  )

/** Left column: who pays, what they hold, and today's appointments to charge. */
export const ClientPanel = ({
  branchId,
  timeZone,
  today,
  currency,
  client,
  onClientChange,
  searchRef,
  inCart,
  onAddService,
}: {
  branchId: string
  timeZone: string
  today: string
  currency: string
  client: ChosenClient | null
  onClientChange: (client: ChosenClient | null) => void
  searchRef: RefObject<HTMLInputElement>
  /** Appointment item ids already on the bill. */
  inCart: Set<string>
  onAddService: (appointment: Appointment, item: AppointmentItem) => void
}) => {
  const customerId = client?.id ?? ""
  const balance = useClientBalance(customerId, currency)
  const packages = useClientPackages(customerId, branchId)
  const appointments = useAppointments(
    {
      branch_id: branchId,
      from: today,
      to: today,
      status: CHARGEABLE,
      limit: 100,
      ...(customerId ? { customer_id: customerId } : {}),
    },
    { enabled: !!branchId && !!today }
  )

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <SectionHeader
          title="Client"
          description={
            <span>
              Search by name, email or phone <Kbd>F2</Kbd>
            </span>
          }
        />
        <div className="flex flex-col gap-y-3 px-6 py-4">
          <ClientSearch client={client} onChange={onClientChange} inputRef={searchRef} />
          {client && (
            <div className="grid grid-cols-2 gap-y-1">
              <Text size="small" className="text-ui-fg-subtle">
                Stored value
              </Text>
              <Text size="small" weight="plus" className="text-right tabular-nums">
                {balance.isLoading
                  ? "…"
                  : balance.account
                    ? formatMoney(balance.balance, currency)
                    : "No card"}
              </Text>
              {balance.account && (
                <Text size="xsmall" className="text-ui-fg-muted col-span-2 text-right">
                  {formatMoney(balance.account.principal_balance, currency)} principal ·{" "}
                  {formatMoney(balance.account.bonus_balance, currency)} bonus
                </Text>
              )}
            </div>
          )}
        </div>
        {client && (
          <div className="flex flex-col gap-y-2 px-6 py-4">
            <Text size="small" weight="plus">
              Packages
            </Text>
            {packages.isLoading ? (
              <Text size="small" className="text-ui-fg-subtle">
                Loading…
              </Text>
            ) : packages.error ? (
              <Text size="small" className="text-ui-fg-error">
                Could not load the packages: {packages.error.message}
              </Text>
            ) : packages.usable.length ? (
              packages.usable.map((pkg) => (
                <div key={pkg.id} className="flex flex-col">
                  <Text size="small">
                    {pkg.name} <span className="text-ui-fg-muted">#{pkg.display_id}</span>
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {pkg.items
                      .map(
                        (item) => `${item.service_name} ${item.remaining}/${item.total_sessions}`
                      )
                      .join(" · ")}
                  </Text>
                </div>
              ))
            ) : (
              <Text size="small" className="text-ui-fg-subtle">
                No active package usable here.
              </Text>
            )}
          </div>
        )}
      </Container>
      <Container className="divide-y p-0">
        <SectionHeader
          title="Today's appointments"
          description={client ? `${client.label} at this branch` : "Everyone at this branch"}
        />
        {appointments.isLoading ? (
          <LoadingState />
        ) : appointments.error ? (
          <ErrorState error={appointments.error} onRetry={() => appointments.refetch()} />
        ) : appointments.data?.appointments.length ? (
          <div className="divide-y">
            {appointments.data.appointments.map((appointment) => (
              <AppointmentCard
                key={appointment.id}
                appointment={appointment}
                timeZone={timeZone}
                showClient={!client}
                packages={client ? packages.usable : []}
                inCart={inCart}
                onAdd={(item) => onAddService(appointment, item)}
              />
            ))}
          </div>
        ) : (
          <EmptyState
            title="No appointments today"
            description={client ? "Sell products, packages or top-ups on the right." : undefined}
          />
        )}
      </Container>
    </div>
  )
}

const AppointmentCard = ({
  appointment,
  timeZone,
  showClient,
  packages,
  inCart,
  onAdd,
}: {
  appointment: Appointment
  timeZone: string
  showClient: boolean
  packages: ServicePackage[]
  inCart: Set<string>
  onAdd: (item: AppointmentItem) => void
}) => {
  const settled = !!appointment.order_id
  const here = CHARGEABLE_NOW.has(appointment.status)
  const checkIn = useAppointmentAction(appointment.id)
  const meta = STATUS_META[appointment.status]
  return (
    <div className="flex flex-col gap-y-2 px-6 py-3">
      <div className="flex items-center justify-between gap-x-2">
        <Text size="small" weight="plus">
          {formatRange(appointment.starts_at, appointment.ends_at, timeZone)}
          {showClient && ` · ${customerName(appointment.customer) ?? "Client"}`}
        </Text>
        <div className="flex items-center gap-x-2">
          {!here && !settled && (
            <Button
              size="small"
              variant="transparent"
              isLoading={checkIn.isPending}
              onClick={() =>
                checkIn.mutate("check-in", {
                  onSuccess: () =>
                    toast.success(
                      `${customerName(appointment.customer) ?? "The client"} checked in`
                    ),
                  onError: (error) =>
                    toast.error("Could not check in", { description: errorMessage(error) }),
                })
              }
            >
              Check in
            </Button>
          )}
          <Badge size="2xsmall" color={settled ? "green" : meta.color}>
            {settled ? "Paid" : meta.label}
          </Badge>
        </div>
      </div>
      {appointment.items.map((item) => {
        const added = inCart.has(item.id)
        const covering = packagesCovering(packages, item.salon_service_id)
        return (
          <div key={item.id} className="flex items-center justify-between gap-x-2">
            <div className="flex min-w-0 flex-col">
              <Text size="small" className="truncate">
                {item.service_name}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {item.staff_member?.name ?? "Any technician"}
                {item.is_designated ? " · designated" : ""}
                {covering.length ? ` · package: ${covering.map((p) => p.name).join(", ")}` : ""}
              </Text>
            </div>
            <Button
              size="small"
              variant="secondary"
              disabled={added || settled || !here}
              onClick={() => onAdd(item)}
              title={
                settled
                  ? "This appointment is already paid"
                  : !here
                    ? "Check the client in first"
                    : undefined
              }
            >
              {added ? (
                "Added"
              ) : (
                <>
                  <Plus /> Add
                </>
              )}
            </Button>
          </div>
        )
      })}
    </div>
  )
}

/** Customer search with arrow keys and Enter; shows the chosen client with a clear button. */
const ClientSearch = ({
  client,
  onChange,
  inputRef,
}: {
  client: ChosenClient | null
  onChange: (client: ChosenClient | null) => void
  inputRef: RefObject<HTMLInputElement>
}) => {
  const [q, setQ] = useState("")
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const debounced = useDebouncedValue(q.trim(), 250)
  const search = useCustomerSearch(debounced)
  const results = debounced ? (search.data?.customers ?? []) : []

  const choose = (index: number) => {
    const customer = results[index]
    if (!customer) return
    onChange({ id: customer.id, label: customerName(customer) ?? customer.id })
    setQ("")
    setOpen(false)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (moveActive(event, results.length, setActive)) return
    if (event.key === "Enter") {
      event.preventDefault()
      choose(active)
    } else if (event.key === "Escape") {
      setOpen(false)
    }
  }

  return (
    <div className="flex flex-col gap-y-2">
      {client ? (
        <div className="bg-ui-bg-subtle flex items-center justify-between gap-x-2 rounded-md border px-3 py-2">
          <div className="flex items-center gap-x-2">
            <User className="text-ui-fg-subtle" />
            <Text size="small" weight="plus">
              {client.label}
            </Text>
          </div>
          <IconButton
            size="2xsmall"
            variant="transparent"
            aria-label="Change to a walk-in"
            onClick={() => onChange(null)}
          >
            <XMarkMini />
          </IconButton>
        </div>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          Walk-in (no client chosen)
        </Text>
      )}
      <div className="relative">
        <Input
          ref={inputRef}
          size="small"
          type="search"
          aria-label="Search clients"
          placeholder={client ? "Another client…" : "Client: name, email, phone"}
          value={q}
          onChange={(event) => {
            setQ(event.target.value)
            setActive(0)
            setOpen(true)
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => window.setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
        />
        {open && debounced && (
          <SearchResults
            className="left-0 right-0 max-h-72"
            items={results}
            getKey={(customer) => customer.id}
            isLoading={search.isLoading}
            emptyText="No client matches."
            active={active}
            onActive={setActive}
            onChoose={(_, index) => choose(index)}
            renderItem={(customer) => <CustomerResult customer={customer} />}
          />
        )}
      </div>
    </div>
  )
}
