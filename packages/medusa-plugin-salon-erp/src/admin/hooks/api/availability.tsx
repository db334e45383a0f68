import { useQuery } from "@tanstack/react-query"
import type { QueryOptions } from "../../lib/hook-options"
import { sdk } from "../../lib/sdk"
import type { AvailabilityParams, AvailabilityResponse } from "../../../types/booking/http"
import { availabilityQueryKeys } from "./query-keys"

/** Free starts for a visit of one or more services in order (front-desk rules: from now). */
export const useAvailability = (
  query: AvailabilityParams,
  options?: QueryOptions<AvailabilityResponse>
) =>
  useQuery({
    queryKey: availabilityQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AvailabilityResponse>("/admin/availability", {
        query: { ...query, salon_service_id: query.salon_service_id.join(",") },
      }),
    // Slots go stale as others book; refetch rather than offer a taken one.
    staleTime: 0,
    ...options,
  })
