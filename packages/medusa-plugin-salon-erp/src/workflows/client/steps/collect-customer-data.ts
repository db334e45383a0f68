import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_EXPORT_FIELDS } from "../../../lib/client/export-fields"

type Row = Record<string, unknown>

export const collectCustomerDataStepId = "collect-customer-data"
/**
 * This step reads everything held about a customer: one `query.graph` per kind of record, each
 * filtered by the customer id with its fields named, run side by side (no per-record queries).
 * Complaint timelines are cut to what the customer sees. Read-only: nothing to compensate.
 */
export const collectCustomerDataStep = createStep(
  collectCustomerDataStepId,
  async (input: { customer_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const byCustomer = { customer_id: input.customer_id }
    const graph = async (entity: string, fields: string[], filters: Row = byCustomer) =>
      (await query.graph({ entity, fields, filters })).data as Row[]
    const F = CUSTOMER_EXPORT_FIELDS
    const [
      [customer],
      [profile],
      tags,
      treatmentNotes,
      healthDataAccess,
      appointments,
      storedValueAccounts,
      customerPackages,
      complaints,
      satisfactionSurveys,
      commissionEntries,
      orders,
    ] = await Promise.all([
      graph("customer", F.customer, { id: input.customer_id }),
      graph("client_profile", F.client_profile),
      graph("customer_tag", F.customer_tag),
      graph("treatment_note", F.treatment_note),
      graph("health_data_access", F.health_data_access),
      graph("appointment", F.appointment),
      graph("stored_value_account", F.stored_value_account),
      graph("customer_package", F.customer_package),
      graph("complaint", F.complaint),
      graph("satisfaction_survey", F.satisfaction_survey),
      graph("commission_entry", F.commission_entry),
      graph("order", F.order),
    ])
    const byCreated = (a: Row, b: Row) =>
      String(a.created_at ?? "").localeCompare(String(b.created_at ?? ""))

    return new StepResponse({
      exported_at: new Date().toISOString(),
      customer_id: input.customer_id,
      customer: customer ?? null,
      client_profile: profile ?? null,
      tags: tags.sort(byCreated),
      treatment_notes: treatmentNotes.sort(byCreated),
      health_data_access: healthDataAccess.sort(byCreated),
      appointments: appointments.sort((a, b) =>
        String(a.starts_at).localeCompare(String(b.starts_at))
      ),
      stored_value_accounts: storedValueAccounts.map((account) => ({
        ...account,
        entries: ((account.entries as Row[]) ?? []).sort(
          (a, b) => Number(a.sequence) - Number(b.sequence)
        ),
      })),
      customer_packages: customerPackages.map((pkg) => ({
        ...pkg,
        entries: ((pkg.entries as Row[]) ?? []).sort(byCreated),
      })),
      complaints: complaints.map(({ events, ...complaint }) => ({
        ...complaint,
        messages: ((events as Row[]) ?? [])
          .filter((event) => event.visibility === "customer")
          .sort((a, b) => Number(a.sequence) - Number(b.sequence)),
      })),
      satisfaction_surveys: satisfactionSurveys.sort(byCreated),
      commission_entries: commissionEntries.sort(byCreated),
      orders: orders.sort(byCreated),
    })
  }
)
