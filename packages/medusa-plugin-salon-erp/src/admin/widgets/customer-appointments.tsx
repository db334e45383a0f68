import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { StarSolid } from "@medusajs/icons"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Table, Tabs } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { AppointmentStatusBadge } from "../components/appointments/appointment-status-badge"
import { EmptyState, ErrorState, LoadingState } from "../components/common/page-states"
import { SectionHeader } from "../components/common/section-header"
import { useAppointments } from "../hooks/api/appointments"
import { formatDate, formatRange, zonedParts } from "../lib/time"
import type { Appointment } from "../../types/booking/http"
import { ShowMore } from "../components/common/show-more"

const PAGE_SIZE = 10

/** A customer's upcoming and past appointments on the customer page. */
const CustomerAppointmentsWidget = ({
  data: customer,
}: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const [tab, setTab] = useState<"upcoming" | "past">("upcoming")
  // Fixed for the widget's life, so the two lists split at one instant and keep their cache key.
  const [now] = useState(() => new Date().toISOString())
  const [limit, setLimit] = useState(PAGE_SIZE)
  const query =
    tab === "upcoming"
      ? { customer_id: customer.id, from: now, order: "starts_at", limit }
      : { customer_id: customer.id, to: now, order: "-starts_at", limit }
  const { data, isLoading, error, refetch, isFetching } = useAppointments(query)
  const appointments = data?.appointments ?? []

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Appointments"
        actions={
          <Tabs
            value={tab}
            onValueChange={(value) => {
              setTab(value as "upcoming" | "past")
              setLimit(PAGE_SIZE)
            }}
          >
            <Tabs.List>
              <Tabs.Trigger value="upcoming">Upcoming</Tabs.Trigger>
              <Tabs.Trigger value="past">Past</Tabs.Trigger>
            </Tabs.List>
          </Tabs>
        }
      />
      {isLoading && <LoadingState />}
      {error && <ErrorState error={error} onRetry={() => refetch()} />}
      {data && !appointments.length && (
        <EmptyState
          title={tab === "upcoming" ? "No upcoming appointments" : "No past appointments"}
          description={tab === "upcoming" ? "Book one from the calendar." : undefined}
        />
      )}
      {appointments.length > 0 && (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>#</Table.HeaderCell>
                <Table.HeaderCell>When</Table.HeaderCell>
                <Table.HeaderCell>Branch</Table.HeaderCell>
                <Table.HeaderCell>Services & staff</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {appointments.map((appointment) => (
                <AppointmentRow key={appointment.id} appointment={appointment} />
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {data && data.count > appointments.length && (
        <ShowMore
          shown={appointments.length}
          total={data.count}
          isLoading={isFetching}
          onClick={() => setLimit(limit + PAGE_SIZE)}
        />
      )}
    </Container>
  )
}

const AppointmentRow = ({ appointment }: { appointment: Appointment }) => {
  const timeZone = appointment.branch?.timezone ?? "UTC"
  const local = zonedParts(appointment.starts_at, timeZone)
  const items = [...appointment.items].sort((a, b) => a.position - b.position)
  const calendarLink = `/calendar?branch_id=${appointment.branch?.id ?? appointment.branch_id ?? ""}&date=${local.date}&appointment=${appointment.id}`
  return (
    <Table.Row>
      <Table.Cell className="tabular-nums">{appointment.display_id}</Table.Cell>
      <Table.Cell>
        <div className="flex flex-col py-2">
          <span className="txt-small-plus">{formatDate(local.date)}</span>
          <span className="txt-small text-ui-fg-subtle tabular-nums">
            {formatRange(appointment.starts_at, appointment.ends_at, timeZone)}
          </span>
        </div>
      </Table.Cell>
      <Table.Cell>{appointment.branch?.name ?? "—"}</Table.Cell>
      <Table.Cell>
        <div className="flex flex-col py-2">
          {items.map((item) => (
            <span key={item.id} className="txt-small flex items-center gap-x-1">
              {item.service_name}
              <span className="text-ui-fg-subtle">
                · {item.staff_member?.name ?? "Staff member"}
              </span>
              {item.is_designated && (
                <StarSolid className="text-ui-tag-orange-icon h-3 w-3" aria-label="requested" />
              )}
            </span>
          ))}
        </div>
      </Table.Cell>
      <Table.Cell>
        <AppointmentStatusBadge status={appointment.status} />
      </Table.Cell>
      <Table.Cell>
        <Link
          to={calendarLink}
          className="txt-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover whitespace-nowrap"
        >
          Open in calendar
        </Link>
      </Table.Cell>
    </Table.Row>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
})

export default CustomerAppointmentsWidget
