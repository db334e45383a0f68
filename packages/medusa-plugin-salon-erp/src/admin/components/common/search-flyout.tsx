import { XMarkMini } from "@medusajs/icons"
import { clx, IconButton, Text } from "@medusajs/ui"
import type { Dispatch, KeyboardEvent, ReactNode, SetStateAction } from "react"
import { SearchStatus } from "../forms/search-status"

/**
 * Moves the highlighted result with the arrow keys, within `count` results. True when it
 * handled the key.
 */
export const moveActive = (
  event: KeyboardEvent<HTMLInputElement>,
  count: number,
  setActive: Dispatch<SetStateAction<number>>
) => {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return false
  event.preventDefault()
  setActive((index) =>
    event.key === "ArrowDown" ? Math.min(index + 1, count - 1) : Math.max(index - 1, 0)
  )
  return true
}

/**
 * The results under a search field: its state line, then one button per result. With
 * `active`, the highlighted row follows the arrow keys and the mouse (a listbox); without it,
 * rows highlight on hover.
 */
export const SearchResults = <T,>({
  items,
  getKey,
  onChoose,
  renderItem,
  isLoading,
  emptyText,
  className,
  itemClassName = "flex-col",
  active,
  onActive,
}: {
  items: T[]
  getKey: (item: T) => string
  onChoose: (item: T, index: number) => void
  renderItem: (item: T) => ReactNode
  isLoading: boolean
  emptyText: string
  /** Position and size of the dropdown. */
  className: string
  itemClassName?: string
  active?: number
  onActive?: (index: number) => void
}) => {
  const keyboard = active !== undefined
  return (
    <div
      role={keyboard ? "listbox" : undefined}
      className={clx(
        "bg-ui-bg-base shadow-elevation-flyout absolute top-9 z-50 overflow-y-auto rounded-lg p-1",
        className
      )}
    >
      <SearchStatus isLoading={isLoading} empty={!items.length} emptyText={emptyText} />
      {items.map((item, index) => (
        <button
          key={getKey(item)}
          type="button"
          role={keyboard ? "option" : undefined}
          aria-selected={keyboard ? index === active : undefined}
          className={clx(
            "flex w-full rounded px-2 py-1.5 text-left",
            itemClassName,
            keyboard ? index === active && "bg-ui-bg-base-hover" : "hover:bg-ui-bg-base-hover"
          )}
          // Keeps the focus in the field, so its blur does not close the list before the click.
          onMouseDown={(event) => event.preventDefault()}
          onMouseEnter={onActive && (() => onActive(index))}
          onClick={() => onChoose(item, index)}
        >
          {renderItem(item)}
        </button>
      ))}
    </div>
  )
}

/** A picker's chosen value, shown like a field, with a button that clears it. */
export const ChosenValue = ({
  label,
  title,
  clearLabel,
  onClear,
  className,
  textClassName,
}: {
  label: ReactNode
  title?: string
  clearLabel: string
  onClear: () => void
  className?: string
  textClassName?: string
}) => (
  <div
    className={clx(
      "bg-ui-bg-field shadow-borders-base flex h-8 items-center gap-x-1 rounded-md pl-3 pr-1",
      className
    )}
  >
    <Text size="small" className={clx("truncate", textClassName)} title={title}>
      {label}
    </Text>
    <IconButton size="2xsmall" variant="transparent" aria-label={clearLabel} onClick={onClear}>
      <XMarkMini />
    </IconButton>
  </div>
)
