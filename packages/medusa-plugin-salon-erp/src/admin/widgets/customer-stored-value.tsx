import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { EllipsisHorizontal, Plus } from "@medusajs/icons"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Button, Container, DropdownMenu, IconButton, StatusBadge, Tabs, Text } from "@medusajs/ui"
import { useState } from "react"
import { EmptyState, ErrorState, LoadingState } from "../components/common/page-states"
import { SectionHeader } from "../components/common/section-header"
import { AccountHistory } from "../components/stored-value/account-history"
import { AdjustDrawer } from "../components/stored-value/adjust-drawer"
import { CloseAccountPrompt } from "../components/stored-value/close-account-prompt"
import { OperationPrompt, type OperationTarget } from "../components/stored-value/operation-prompt"
import { SpendDrawer } from "../components/stored-value/spend-drawer"
import { TopUpDrawer } from "../components/stored-value/top-up-drawer"
import { useDialog } from "../components/stored-value/use-dialog"
import { useLedgerNames } from "../components/stored-value/use-ledger-names"
import { useStoredValueAccounts } from "../hooks/api/stored-value"
import {
  EXPIRING_SOON_DAYS,
  accountTotal,
  addAmounts,
  customerName,
  daysUntil,
  formatDay,
  formatInstant,
  formatMoney,
  openBonusLots,
} from "../lib/stored-value"
import type { StoredValueAccount } from "../../types/stored-value/http"

/** A member's stored value (储值) per currency: balances, expiring bonus, history and actions. */
const CustomerStoredValueWidget = ({
  data: customer,
}: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { data, isLoading, error, refetch } = useStoredValueAccounts({
    customer_id: customer.id,
    limit: 20,
  })
  const accounts = [...(data?.stored_value_accounts ?? [])].sort(
    (a, b) =>
      (a.status === "active" ? 0 : 1) - (b.status === "active" ? 0 : 1) ||
      a.currency_code.localeCompare(b.currency_code)
  )
  const [tab, setTab] = useState<string | null>(null)
  const current = accounts.find((account) => account.id === tab) ?? accounts[0]
  const topUp = useDialog<{ currency?: string }>()
  const label = customerName(customer) ?? "this customer"

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Stored value"
        description="储值 · one balance per currency, valid at every branch"
        actions={
          <>
            {accounts.length > 1 && (
              <Tabs value={current?.id} onValueChange={setTab}>
                <Tabs.List>
                  {accounts.map((account) => (
                    <Tabs.Trigger key={account.id} value={account.id}>
                      {account.currency_code.toUpperCase()}
                    </Tabs.Trigger>
                  ))}
                </Tabs.List>
              </Tabs>
            )}
            {accounts.length > 0 && (
              <Button
                size="small"
                variant="secondary"
                onClick={() =>
                  topUp.show({
                    currency: current?.status === "active" ? current.currency_code : undefined,
                  })
                }
              >
                <Plus />
                Top up
              </Button>
            )}
          </>
        }
      />
      {isLoading && <LoadingState />}
      {error && <ErrorState error={error} onRetry={() => refetch()} />}
      {data && !accounts.length && (
        <div className="flex flex-col items-center pb-8">
          <EmptyState
            title="No stored value yet"
            description="A first top-up opens the member's account."
          />
          <Button size="small" onClick={() => topUp.show({})}>
            <Plus />
            Top up
          </Button>
        </div>
      )}
      {current && <AccountPanel key={current.id} account={current} customerLabel={label} />}
      <TopUpDrawer
        {...topUp.props}
        customerId={customer.id}
        customerLabel={label}
        initialCurrency={topUp.data?.currency}
      />
    </Container>
  )
}

const AccountPanel = ({
  account,
  customerLabel,
}: {
  account: StoredValueAccount
  customerLabel: string
}) => {
  const names = useLedgerNames()
  const spend = useDialog()
  const adjust = useDialog()
  const close = useDialog()
  const operation = useDialog<OperationTarget>()
  const currency = account.currency_code
  const active = account.status === "active"
  const lots = openBonusLots(account.bonus_lots, account.bonus_balance, currency)
  const expiringSoon = addAmounts(
    currency,
    ...lots
      .filter((lot) => lot.expires_at && daysUntil(lot.expires_at) <= EXPIRING_SOON_DAYS)
      .map((lot) => lot.remaining)
  )

  return (
    <>
      <div className="flex flex-col gap-4 px-6 py-4 lg:flex-row lg:items-start lg:justify-between">
        <div className="grid flex-1 grid-cols-3 gap-4">
          <Figure
            label="Total"
            value={formatMoney(accountTotal(account), currency)}
            emphasis
            badge={
              <StatusBadge color={active ? "green" : "grey"}>
                {active ? "Active" : "Canceled"}
              </StatusBadge>
            }
          />
          <Figure
            label="Principal (paid)"
            value={formatMoney(account.principal_balance, currency)}
          />
          <Figure label="Bonus" value={formatMoney(account.bonus_balance, currency)} />
        </div>
        {active && (
          <div className="flex items-center gap-x-2">
            <Button size="small" onClick={() => spend.show(undefined)}>
              Charge
            </Button>
            <DropdownMenu>
              <DropdownMenu.Trigger asChild>
                <IconButton size="small" aria-label="More actions">
                  <EllipsisHorizontal />
                </IconButton>
              </DropdownMenu.Trigger>
              <DropdownMenu.Content align="end">
                <DropdownMenu.Item onClick={() => adjust.show(undefined)}>
                  Adjust balance…
                </DropdownMenu.Item>
                <DropdownMenu.Separator />
                <DropdownMenu.Item
                  className="text-ui-fg-error"
                  onClick={() => close.show(undefined)}
                >
                  Cancel card (退卡)…
                </DropdownMenu.Item>
              </DropdownMenu.Content>
            </DropdownMenu>
          </div>
        )}
      </div>

      {!active && (
        <div className="px-6 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            Canceled {account.closed_at ? formatInstant(account.closed_at) : ""}
            {account.closed_reason ? ` · ${account.closed_reason}` : ""}
          </Text>
        </div>
      )}

      {lots.length > 0 && (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Text size="small" weight="plus">
            Bonus by expiry
            {expiringSoon > 0 && (
              <span className="text-ui-tag-orange-text font-normal">
                {" "}
                · {formatMoney(expiringSoon, currency)} expires within {EXPIRING_SOON_DAYS} days
              </span>
            )}
          </Text>
          <div className="flex flex-wrap gap-2">
            {lots.map((lot) => {
              const days = lot.expires_at ? daysUntil(lot.expires_at) : null
              const soon = days !== null && days <= EXPIRING_SOON_DAYS
              return (
                <div
                  key={lot.id}
                  className={[
                    "flex flex-col rounded-md border px-3 py-2",
                    soon ? "border-ui-tag-orange-border bg-ui-tag-orange-bg" : "bg-ui-bg-subtle",
                  ].join(" ")}
                >
                  <span className="txt-small-plus tabular-nums">
                    {formatMoney(lot.remaining, currency)}
                    {lot.remaining < lot.amount && (
                      <span className="text-ui-fg-muted txt-small font-normal">
                        {" "}
                        of {formatMoney(lot.amount, currency)}
                      </span>
                    )}
                  </span>
                  <span className="txt-xsmall text-ui-fg-subtle">
                    {lot.expires_at
                      ? `expires ${formatDay(lot.expires_at)}${
                          soon ? ` · in ${days} day${days === 1 ? "" : "s"}` : ""
                        }`
                      : "never expires"}
                  </span>
                </div>
              )
            })}
          </div>
        </div>
      )}

      <div className="flex flex-col">
        <div className="px-6 pt-4 pb-2">
          <Text size="small" weight="plus">
            History
          </Text>
        </div>
        <AccountHistory
          account={account}
          names={names}
          onAction={(target) => operation.show(target)}
        />
      </div>

      <SpendDrawer {...spend.props} account={account} customerLabel={customerLabel} />
      <AdjustDrawer {...adjust.props} account={account} />
      <CloseAccountPrompt {...close.props} account={account} customerLabel={customerLabel} />
      <OperationPrompt {...operation.props} target={operation.data} />
    </>
  )
}

const Figure = ({
  label,
  value,
  emphasis,
  badge,
}: {
  label: string
  value: string
  emphasis?: boolean
  badge?: React.ReactNode
}) => (
  <div className="flex flex-col gap-y-1">
    <div className="flex items-center gap-x-2">
      <Text size="small" className="text-ui-fg-subtle">
        {label}
      </Text>
      {badge}
    </div>
    <Text
      size={emphasis ? "xlarge" : "large"}
      weight="plus"
      className="tabular-nums"
      leading="compact"
    >
      {value}
    </Text>
  </div>
)

export const config = defineWidgetConfig({
  zone: "customer.details.after",
})

export default CustomerStoredValueWidget
