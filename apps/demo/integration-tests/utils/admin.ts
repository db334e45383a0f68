import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { AxiosInstance } from "axios"

export const TEST_ADMIN = { email: "admin@salon.test", password: "test-password-1" }

/**
 * Registers an admin with email/password auth (as `medusa user` does) unless it exists.
 * Returns the credentials and the user id.
 */
export async function createAdminUser(container: MedusaContainer, admin = TEST_ADMIN) {
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  let [user] = await userModule.listUsers({ email: admin.email })
  if (!user) {
    user = await userModule.createUsers({
      email: admin.email,
      first_name: "Test",
      last_name: "Admin",
    })
    const { authIdentity, error } = await authModule.register("emailpass", {
      body: { email: admin.email, password: admin.password },
    })
    if (error || !authIdentity) {
      throw new Error(`could not register test admin: ${error}`)
    }
    await authModule.updateAuthIdentities({
      id: authIdentity.id,
      app_metadata: { user_id: user.id },
    })
  }
  return { ...admin, user_id: user.id }
}

/** Creates the test admin if needed, logs in through the API and returns axios headers. */
export async function adminHeaders(
  api: AxiosInstance,
  container: MedusaContainer,
  admin = TEST_ADMIN
) {
  const { email, password, user_id } = await createAdminUser(container, admin)
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` }, user_id }
}

const explained = new WeakSet<object>()

/** Makes a failed request's error message include the response body, so a failing test says why. */
export function explainErrors(api: AxiosInstance) {
  const instance = (api as unknown as { interceptors?: AxiosInstance["interceptors"] }).interceptors
  if (!instance || explained.has(instance)) return
  explained.add(instance)
  instance.response.use(undefined, (error) => {
    if (error?.response) {
      error.message = `${error.message}: ${error.config?.method?.toUpperCase()} ${error.config?.url} → ${JSON.stringify(error.response.data)}`
    }
    return Promise.reject(error)
  })
}

/** A response as the tests read it: its status and body. */
export type SettledResponse = { status: number; data: any }

/** Settles a request: its status and body, success or not. */
export const settle = (request: Promise<SettledResponse>): Promise<SettledResponse> =>
  request.catch((error: { response?: SettledResponse }) => {
    if (!error.response) throw error
    return error.response
  })
