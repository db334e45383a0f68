import { toast } from "@medusajs/ui"
import { errorMessage } from "../../lib/errors"

/** A success toast: its title, or a title and a line under it. */
export type ToastText = string | { title: string; description: string }

const showSuccess = (text: ToastText) =>
  typeof text === "string"
    ? toast.success(text)
    : toast.success(text.title, { description: text.description })

/**
 * `mutate` callbacks that toast the outcome: `success` (worked out from the answer when it is a
 * function), then `then`; a failure toasts `failure` with the API's message under it.
 */
export const toastOutcome = <TData>(
  success: ToastText | ((data: TData) => ToastText),
  failure: string,
  then?: (data: TData) => void
) => ({
  onSuccess: (data: TData) => {
    showSuccess(typeof success === "function" ? success(data) : success)
    then?.(data)
  },
  onError: (error: unknown) => toast.error(failure, { description: errorMessage(error) }),
})
