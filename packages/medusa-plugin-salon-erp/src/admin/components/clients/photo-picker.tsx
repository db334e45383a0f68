import { ArrowUpTray, Spinner, XMarkMini } from "@medusajs/icons"
import { Button, IconButton, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useMemo, useRef, useState } from "react"
import { errorMessage } from "../../lib/errors"
import {
  MAX_PHOTOS,
  PHOTO_ACCEPT,
  checkPhotoFiles,
  discardTreatmentPhoto,
  uploadTreatmentPhoto,
} from "../../lib/treatment-photos"
import { PhotoThumb } from "./photo-thumb"

/** A photo picked in the form: a local preview until its upload returns the stored URL. */
export type PickedPhoto = {
  localId: string
  name: string
  preview: string
  status: "uploading" | "uploaded"
  id?: string
  url?: string
}

const UPLOADS_AT_ONCE = 3

/**
 * The photos of a note being written. Each picked file is checked (type, size, count) and uploaded
 * at once through the file module, so a failure shows while the form is still open; removing an
 * uploaded photo, or closing the form without saving, deletes the stored file. Call `keep()` once
 * the note is saved.
 */
export const useTreatmentPhotos = () => {
  const [photos, setPhotos] = useState<PickedPhoto[]>([])
  const list = useRef<PickedPhoto[]>([])
  const mounted = useRef(true)
  const kept = useRef(false)

  const update = useCallback((change: (current: PickedPhoto[]) => PickedPhoto[]) => {
    list.current = change(list.current)
    setPhotos(list.current)
  }, [])

  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
      for (const photo of list.current) {
        URL.revokeObjectURL(photo.preview)
        if (!kept.current && photo.id) void discardTreatmentPhoto(photo.id)
      }
    }
  }, [])

  const uploadOne = useCallback(
    async (photo: PickedPhoto, file: File) => {
      try {
        const stored = await uploadTreatmentPhoto(file)
        const stillWanted = list.current.some((item) => item.localId === photo.localId)
        if (!mounted.current || !stillWanted) {
          void discardTreatmentPhoto(stored.id)
          return
        }
        update((current) =>
          current.map((item) =>
            item.localId === photo.localId ? { ...item, status: "uploaded", ...stored } : item
          )
        )
      } catch (error) {
        update((current) => current.filter((item) => item.localId !== photo.localId))
        URL.revokeObjectURL(photo.preview)
        if (mounted.current) {
          toast.error(`Could not upload ${file.name}`, { description: errorMessage(error) })
        }
      }
    },
    [update]
  )

  const add = useCallback(
    (files: File[]) => {
      const { accepted, problems } = checkPhotoFiles(files, list.current.length)
      if (problems.length) {
        toast.error(
          problems.length === 1 ? "A photo was not added" : `${problems.length} photos not added`,
          { description: problems.join(". ") }
        )
      }
      const picked = accepted.map((file) => ({
        file,
        photo: {
          localId: `${Date.now()}-${Math.random().toString(36).slice(2)}`,
          name: file.name,
          preview: URL.createObjectURL(file),
          status: "uploading" as const,
        },
      }))
      if (!picked.length) return
      update((current) => [...current, ...picked.map(({ photo }) => photo)])
      const queue = [...picked]
      const worker = async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          await uploadOne(next.photo, next.file)
        }
      }
      for (let i = 0; i < Math.min(UPLOADS_AT_ONCE, queue.length); i++) void worker()
    },
    [update, uploadOne]
  )

  const remove = useCallback(
    (localId: string) => {
      const photo = list.current.find((item) => item.localId === localId)
      if (!photo) return
      update((current) => current.filter((item) => item.localId !== localId))
      URL.revokeObjectURL(photo.preview)
      // An upload still running discards its file when it returns (the photo is gone by then).
      if (photo.id) void discardTreatmentPhoto(photo.id)
    },
    [update]
  )

  return useMemo(
    () => ({
      photos,
      add,
      remove,
      uploading: photos.filter((photo) => photo.status === "uploading").length,
      urls: photos.flatMap((photo) => (photo.url ? [photo.url] : [])),
      keep: () => {
        kept.current = true
      },
    }),
    [photos, add, remove]
  )
}

/** Pick (or drop) photos, see them as thumbnails, remove any before the note is saved. */
export const PhotoPicker = ({
  id,
  state,
}: {
  id: string
  state: ReturnType<typeof useTreatmentPhotos>
}) => {
  const input = useRef<HTMLInputElement>(null)
  const [dragging, setDragging] = useState(false)
  const full = state.photos.length >= MAX_PHOTOS

  return (
    <div
      className={`flex flex-col gap-y-3 rounded-lg border border-dashed p-3 ${
        dragging ? "border-ui-border-interactive bg-ui-bg-highlight" : "border-ui-border-strong"
      }`}
      onDragOver={(event) => {
        event.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault()
        setDragging(false)
        state.add(Array.from(event.dataTransfer.files))
      }}
    >
      <input
        ref={input}
        id={id}
        type="file"
        multiple
        accept={PHOTO_ACCEPT}
        className="hidden"
        onChange={(event) => {
          state.add(Array.from(event.target.files ?? []))
          event.target.value = ""
        }}
      />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Text size="small" className="text-ui-fg-subtle">
          {state.photos.length
            ? `${state.photos.length} of ${MAX_PHOTOS} photos${
                state.uploading ? ` · uploading ${state.uploading}…` : ""
              }`
            : "JPEG, PNG, WebP or HEIC, up to 10 MB each; drop them here or"}
        </Text>
        <Button
          type="button"
          size="small"
          variant="secondary"
          disabled={full}
          onClick={() => input.current?.click()}
        >
          <ArrowUpTray />
          {state.photos.length ? "Add more" : "Choose photos"}
        </Button>
      </div>
      {state.photos.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label="Photos to save with the note">
          {state.photos.map((photo, index) => (
            <li
              key={photo.localId}
              className="shadow-borders-base relative overflow-hidden rounded-md"
            >
              <PhotoThumb
                src={photo.url ?? photo.preview}
                alt={`Photo ${index + 1}: ${photo.name}`}
                caption={photo.name}
                className="h-20 w-20"
              />
              {photo.status === "uploading" && (
                <div className="bg-ui-bg-base/70 absolute inset-0 flex items-center justify-center">
                  <Spinner className="animate-spin" aria-label={`Uploading ${photo.name}`} />
                </div>
              )}
              <IconButton
                type="button"
                size="2xsmall"
                variant="transparent"
                className="bg-ui-bg-base/90 absolute right-0.5 top-0.5"
                aria-label={`Remove ${photo.name}`}
                onClick={() => state.remove(photo.localId)}
              >
                <XMarkMini />
              </IconButton>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
