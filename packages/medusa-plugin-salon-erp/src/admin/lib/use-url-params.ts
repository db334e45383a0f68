import { useSearchParams } from "react-router-dom"

/**
 * The page's search params (filters, the open record) and a setter that patches them: a value
 * sets its key, "" or null removes it. Filtering replaces the history entry, so the back button
 * leaves the page rather than stepping through filters; `push` keeps each change in the history.
 */
export const useUrlParams = ({ push = false }: { push?: boolean } = {}) => {
  const [params, setParams] = useSearchParams()
  const setParam = (patch: Record<string, string | null | undefined>) => {
    const next = new URLSearchParams(params)
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value)
      else next.delete(key)
    }
    setParams(next, { replace: !push })
  }
  return [params, setParam] as const
}
