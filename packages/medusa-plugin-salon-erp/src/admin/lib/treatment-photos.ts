import { sdk } from "./sdk"

/**
 * Treatment note photos: picked in the note drawer, uploaded one by one through Medusa's own
 * `POST /admin/uploads` (stored by the file module), and saved on the note as `photo_urls`.
 * Medusa's upload route accepts any file of any size, so the limits are checked here.
 */

/** A note holds at most this many photos (the API refuses more `photo_urls`). */
export const MAX_PHOTOS = 20
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024

const PHOTO_TYPES: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "image/heic": "heic",
  "image/heif": "heif",
}
const PHOTO_EXTENSIONS: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  heic: "image/heic",
  heif: "image/heif",
}

/** For the file input's `accept`: HEIC files often come without a MIME type, hence extensions. */
export const PHOTO_ACCEPT = [
  ...Object.keys(PHOTO_TYPES),
  ...Object.keys(PHOTO_EXTENSIONS).map((extension) => `.${extension}`),
].join(",")

const extensionOf = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ""

/** The photo's MIME type, from the browser or (HEIC on most systems) the file name; else null. */
export const photoType = (file: File): string | null =>
  file.type in PHOTO_TYPES ? file.type : (PHOTO_EXTENSIONS[extensionOf(file.name)] ?? null)

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/**
 * Splits picked files into those to upload and messages about the others: not a JPEG, PNG, WebP or
 * HEIC image, larger than 10 MB, or beyond the 20 photos a note holds (`already` are kept).
 */
export function checkPhotoFiles(files: File[], already: number) {
  const accepted: File[] = []
  const problems: string[] = []
  for (const file of files) {
    if (!photoType(file)) {
      problems.push(`${file.name} is not a JPEG, PNG, WebP or HEIC image`)
    } else if (file.size > MAX_PHOTO_BYTES) {
      problems.push(`${file.name} is ${megabytes(file.size)}; photos are at most 10 MB`)
    } else if (already + accepted.length >= MAX_PHOTOS) {
      problems.push(`${file.name} was left out: a note holds at most ${MAX_PHOTOS} photos`)
    } else {
      accepted.push(file)
    }
  }
  return { accepted, problems }
}

/**
 * The file renamed for storage: the file module keeps the name in the URL, and a photo's own name
 * may say who is on it. The type is set for HEIC files the browser did not type.
 */
const forUpload = (file: File) => {
  const type = photoType(file) ?? file.type
  const random = Math.random().toString(36).slice(2, 10)
  return new File([file], `treatment-photo-${random}.${PHOTO_TYPES[type] ?? "jpg"}`, { type })
}

/** Uploads one photo through the file module; resolves to its file id and URL. */
export async function uploadTreatmentPhoto(file: File): Promise<{ id: string; url: string }> {
  const { files } = await sdk.admin.upload.create({ files: [forUpload(file)] })
  const [uploaded] = files
  if (!uploaded?.url) throw new Error(`The upload of ${file.name} returned no URL`)
  return { id: uploaded.id, url: uploaded.url }
}

/** Deletes an uploaded photo that was not saved on a note (removed, or the drawer closed). */
export async function discardTreatmentPhoto(id: string) {
  try {
    await sdk.admin.upload.delete(id)
  } catch {
    // Best effort: an orphaned file costs storage only, never the note.
  }
}
