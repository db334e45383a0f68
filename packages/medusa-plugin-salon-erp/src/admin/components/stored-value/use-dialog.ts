import { useCallback, useMemo, useRef, useState } from "react"

/**
 * A dialog's open state plus a session number that grows on every opening: key the dialog's
 * form by it so each opening starts fresh, with a new idempotency key.
 */
export const useDialog = <T = undefined>() => {
  const [state, setState] = useState<{ open: boolean; session: number; data: T | null }>({
    open: false,
    session: 0,
    data: null,
  })
  const show = useCallback(
    (data: T) => setState((current) => ({ open: true, session: current.session + 1, data })),
    []
  )
  const onOpenChange = useCallback(
    (open: boolean) => setState((current) => ({ ...current, open })),
    []
  )
  return {
    ...state,
    show,
    onOpenChange,
    close: () => onOpenChange(false),
    /** What a session drawer or prompt takes: `<SpendDrawer {...spend.props} … />`. */
    props: { open: state.open, onOpenChange, session: state.session },
  }
}

/**
 * Lets one submit through until it settles: a second click while the first request is in
 * flight is ignored here, and the idempotency key is the backstop if one slips through.
 */
export const useSingleFlight = () => {
  const busy = useRef(false)
  return useMemo(
    () => ({
      /** False when a submit is already in flight. */
      start: () => {
        if (busy.current) return false
        busy.current = true
        return true
      },
      end: () => {
        busy.current = false
      },
    }),
    []
  )
}
