import { toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../../lib/errors"
import { newIdempotencyKey } from "../../lib/idempotency"
import type {
  StoredValueAccount,
  StoredValueOperationResponse,
} from "../../../types/stored-value/http"
import { useSingleFlight } from "./use-dialog"

/** A form that moves value on one member's account. */
export type AccountFormProps = {
  account: StoredValueAccount
  customerLabel: string
  onDone: () => void
}

/**
 * The submit of a form that moves stored value: one idempotency key per form (a retry or a
 * double click moves nothing twice), one request in flight, and the toasts of the outcome.
 */
export const useOperationSubmit = ({
  keyPrefix,
  failure,
  replayed,
  onDone,
}: {
  keyPrefix: string
  /** The error toast's title. */
  failure: string
  /** The title when the key had been used before (nothing moved this time). */
  replayed: string
  onDone: () => void
}) => {
  const [idempotencyKey] = useState(() => newIdempotencyKey(keyPrefix))
  const flight = useSingleFlight()
  return {
    idempotencyKey,
    /** False when a submit is already in flight. */
    start: flight.start,
    /** The mutation's callbacks, given the success toast's title and description. */
    callbacks: (success: (response: StoredValueOperationResponse) => [string, string]) => ({
      onSuccess: (response: StoredValueOperationResponse) => {
        const [title, description] = success(response)
        toast.success(response.operation.replayed ? replayed : title, { description })
        onDone()
      },
      onError: (error: unknown) => toast.error(failure, { description: errorMessage(error) }),
      onSettled: flight.end,
    }),
  }
}
