import type { AxiosInstance } from "axios"

/** Creates a publishable API key through the admin API; store routes require one. */
export async function createPublishableKey(
  api: AxiosInstance,
  admin: { headers: Record<string, string> }
) {
  const { data } = await api.post(
    "/admin/api-keys",
    { title: "Test storefront", type: "publishable" },
    admin
  )
  return data.api_key.token as string
}

let customerCounter = 0

/** Registers a customer with email/password and returns their bearer headers (with the publishable key). */
export async function createStoreCustomer(
  api: AxiosInstance,
  publishableKey: string,
  name = "Customer"
) {
  customerCounter++
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}-${customerCounter}@salon.test`
  const password = "customer-password-1"
  const base = { "x-publishable-api-key": publishableKey }
  const registration = await api.post("/auth/customer/emailpass/register", { email, password })
  const { data } = await api.post(
    "/store/customers",
    { email, first_name: name, last_name: "Test", phone: "+8613800000000" },
    { headers: { ...base, authorization: `Bearer ${registration.data.token}` } }
  )
  const login = await api.post("/auth/customer/emailpass", { email, password })
  return {
    customer: data.customer as { id: string; email: string },
    headers: { ...base, authorization: `Bearer ${login.data.token}` },
  }
}
