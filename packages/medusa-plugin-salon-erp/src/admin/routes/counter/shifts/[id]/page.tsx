import { ArrowDownCircle, ArrowUpCircleSolid, Plus } from "@medusajs/icons"
import { Button, StatusBadge } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { useDialog } from "../../../../components/stored-value/use-dialog"
import { useCounterRegister, useCounterShift } from "../../../../hooks/api/counter"
import { CashEntryDrawer, type CashEntryMode } from "../../components/cash-entry-drawers"
import { CloseShiftDrawer } from "../../components/close-shift-drawer"
import {
  CashEntriesSection,
  CorrectionsSection,
  ShiftFigures,
} from "../../components/shift-sections"
import { LIVE_REFRESH_MS, useCounterNames } from "../../components/shared"
import { ZReportSection } from "../../components/z-report-section"
import { ShiftSalesSection } from "../../components/shift-sales-section"
import { Section, DetailPage, DetailPageState } from "../../../../components/layout/detail-page"

const ShiftDetailPage = () => {
  const { id = "" } = useParams()
  const names = useCounterNames()
  const { data, isLoading, error, refetch } = useCounterShift(id, {
    // An open shift's expected cash moves with every entry, from any till or tab.
    refetchInterval: (query) =>
      query.state.data?.counter_shift.status === "open" ? LIVE_REFRESH_MS : false,
  })
  const registerId = data?.counter_shift.register_id ?? ""
  // A deleted register answers 404: its shifts stay readable, without its name.
  const register = useCounterRegister(registerId, { enabled: !!registerId, retry: false })
  const entryDialog = useDialog<CashEntryMode>()
  const closeDialog = useDialog()

  if (!data) {
    return (
      <DetailPageState
        isLoading={isLoading}
        error={error}
        onRetry={() => refetch()}
        notFound="Shift not found"
      />
    )
  }
  const shift = data.counter_shift
  const isOpen = shift.status === "open"
  const registerName = register.data
    ? `${register.data.counter_register.name} (${register.data.counter_register.code})`
    : register.error?.status === 404
      ? "Deleted register"
      : register.error
        ? "Unknown register"
        : "…"

  return (
    <DetailPage
      back={{
        to: `/counter?branch_id=${shift.branch_id}&register_id=${shift.register_id}`,
        label: "Counter",
      }}
      main={
        <>
          <Section
            level="h1"
            title={
              <span className="flex items-center gap-x-2">
                Shift on {registerName}
                <StatusBadge color={isOpen ? "green" : "grey"}>
                  {isOpen ? "Open" : "Closed"}
                </StatusBadge>
              </span>
            }
            description={`${names.branch(shift.branch_id)} · ${shift.currency_code.toUpperCase()}`}
            actions={
              isOpen ? (
                <>
                  <Button
                    size="small"
                    variant="secondary"
                    onClick={() => entryDialog.show("paid_in")}
                  >
                    <ArrowDownCircle />
                    Paid in
                  </Button>
                  <Button
                    size="small"
                    variant="secondary"
                    onClick={() => entryDialog.show("paid_out")}
                  >
                    <ArrowUpCircleSolid />
                    Paid out
                  </Button>
                  <Button size="small" onClick={() => closeDialog.show(undefined)}>
                    Close shift
                  </Button>
                </>
              ) : null
            }
          >
            <ShiftFigures shift={shift} userName={names.user} />
          </Section>
          <ShiftSalesSection shift={shift} />
          <ZReportSection shiftId={shift.id} />
          {!isOpen && (
            <CorrectionsSection
              shift={shift}
              userName={names.user}
              actions={
                <Button
                  size="small"
                  variant="secondary"
                  onClick={() => entryDialog.show("correction")}
                >
                  <Plus />
                  Record correction
                </Button>
              }
            />
          )}
          <CashEntriesSection shift={shift} userName={names.user} />
        </>
      }
    >
      <CashEntryDrawer {...entryDialog.props} mode={entryDialog.data ?? "paid_in"} shift={shift} />
      {/* Stays mounted when the shift turns closed, so the close's toast still shows. */}
      <CloseShiftDrawer {...closeDialog.props} shift={shift} registerName={registerName} />
    </DetailPage>
  )
}

export default ShiftDetailPage
