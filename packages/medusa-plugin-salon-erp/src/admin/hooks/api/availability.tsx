import type { QueryOptions } from "../../lib/hook-options"
import type { AvailabilityParams, AvailabilityResponse } from "../../../types/booking/http"
import { useAdminQuery } from "./factories"
import { availabilityQueryKeys } from "./query-keys"

/** Free starts for a visit of one or more services in order (front-desk rules: from now). */
export const useAvailability = (
  query: AvailabilityParams,
  options?: QueryOptions<AvailabilityResponse>
) =>
  useAdminQuery(
    availabilityQueryKeys.list(query),
    "/admin/availability",
    { ...query, salon_service_id: query.salon_service_id.join(",") },
    options,
    // Slots go stale as others book; refetch rather than offer a taken one.
    { staleTime: 0 }
  )
