import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"

export const DEMO_ADMIN_EMAIL = process.env.DEMO_ADMIN_EMAIL || "admin@lotus-beauty.test"
export const DEMO_ADMIN_PASSWORD = process.env.DEMO_ADMIN_PASSWORD || "lotus-demo-2026"

/** Creates the demo's admin login (email + password) unless it exists. */
export async function seedAdminUser(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)

  let [existing] = await userModule.listUsers({ email: DEMO_ADMIN_EMAIL })
  if (!existing) {
    const { authIdentity, error } = await authModule.register("emailpass", {
      body: { email: DEMO_ADMIN_EMAIL, password: DEMO_ADMIN_PASSWORD },
    })
    if (error || !authIdentity) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Could not register the demo admin ${DEMO_ADMIN_EMAIL}: ${error}`
      )
    }
    const { result } = await createUserAccountWorkflow(container).run({
      input: {
        authIdentityId: authIdentity.id,
        userData: { email: DEMO_ADMIN_EMAIL, first_name: "Demo", last_name: "Manager" },
      },
    })
    existing = result
    logger.info(`Created the demo admin ${DEMO_ADMIN_EMAIL}`)
  }
  return { id: existing.id, email: DEMO_ADMIN_EMAIL, password: DEMO_ADMIN_PASSWORD }
}
