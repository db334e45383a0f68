import { queryKeysFactory } from "../../lib/query-key-factory"
import type {
  AppointmentListParams,
  AvailabilityParams,
  BranchListParams,
  RoomListParams,
  SalonServiceListParams,
  StaffMemberListParams,
} from "../../../types/booking/http"

// One module for every booking key, so a mutation in one file can invalidate another's data.
export const branchQueryKeys = queryKeysFactory<"branch", BranchListParams>("branch")
export const roomQueryKeys = queryKeysFactory<"room", RoomListParams>("room")
export const staffMemberQueryKeys = queryKeysFactory<"staff_member", StaffMemberListParams>(
  "staff_member"
)
export const salonServiceQueryKeys = queryKeysFactory<"salon_service", SalonServiceListParams>(
  "salon_service"
)
export const appointmentQueryKeys = queryKeysFactory<"appointment", AppointmentListParams>(
  "appointment"
)
/** Day views per branch: `detail(branchId, { date })`. */
export const calendarQueryKeys = queryKeysFactory<"branch_calendar", never, { date: string }>(
  "branch_calendar"
)
export const availabilityQueryKeys = queryKeysFactory<"availability", AvailabilityParams>(
  "availability"
)
