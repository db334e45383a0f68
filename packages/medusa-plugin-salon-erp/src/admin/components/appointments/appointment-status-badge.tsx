import { StatusBadge } from "@medusajs/ui"
import { STATUS_META } from "../../lib/appointment-status"
import type { AppointmentStatus } from "../../../types/booking/http"

export const AppointmentStatusBadge = ({
  status,
  className,
}: {
  status: AppointmentStatus
  className?: string
}) => (
  <StatusBadge color={STATUS_META[status].color} className={className}>
    {STATUS_META[status].label}
  </StatusBadge>
)
