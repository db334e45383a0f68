import { Text } from "@medusajs/ui"

/** A search dropdown's state line: "Searching…" while it runs, then `emptyText` if nothing. */
export const SearchStatus = ({
  isLoading,
  empty,
  emptyText,
}: {
  isLoading: boolean
  empty: boolean
  emptyText: string
}) =>
  isLoading ? (
    <Text size="small" className="text-ui-fg-subtle px-2 py-1.5">
      Searching…
    </Text>
  ) : empty ? (
    <Text size="small" className="text-ui-fg-subtle px-2 py-1.5">
      {emptyText}
    </Text>
  ) : null

/** A customer's result row: name (or id) over email and phone. */
export const CustomerOptionText = ({
  name,
  email,
  phone,
}: {
  name: string
  email?: string | null
  phone?: string | null
}) => (
  <>
    <span className="txt-small-plus">{name}</span>
    <span className="txt-xsmall text-ui-fg-subtle">
      {[email, phone].filter(Boolean).join(" · ")}
    </span>
  </>
)
