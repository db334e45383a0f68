import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CLIENT_MODULE } from "../../../modules/client"
import type ClientModuleService from "../../../modules/client/service"
import type { FactRows } from "../../../modules/client/service"
import { loadSourceFacts } from "../../../lib/client/source-facts"

type CustomerFact = FactRows["customer"]
type Previous = { ids: string[]; previous: CustomerFact[] } | undefined

export const syncImportedCustomerFactsStepId = "sync-imported-customer-facts"
/**
 * This step writes the read model's facts of the customers an import chunk created or changed,
 * read back through Query, so the next chunk (or a concurrent import waiting on the write lock)
 * finds them by their email and phone without waiting for their events. Compensation puts back
 * the facts as they were (none for customers the chunk created).
 */
export const syncImportedCustomerFactsStep = createStep(
  syncImportedCustomerFactsStepId,
  async (input: { customer_ids: string[] }, { container }) => {
    const ids = [...new Set(input.customer_ids)]
    if (!ids.length) return new StepResponse(0, undefined as Previous)
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    const previous = (await client.listClientCustomerFacts(
      { customer_id: ids },
      {
        select: [
          "customer_id",
          "customer_created_at",
          "is_deleted",
          "email_key",
          "phone_key",
          "has_account",
        ],
      }
    )) as CustomerFact[]
    const { facts } = await loadSourceFacts(container, "customer", ids)
    await client.upsertClientFacts("customer", facts)
    return new StepResponse(facts.length, { ids, previous } as Previous)
  },
  async (written, { container }) => {
    if (!written) {
      return
    }
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    await client.deleteClientFacts("customer", written.ids)
    await client.upsertClientFacts(
      "customer",
      written.previous.map((fact) => ({
        ...fact,
        customer_created_at: new Date(fact.customer_created_at),
      }))
    )
  }
)
