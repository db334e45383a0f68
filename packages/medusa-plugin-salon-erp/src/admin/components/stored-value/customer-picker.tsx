import { XMarkMini } from "@medusajs/icons"
import { IconButton, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { useCustomerSearch } from "../../hooks/api/core-resources"
import { customerName } from "../../lib/stored-value"
import { useDebouncedValue } from "../../lib/use-debounced-value"
import { CustomerOptionText, SearchStatus } from "../forms/search-status"

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
      <div className="bg-ui-bg-field shadow-borders-base flex h-8 items-center gap-x-1 rounded-md pl-3 pr-1">
        <Text size="small" className="max-w-[200px] truncate" title={label ?? value}>
          {label ?? value}
        </Text>
        <IconButton
          size="2xsmall"
          variant="transparent"
          aria-label="Clear customer"
          onClick={() => onChange(null)}
        >
          <XMarkMini />
        </IconButton>
      </div>
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
        <div className="bg-ui-bg-base shadow-elevation-flyout absolute left-0 top-9 z-50 max-h-72 w-[320px] overflow-y-auto rounded-lg p-1">
          <SearchStatus
            isLoading={search.isLoading}
            empty={!customers.length}
            emptyText="No customer matches."
          />
          {customers.map((customer) => {
            const name = customerName(customer) ?? customer.id
            return (
              <button
                key={customer.id}
                type="button"
                className="hover:bg-ui-bg-base-hover flex w-full flex-col rounded px-2 py-1.5 text-left"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  onChange({ id: customer.id, label: name })
                  setQ("")
                }}
              >
                <CustomerOptionText name={name} email={customer.email} phone={customer.phone} />
              </button>
            )
          })}
        </div>
      )}
    </div>
  )
}
