import { Drawer, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useCreateTreatmentNote } from "../../hooks/api/clients"
import type { CreateTreatmentNotePayload } from "../../../types/clients/http"
import { errorMessage } from "../../lib/errors"
import { Field } from "../common/field"
import { useSingleFlight } from "../stored-value/use-dialog"
import { PhotoPicker, useTreatmentPhotos } from "./photo-picker"
import { TagInput } from "./tag-input"
import { useClientLookups } from "./use-lookups"
import { DrawerActions, DrawerHeading } from "../forms/drawer-parts"
import { NoneSelect } from "../common/none-select"
import { withSessionDrawer } from "../common/session-dialogs"
import { nameOption } from "../common/select-options"

const NoteForm = ({ customerId, onDone }: { customerId: string; onDone: () => void }) => {
  const lookups = useClientLookups()
  const create = useCreateTreatmentNote(customerId)
  const flight = useSingleFlight()
  const [staffId, setStaffId] = useState("")
  const [branchId, setBranchId] = useState("")
  const [services, setServices] = useState<string[]>([])
  const [products, setProducts] = useState<string[]>([])
  const [notes, setNotes] = useState("")
  const [error, setError] = useState<string | null>(null)
  const photos = useTreatmentPhotos()

  const submit = () => {
    if (!notes.trim()) {
      setError("Write what was done and observed")
      return
    }
    setError(null)
    if (photos.uploading) return
    if (!flight.start()) return
    const payload: CreateTreatmentNotePayload = {
      notes: notes.trim(),
      services,
      products_used: products,
    }
    if (staffId) payload.staff_member_id = staffId
    if (branchId) payload.branch_id = branchId
    if (photos.urls.length) payload.photo_urls = photos.urls
    create.mutate(payload, {
      onSuccess: () => {
        photos.keep()
        toast.success("Treatment note added")
        onDone()
      },
      onError: (problem) =>
        toast.error("Could not add the note", { description: errorMessage(problem) }),
      onSettled: flight.end,
    })
  }

  return (
    <>
      <DrawerHeading title="Add treatment note">
        Notes are health data: every member of staff at every branch can read them, and every read
        is recorded.
      </DrawerHeading>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        <div className="grid grid-cols-2 gap-3">
          <Field label="Staff member" htmlFor="note-staff" optional>
            <NoneSelect
              id="note-staff"
              value={staffId}
              onChange={setStaffId}
              options={lookups.staff.map(nameOption)}
              noneLabel="Not set"
            />
          </Field>
          <Field label="Branch" htmlFor="note-branch" optional>
            <NoneSelect
              id="note-branch"
              value={branchId}
              onChange={setBranchId}
              options={lookups.branches.map(nameOption)}
              noneLabel="Not set"
            />
          </Field>
        </div>
        <Field label="Services" htmlFor="note-services" optional hint="Enter or comma to add">
          <TagInput
            id="note-services"
            value={services}
            onChange={setServices}
            placeholder="e.g. Hydrating facial"
          />
        </Field>
        <Field label="Products used" htmlFor="note-products" optional hint="Enter or comma to add">
          <TagInput
            id="note-products"
            value={products}
            onChange={setProducts}
            placeholder="e.g. Hyaluronic serum"
          />
        </Field>
        <Field label="Notes" htmlFor="note-notes" error={error}>
          <Textarea
            id="note-notes"
            rows={6}
            value={notes}
            onChange={(event) => setNotes(event.target.value)}
            placeholder="What was done, how the skin reacted, what to do next time"
            aria-invalid={!!error}
          />
        </Field>
        <Field
          label="Photos"
          htmlFor="note-photos"
          optional
          hint="Before and after, skin reactions: stored with the note, visible to all staff"
        >
          <PhotoPicker id="note-photos" state={photos} />
        </Field>
      </Drawer.Body>
      <DrawerActions isLoading={create.isPending} disabled={photos.uploading > 0} onClick={submit}>
        {photos.uploading ? "Uploading photos…" : "Add note"}
      </DrawerActions>
    </>
  )
}

/** Records what was done at a visit; visible to all staff of the chain. */
export const NoteDrawer = withSessionDrawer(NoteForm)
