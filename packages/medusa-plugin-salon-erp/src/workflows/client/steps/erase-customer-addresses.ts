import type { CreateCustomerAddressDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

const ADDRESS_FIELDS = [
  "id",
  "customer_id",
  "address_name",
  "is_default_shipping",
  "is_default_billing",
  "company",
  "first_name",
  "last_name",
  "address_1",
  "address_2",
  "city",
  "country_code",
  "province",
  "postal_code",
  "phone",
  "metadata",
] as const

export const eraseCustomerAddressesStepId = "erase-customer-addresses"
/**
 * This step deletes the customer's addresses (the customer module deletes them for good).
 * Compensation recreates them with their ids and every field.
 */
export const eraseCustomerAddressesStep = createStep(
  eraseCustomerAddressesStepId,
  async (input: { customer_id: string }, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const addresses = await customers.listCustomerAddresses(
      { customer_id: input.customer_id },
      { select: [...ADDRESS_FIELDS] }
    )
    if (addresses.length) {
      await customers.deleteCustomerAddresses(addresses.map((address) => address.id))
    }
    const before = addresses.map((address) =>
      Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, address[field] ?? null]))
    )
    return new StepResponse(addresses.length, before)
  },
  async (before, { container }) => {
    if (!before?.length) {
      return
    }
    const customers = container.resolve(Modules.CUSTOMER)
    await customers.createCustomerAddresses(before as unknown as CreateCustomerAddressDTO[])
  }
)
