import { ArrowUturnLeft, Plus, Receipt as ReceiptIcon, XCircle } from "@medusajs/icons"
import { Badge, Button, Container, StatusBadge, Table, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { Link, useParams } from "react-router-dom"
import type { AdminCounterSale } from "../../../../../types/counter/sales"
import { EmptyState } from "../../../../components/common/page-states"
import { DetailPage, DetailPageState, Section } from "../../../../components/layout/detail-page"
import { useDialog } from "../../../../components/stored-value/use-dialog"
import { useCounterRegister } from "../../../../hooks/api/counter"
import { useCounterSale } from "../../../../hooks/api/counter-sales"
import { useStaffMembers } from "../../../../hooks/api/staff-members"
import { formatMoney } from "../../../../lib/stored-value"
import {
  isSaleLine,
  isSaleTender,
  LINE_TYPE_LABELS,
  SALE_STATUS_META,
  saleTitle,
  TENDER_KIND_LABELS,
} from "../../checkout/components/sale-format"
import { Figure } from "../../../../components/common/figures"
import { formatInstant, useCounterNames } from "../../components/shared"
import { PrintableReceipt, PrintStyles, Receipt, type ReceiptNames } from "../components/receipt"
import { RefundDrawer, VoidPrompt } from "../components/reversal-forms"

const SalePage = () => {
  const { id = "" } = useParams()
  const names = useCounterNames()
  const { data, isLoading, error, refetch } = useCounterSale(id)
  const sale = data?.counter_sale
  const register = useCounterRegister(sale?.register_id ?? "", {
    enabled: !!sale?.register_id,
    retry: false,
  })
  const staff = useStaffMembers({ limit: 200, fields: "id,name" }, { staleTime: 60_000 })
  const staffName = useMemo(() => {
    const map = new Map((staff.data?.staff_members ?? []).map((m) => [m.id, m.name]))
    return (staffId: string | null) => (staffId ? (map.get(staffId) ?? "Unknown staff") : "—")
  }, [staff.data])
  const refundDialog = useDialog()
  const voidDialog = useDialog()

  if (isLoading || error || !sale) {
    return <DetailPageState isLoading={isLoading} error={error} onRetry={() => refetch()} />
  }

  const reg = register.data?.counter_register
  const receiptNames: ReceiptNames = {
    branch: sale.branch_name ?? names.branch(sale.branch_id),
    register: reg
      ? `${reg.name} (${reg.code})`
      : register.error
        ? "Register"
        : sale.register_id
          ? "…"
          : "Online",
    cashier: names.user(sale.created_by),
  }
  const status = SALE_STATUS_META[sale.status]
  const completed = sale.status === "completed"
  const canRefund =
    completed && sale.lines.some((l) => isSaleLine(l) && (l.refundable_quantity ?? 0) > 0)
  const canVoid = completed && sale.refunds.length === 0

  return (
    <DetailPage
      back={
        sale.shift_id
          ? { to: `/counter/shifts/${sale.shift_id}`, label: "Shift" }
          : { to: "/counter", label: "Counter" }
      }
      actions={
        sale.shift_id && (
          <Button size="small" variant="secondary" asChild>
            <Link to={`/counter/checkout?shift_id=${sale.shift_id}`}>
              <Plus />
              New sale
            </Link>
          </Button>
        )
      }
      main={
        <>
          <Section
            level="h1"
            title={
              <span className="flex items-center gap-x-2">
                {saleTitle(sale)}
                <StatusBadge color={status.color}>{status.label}</StatusBadge>
                {sale.refunds.some((r) => r.kind === "void" && r.status === "completed") && (
                  <Badge size="2xsmall" color="red">
                    Voided
                  </Badge>
                )}
              </span>
            }
            description={`${receiptNames.branch} · ${receiptNames.register} · ${formatInstant(
              sale.completed_at ?? sale.created_at
            )}`}
            actions={
              <>
                <Button size="small" variant="secondary" onClick={() => window.print()}>
                  <ReceiptIcon />
                  Print
                </Button>
                {canRefund && (
                  <Button
                    size="small"
                    variant="secondary"
                    onClick={() => refundDialog.show(undefined)}
                  >
                    <ArrowUturnLeft />
                    Refund
                  </Button>
                )}
                {canVoid && (
                  <Button
                    size="small"
                    variant="secondary"
                    onClick={() => voidDialog.show(undefined)}
                  >
                    <XCircle />
                    Void
                  </Button>
                )}
              </>
            }
          >
            <div className="grid grid-cols-2 gap-x-8 gap-y-1 px-6 py-4 md:grid-cols-4">
              <Figure label="Client">
                {sale.customer_id ? (
                  <Link className="text-ui-fg-interactive" to={`/customers/${sale.customer_id}`}>
                    {sale.customer_name ?? "Client"}
                  </Link>
                ) : (
                  "Walk-in"
                )}
              </Figure>
              <Figure label="Order">
                {sale.order_id ? (
                  <Link className="text-ui-fg-interactive" to={`/orders/${sale.order_id}`}>
                    {sale.order_display_id != null ? `#${sale.order_display_id}` : "Open order"}
                  </Link>
                ) : (
                  "—"
                )}
              </Figure>
              <Figure label="Cashier">{receiptNames.cashier ?? "—"}</Figure>
              <Figure label="Business date">{sale.business_date}</Figure>
              <Figure label="Total">{formatMoney(sale.total, sale.currency_code)}</Figure>
              <Figure label="Discounts">
                {formatMoney(sale.discount_total, sale.currency_code)}
              </Figure>
              <Figure label="Change given">
                {formatMoney(sale.change_given, sale.currency_code)}
              </Figure>
              <Figure label="Refunded">
                {formatMoney(sale.refunded_total, sale.currency_code)}
              </Figure>
            </div>
            {sale.manual_discount_total > 0 && (
              <Text size="small" className="text-ui-fg-subtle px-6 py-3">
                Manual discount {formatMoney(sale.manual_discount_total, sale.currency_code)}:{" "}
                {sale.manual_discount_reason ?? "no reason given"}
              </Text>
            )}
          </Section>
          <LinesSection sale={sale} />
          <TendersSection sale={sale} />
          <RefundsSection sale={sale} staffName={staffName} userName={names.user} />
        </>
      }
      side={
        <Container className="flex flex-col items-center gap-y-2 p-4">
          <Text size="small" weight="plus" className="text-ui-fg-subtle self-start">
            Receipt
          </Text>
          <div className="rounded-md border">
            <Receipt sale={sale} names={receiptNames} />
          </div>
        </Container>
      }
    >
      <PrintStyles />
      <PrintableReceipt sale={sale} names={receiptNames} />
      <RefundDrawer {...refundDialog.props} sale={sale} />
      <VoidPrompt {...voidDialog.props} sale={sale} />
    </DetailPage>
  )
}

const LinesSection = ({ sale }: { sale: AdminCounterSale }) => {
  const currency = sale.currency_code
  return (
    <Section title="Lines" description="Refund rows are shown under the line they reverse.">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Item</Table.HeaderCell>
            <Table.HeaderCell>Staff</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Qty</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Unit</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Discount</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Net</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {sale.lines.filter(isSaleLine).flatMap((line) => [
            <Table.Row key={line.id}>
              <Table.Cell>
                <div className="flex flex-col py-1">
                  <span className="flex items-center gap-x-2">
                    <Badge size="2xsmall">{LINE_TYPE_LABELS[line.line_type]}</Badge>
                    {line.title}
                  </span>
                  {line.package_id && (
                    <span className="txt-xsmall text-ui-fg-subtle">
                      Package session
                      {line.session_value != null
                        ? ` worth ${formatMoney(line.session_value, currency)}`
                        : ""}
                    </span>
                  )}
                </div>
              </Table.Cell>
              <Table.Cell>
                {line.staff_member_name ?? "—"}
                {line.is_designated ? " (designated)" : ""}
              </Table.Cell>
              <Table.Cell className="text-right tabular-nums">{line.quantity}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">
                {formatMoney(line.unit_price, currency)}
              </Table.Cell>
              <Table.Cell className="text-right tabular-nums">
                {line.discount_amount ? formatMoney(-line.discount_amount, currency) : "—"}
              </Table.Cell>
              <Table.Cell className="text-right tabular-nums">
                {formatMoney(line.net_amount, currency)}
              </Table.Cell>
            </Table.Row>,
            ...sale.lines
              .filter((reversal) => reversal.reverses_line_id === line.id)
              .map((reversal) => (
                <Table.Row key={reversal.id} className="text-ui-fg-error">
                  <Table.Cell>
                    <span className="pl-6">↳ Refunded</span>
                  </Table.Cell>
                  <Table.Cell>{reversal.staff_member_name ?? ""}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{reversal.quantity}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    {formatMoney(reversal.unit_price, currency)}
                  </Table.Cell>
                  <Table.Cell />
                  <Table.Cell className="text-right tabular-nums">
                    {formatMoney(reversal.net_amount, currency)}
                  </Table.Cell>
                </Table.Row>
              )),
          ])}
        </Table.Body>
      </Table>
    </Section>
  )
}

const TendersSection = ({ sale }: { sale: AdminCounterSale }) => {
  const currency = sale.currency_code
  return (
    <Section
      title="Tenders"
      description={`Kept by the sale: ${formatMoney(sale.paid_total, currency)}`}
    >
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Method</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Handed over</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Change</Table.HeaderCell>
            <Table.HeaderCell>Details</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {sale.tenders.map((tender) => (
            <Table.Row key={tender.id} className={isSaleTender(tender) ? "" : "text-ui-fg-error"}>
              <Table.Cell>
                {isSaleTender(tender) ? "" : "Back to "}
                {TENDER_KIND_LABELS[tender.kind]}
              </Table.Cell>
              <Table.Cell className="text-right tabular-nums">
                {formatMoney(tender.amount, currency)}
              </Table.Cell>
              <Table.Cell className="text-right tabular-nums">
                {tender.tendered != null ? formatMoney(tender.tendered, currency) : "—"}
              </Table.Cell>
              <Table.Cell className="text-right tabular-nums">
                {tender.change ? formatMoney(tender.change, currency) : "—"}
              </Table.Cell>
              <Table.Cell>
                {tender.kind === "stored_value"
                  ? `Principal ${formatMoney(tender.principal_amount, currency)} · bonus ${formatMoney(
                      tender.bonus_amount,
                      currency
                    )}`
                  : (tender.reference ?? "—")}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Section>
  )
}

const RefundsSection = ({
  sale,
  staffName,
  userName,
}: {
  sale: AdminCounterSale
  staffName: (id: string | null) => string
  userName: (id: string | null | undefined) => string | null
}) => (
  <Section title="Refunds and voids">
    {sale.refunds.length ? (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>When</Table.HeaderCell>
            <Table.HeaderCell>Kind</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
            <Table.HeaderCell>Reason</Table.HeaderCell>
            <Table.HeaderCell>Authorised by</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {sale.refunds.map((refund) => (
            <Table.Row key={refund.id}>
              <Table.Cell>
                <div className="flex flex-col">
                  <span>{formatInstant(refund.completed_at ?? refund.created_at)}</span>
                  {userName(refund.created_by) && (
                    <span className="txt-xsmall text-ui-fg-subtle">
                      by {userName(refund.created_by)}
                    </span>
                  )}
                </div>
              </Table.Cell>
              <Table.Cell>
                {refund.kind === "void" ? "Void" : "Refund"}
                {refund.status !== "completed" && ` (${SALE_STATUS_META[refund.status].label})`}
              </Table.Cell>
              <Table.Cell className="text-right tabular-nums">
                {formatMoney(refund.amount, sale.currency_code)}
              </Table.Cell>
              <Table.Cell>
                <span className="block max-w-[280px] truncate" title={refund.reason}>
                  {refund.reason}
                </span>
              </Table.Cell>
              <Table.Cell>{staffName(refund.staff_member_id)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    ) : (
      <EmptyState title="No refunds" />
    )}
  </Section>
)

export default SalePage
