/** The file name the server gave in Content-Disposition, or `fallback`. */
export const downloadFilename = (response: Response, fallback: string) =>
  /filename="?([^";]+)"?/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? fallback

/**
 * Saves a fetched file (CSV exports, reports, data exports) through a temporary link. Files are
 * fetched through the SDK so the admin session goes along, which a plain link would not carry.
 */
export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement("a")
  link.href = url
  link.download = filename
  document.body.appendChild(link)
  link.click()
  link.remove()
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return { filename, size: blob.size }
}
