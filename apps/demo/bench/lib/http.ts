import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** The server the bench runner started (scripts/bench.mjs sets BENCH_BASE_URL). */
export const baseUrl = process.env.BENCH_BASE_URL || "http://localhost:9102"

export type Json = Record<string, any>

/** fetch + JSON with a thrown error carrying the status on non-2xx answers. */
export async function http(
  path: string,
  init: RequestInit & { json?: unknown } = {}
): Promise<Json> {
  const { json, headers, ...rest } = init
  const response = await fetch(`${baseUrl}${path}`, {
    ...rest,
    headers: {
      ...(json !== undefined ? { "content-type": "application/json" } : {}),
      ...(headers ?? {}),
    },
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  })
  const text = await response.text()
  const body = text ? JSON.parse(text) : {}
  if (!response.ok) {
    const error = new Error(
      `${init.method ?? "GET"} ${path} → ${response.status}: ${text.slice(0, 200)}`
    )
    Object.assign(error, { status: response.status, body })
    throw error
  }
  return body
}

const BENCH_ADMIN = { email: "bench-admin@salon.test", password: "bench-password-1" }

/** Creates the bench admin unless it exists, logs in over HTTP and returns auth headers. */
export async function adminAuth(container: MedusaContainer): Promise<Record<string, string>> {
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const [existing] = await userModule.listUsers({ email: BENCH_ADMIN.email })
  if (!existing) {
    const user = await userModule.createUsers({
      email: BENCH_ADMIN.email,
      first_name: "Bench",
      last_name: "Admin",
    })
    const { authIdentity } = await authModule.register("emailpass", { body: BENCH_ADMIN })
    await authModule.updateAuthIdentities({
      id: authIdentity!.id,
      app_metadata: { user_id: user.id },
    })
  }
  const { token } = await http("/auth/user/emailpass", { method: "POST", json: BENCH_ADMIN })
  return { authorization: `Bearer ${token}` }
}
