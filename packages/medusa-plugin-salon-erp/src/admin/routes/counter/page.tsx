import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Select } from "@medusajs/ui"
import { useMemo } from "react"
import { useSearchParams } from "react-router-dom"
import type { AdminCounterShift } from "../../../types/counter/http"
import { useCounterRegisters, useCounterShifts } from "../../hooks/api/counter"
import { RecentShifts } from "./components/recent-shifts"
import { RegistersSection } from "./components/registers-section"
import { LIVE_REFRESH_MS, useCounterNames } from "./components/shared"

const ALL = "__all"
/** A chain has a few tills per branch: one page holds them all. */
const REGISTER_LIMIT = 100

const CounterPage = () => {
  // In the address, so a link or a reload keeps the branch and register chosen.
  const [searchParams, setSearchParams] = useSearchParams()
  const branchId = searchParams.get("branch_id") ?? ""
  const registerId = searchParams.get("register_id") ?? ""
  const names = useCounterNames()

  const registers = useCounterRegisters({
    branch_id: branchId || undefined,
    limit: REGISTER_LIMIT,
  })
  const openShifts = useCounterShifts(
    { branch_id: branchId || undefined, status: "open", limit: REGISTER_LIMIT },
    { refetchInterval: LIVE_REFRESH_MS }
  )

  // Grouped by branch name, then by code (the API's order), so a branch's tills sit together.
  const sorted = useMemo(
    () =>
      [...(registers.data?.counter_registers ?? [])].sort(
        (a, b) =>
          names.branch(a.branch_id).localeCompare(names.branch(b.branch_id)) ||
          a.code.localeCompare(b.code)
      ),
    [registers.data, names]
  )
  const openByRegister = useMemo(
    () =>
      new Map<string, AdminCounterShift>(
        (openShifts.data?.counter_shifts ?? []).map((shift) => [shift.register_id, shift])
      ),
    [openShifts.data]
  )

  const update = (next: { branch_id?: string; register_id?: string }) => {
    const params = new URLSearchParams(searchParams)
    for (const [key, value] of Object.entries(next)) {
      if (value) params.set(key, value)
      else params.delete(key)
    }
    setSearchParams(params, { replace: true })
  }

  const branchFilter = (
    <Select
      size="small"
      value={branchId || ALL}
      onValueChange={(value) => update({ branch_id: value === ALL ? "" : value, register_id: "" })}
    >
      <Select.Trigger className="w-[200px]" aria-label="Branch">
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ALL}>Every branch</Select.Item>
        {names.branches.map((branch) => (
          <Select.Item key={branch.id} value={branch.id}>
            {branch.name}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )

  return (
    <div className="flex flex-col gap-y-3">
      <RegistersSection
        branchId={branchId}
        registers={sorted}
        openShifts={openByRegister}
        isLoading={registers.isLoading}
        error={registers.error ?? openShifts.error}
        onRetry={() => {
          registers.refetch()
          openShifts.refetch()
        }}
        onShowShifts={(id) => {
          update({ register_id: id })
          document.getElementById("counter-recent-shifts")?.scrollIntoView({ behavior: "smooth" })
        }}
        filter={branchFilter}
        truncated={(registers.data?.count ?? 0) > sorted.length}
      />
      <div id="counter-recent-shifts">
        <RecentShifts
          key={`${branchId}:${registerId}`}
          branchId={branchId}
          registers={sorted}
          registerId={registerId}
          onRegisterChange={(id) => update({ register_id: id })}
        />
      </div>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Counter",
  icon: Cash,
  rank: 8,
})

export default CounterPage
