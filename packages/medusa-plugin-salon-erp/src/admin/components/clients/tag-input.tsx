import { XMarkMini } from "@medusajs/icons"
import { Input } from "@medusajs/ui"
import { useState } from "react"

/**
 * A list of short texts (allergies, services, products): type and press Enter or a comma to
 * add; text left in the box is added on blur so nothing typed is lost.
 */
export const TagInput = ({
  id,
  value,
  onChange,
  placeholder,
  tone = "neutral",
}: {
  id?: string
  value: string[]
  onChange: (value: string[]) => void
  placeholder?: string
  tone?: "neutral" | "danger"
}) => {
  const [text, setText] = useState("")
  const add = (raw: string) => {
    const items = raw
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean)
    if (items.length) onChange([...new Set([...value, ...items])])
    setText("")
  }
  const chip =
    tone === "danger"
      ? "bg-ui-tag-red-bg text-ui-tag-red-text border-ui-tag-red-border"
      : "bg-ui-bg-subtle text-ui-fg-base"

  return (
    <div className="flex flex-col gap-y-2">
      {value.length > 0 && (
        <div className="flex flex-wrap gap-1.5">
          {value.map((item) => (
            <span
              key={item}
              className={`txt-compact-xsmall-plus inline-flex items-center gap-x-1 rounded-md border py-0.5 pl-2 pr-1 ${chip}`}
            >
              {item}
              <button
                type="button"
                aria-label={`Remove ${item}`}
                className="opacity-70 hover:opacity-100"
                onClick={() => onChange(value.filter((v) => v !== item))}
              >
                <XMarkMini />
              </button>
            </span>
          ))}
        </div>
      )}
      <Input
        id={id}
        size="small"
        value={text}
        placeholder={placeholder ?? "Type and press Enter"}
        onChange={(event) => {
          const next = event.target.value
          if (next.includes(",")) add(next)
          else setText(next)
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault()
            add(text)
          } else if (event.key === "Backspace" && !text && value.length) {
            onChange(value.slice(0, -1))
          }
        }}
        onBlur={() => text.trim() && add(text)}
      />
    </div>
  )
}
