import { Input } from "@medusajs/ui"
import { useState } from "react"
import { useCustomerSearch } from "../../hooks/api/core-resources"
import { customerName } from "../../lib/stored-value"
import { useDebouncedValue } from "../../lib/use-debounced-value"
import { CustomerOptionText } from "../forms/search-status"
import { ChosenValue, SearchResults } from "../common/search-flyout"

/** A customer search result: name (or id) over email and phone. */
export const CustomerResult = ({
  customer,
}: {
  customer: Parameters<typeof customerName>[0] & {
    id: string
    email?: string | null
    phone?: string | null
  }
}) => (
  <CustomerOptionText
    name={customerName(customer) ?? customer.id}
    email={customer.email}
    phone={customer.phone}
  />
)

/** Picks one customer by name, email or phone; shows the chosen one with a clear button. */
export const CustomerPicker = ({
  value,
  label,
  onChange,
  placeholder = "Customer: name, email, phone",
}: {
  /** The chosen customer id, or "". */
  value: string
  /** How to show the chosen customer (name or email), when known. */
  label?: string | null
  onChange: (customer: { id: string; label: string } | null) => void
  placeholder?: string
}) => {
  const [q, setQ] = useState("")
  const [focused, setFocused] = useState(false)
  const debounced = useDebouncedValue(q.trim())
  const search = useCustomerSearch(debounced)
  const customers = debounced ? (search.data?.customers ?? []) : []

  if (value) {
    return (
      <ChosenValue
        textClassName="max-w-[200px]"
        label={label ?? value}
        title={label ?? value}
        clearLabel="Clear customer"
        onClear={() => onChange(null)}
      />
    )
  }
  return (
    <div className="relative">
      <Input
        size="small"
        type="search"
        className="w-[240px]"
        placeholder={placeholder}
        value={q}
        onChange={(event) => setQ(event.target.value)}
        onFocus={() => setFocused(true)}
        // Late enough for a click on a result to land first.
        onBlur={() => window.setTimeout(() => setFocused(false), 150)}
      />
      {focused && debounced && (
        <SearchResults
          className="left-0 max-h-72 w-[320px]"
          items={customers}
          getKey={(customer) => customer.id}
          isLoading={search.isLoading}
          emptyText="No customer matches."
          onChoose={(customer) => {
            onChange({ id: customer.id, label: customerName(customer) ?? customer.id })
            setQ("")
          }}
          renderItem={(customer) => <CustomerResult customer={customer} />}
        />
      )}
    </div>
  )
}
