/**
 * Operations helpers an app may opt into (`medusa-plugin-salon-erp/operations`): the error handler
 * wrapper that answers 503 + Retry-After, the logger wrapper that tags lines with the request id,
 * and the job run counter.
 */
export { withOperationalErrors, isTemporarilyUnavailable } from "./operational-errors"
export type { OperationalErrorsOptions } from "./operational-errors"
export { withRequestIds, currentRequestId, REQUEST_ID_HEADER } from "./request-context"
export { recordJobRun } from "./metrics"
export { maskUrl } from "./redis"
