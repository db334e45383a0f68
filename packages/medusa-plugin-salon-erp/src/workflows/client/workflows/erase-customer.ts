import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { updateCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { CLIENT_ERASED_EVENT } from "../../../modules/client/events"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { eraseAppointmentNotesStep } from "../steps/erase-appointment-notes"
import { eraseClientDataStep } from "../steps/erase-client-data"
import { eraseCustomerAddressesStep } from "../steps/erase-customer-addresses"
import { eraseCustomerFeedbackStep } from "../steps/erase-customer-feedback"
import { removeCustomerLoginsStep } from "../steps/remove-customer-logins"
import { stageClientErasedEventStep } from "../steps/stage-client-erased-event"
import { validateCustomerErasureStep } from "../steps/validate-customer-erasure"
import type { EraseCustomerInput } from "../../../lib/client/types"

export { CLIENT_ERASED_EVENT }

/** The pseudonymous email an erased customer keeps (unique, undeliverable). */
export const erasedEmail = (customerId: string) => `erased+${customerId}@invalid.local`

export const eraseCustomerWorkflowId = "erase-customer"
/**
 * This workflow erases a customer's personal data (right to erasure) and keeps the ledgers.
 * The Medusa customer is pseudonymised ("Erased Client", `erased+<id>@invalid.local`, no phone,
 * addresses deleted, `metadata.erased_at`), the client profile's personal and health
 * fields are cleared, treatment notes lose their text and photos, manual tags come off, the
 * customer's words in complaints and surveys become "[erased]", appointment notes are cleared,
 * and the customer's logins are removed. Stored value, package and commission ledgers are not
 * touched: they reference the customer id, which now names no one. Each step undoes itself if a
 * later one fails; emits `client.erased` (written to the client module's outbox before the
 * logins, which cannot be restored, are removed).
 */
export const eraseCustomerWorkflow = createWorkflow(
  eraseCustomerWorkflowId,
  (input: EraseCustomerInput) => {
    const customer = validateCustomerErasureStep(input)
    const client = eraseClientDataStep({ customer_id: input.customer_id })
    eraseCustomerFeedbackStep({ customer_id: input.customer_id })
    eraseAppointmentNotesStep({ customer_id: input.customer_id })
    eraseCustomerAddressesStep({ customer_id: input.customer_id })

    const update = transform({ customer, client, input }, ({ customer, client, input }) => ({
      selector: { id: customer.id },
      update: {
        first_name: "Erased",
        last_name: "Client",
        email: erasedEmail(customer.id),
        phone: null,
        company_name: null,
        metadata: {
          // An empty text removes a key: nothing the customer had in metadata stays.
          ...Object.fromEntries(Object.keys(customer.metadata ?? {}).map((key) => [key, ""])),
          erased_at: new Date(client.erased_at).toISOString(),
          erased_by: input.actor_id,
          erasure_reason: input.reason,
        },
      },
    }))
    updateCustomersWorkflow.runAsStep({ input: update })
    stageClientErasedEventStep({ customer_id: input.customer_id })
    removeCustomerLoginsStep({ customer_id: customer.id, email: customer.email })
    publishOutboxEventsStep({ module: "client", aggregate_ids: [input.customer_id] })
    return new WorkflowResponse(
      transform({ customer, client }, ({ customer, client }) => ({
        customer_id: customer.id,
        erased_at: client.erased_at,
      }))
    )
  }
)
