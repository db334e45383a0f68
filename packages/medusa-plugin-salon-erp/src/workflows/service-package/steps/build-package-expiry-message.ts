import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

type PackageRow = {
  id: string
  display_id: number
  name: string
  expires_at: string
  customer?: {
    id: string
    email?: string | null
    phone?: string | null
    first_name?: string | null
    last_name?: string | null
  } | null
  items: { service_name: string; remaining: number }[]
}

export const buildPackageExpiryMessageStepId = "build-package-expiry-message"
/**
 * This step prepares the reminder that a package's unused sessions expire soon: by email when
 * the customer has one, else by SMS, keyed by package and expiry so it goes out once per expiry.
 */
export const buildPackageExpiryMessageStep = createStep(
  buildPackageExpiryMessageStepId,
  async (input: { package_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [found],
    } = await query.graph({
      entity: "customer_package",
      fields: [
        "id",
        "display_id",
        "name",
        "expires_at",
        "customer.id",
        "customer.email",
        "customer.phone",
        "customer.first_name",
        "customer.last_name",
        "items.service_name",
        "items.remaining",
      ],
      filters: { id: input.package_id },
    })
    const pkg = found as unknown as PackageRow | undefined
    const customer = pkg?.customer
    const to = customer?.email || customer?.phone
    if (!pkg || !customer || !to) {
      return new StepResponse([])
    }
    const expiresAt = new Date(pkg.expires_at).toISOString()
    return new StepResponse([
      {
        to,
        channel: customer.email ? "email" : "sms",
        template: "service-package-expiry-reminder",
        idempotency_key: `service-package-expiry:${pkg.id}:${expiresAt}`,
        resource_id: pkg.id,
        resource_type: "customer_package",
        receiver_id: customer.id,
        data: {
          package_id: pkg.id,
          display_id: pkg.display_id,
          package_name: pkg.name,
          expires_at: expiresAt,
          customer_name: [customer.first_name, customer.last_name].filter(Boolean).join(" "),
          remaining: pkg.items
            .filter((item) => item.remaining > 0)
            .map((item) => ({ service: item.service_name, sessions: item.remaining })),
        },
      },
    ])
  }
)
