import { Button } from "@medusajs/ui"
import { useEffect, useState } from "react"

/** The same members in any order. */
export const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && a.every((value) => b.includes(value))

const sameJson = <T,>(a: T, b: T) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Unsaved edits of a saved value: they start from `saved`, start over whenever `saved` changes,
 * and are `dirty` while they differ from it (as JSON unless `same` says otherwise).
 */
export const useDraft = <T,>(saved: T, same: (a: T, b: T) => boolean = sameJson) => {
  const [draft, setDraft] = useState(saved)
  // Keyed on the content: `saved` is often rebuilt on every render.
  const savedKey = JSON.stringify(saved)
  useEffect(() => setDraft(saved), [savedKey])
  return { draft, setDraft, dirty: !same(draft, saved), reset: () => setDraft(saved) }
}

/** "Reset" and the save button of a section edited in place; both wait for a change. */
export const DraftActions = ({
  dirty,
  invalid = false,
  isSaving,
  onReset,
  onSave,
  saveLabel = "Save",
}: {
  dirty: boolean
  invalid?: boolean
  isSaving: boolean
  onReset: () => void
  onSave: () => void
  saveLabel?: string
}) => (
  <>
    <Button size="small" variant="secondary" disabled={!dirty} onClick={onReset}>
      Reset
    </Button>
    <Button size="small" disabled={!dirty || invalid} isLoading={isSaving} onClick={onSave}>
      {saveLabel}
    </Button>
  </>
)
