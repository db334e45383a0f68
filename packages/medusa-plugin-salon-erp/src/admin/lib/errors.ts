/** The message to show for a failed request: the API's own message when it sent one. */
export const errorMessage = (error: unknown, fallback = "Something went wrong") => {
  if (error instanceof Error && error.message) return error.message
  if (typeof error === "string" && error) return error
  return fallback
}
