import { XMarkMini } from "@medusajs/icons"

/** A client tag as a pill with its colour swatch; with `onRemove`, a remove button. */
export const TagBadge = ({
  name,
  color,
  title,
  onRemove,
  disabled,
}: {
  name: string
  color: string | null
  title?: string
  onRemove?: () => void
  disabled?: boolean
}) => (
  <span
    title={title}
    className="bg-ui-bg-subtle txt-compact-xsmall-plus text-ui-fg-base inline-flex items-center gap-x-1.5 rounded-full border py-0.5 pl-2 pr-2"
  >
    <ColorSwatch color={color} />
    {name}
    {onRemove && (
      <button
        type="button"
        aria-label={`Remove ${name}`}
        disabled={disabled}
        onClick={onRemove}
        className="text-ui-fg-muted hover:text-ui-fg-base -mr-1 rounded-full disabled:opacity-50"
      >
        <XMarkMini />
      </button>
    )}
  </span>
)

export const ColorSwatch = ({ color, size = 8 }: { color: string | null; size?: number }) => (
  <span
    aria-hidden
    className="border-ui-border-strong inline-block shrink-0 rounded-full border"
    style={{ width: size, height: size, backgroundColor: color ?? "transparent" }}
  />
)
