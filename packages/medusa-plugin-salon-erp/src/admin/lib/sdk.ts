import Medusa from "@medusajs/js-sdk"

/** The admin's API client: same origin as the dashboard, with the admin session cookie. */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})
