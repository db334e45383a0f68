import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CLIENT_MODULE } from "../../../modules/client"
import {
  type CustomFieldValues,
  type FieldDefinition,
  applyCustomFields,
} from "../../../modules/client/lib/custom-fields"
import { emailKey, phoneKey } from "../../../modules/client/lib/contact-keys"
import type ClientModuleService from "../../../modules/client/service"
import type { ImportIssue, ImportedClient } from "./read-row"

/** An existing customer a row was matched to. */
export type MatchedCustomer = {
  id: string
  email: string | null
  phone: string | null
  first_name: string | null
  last_name: string | null
}

/** A row ready to write: the customer it updates (or null to create one) and its field values. */
export type PlannedClientRow = ImportedClient & {
  customer: MatchedCustomer | null
  /** Custom field values after the row's are merged over the stored ones; null if unchanged. */
  custom_fields_after: CustomFieldValues | null
  issues: ImportIssue[]
}

/**
 * Marks rows that name a customer an earlier row of the file already names (same email or
 * phone): the earlier row wins, the later one is an error (merge them in the file).
 */
export function findRepeatedCustomers(
  rows: ImportedClient[],
  seen: { email: Map<string, number>; phone: Map<string, number> }
): Map<number, ImportIssue> {
  const repeated = new Map<number, ImportIssue>()
  for (const row of rows) {
    const byEmail = row.email ? seen.email.get(row.email) : undefined
    const byPhone = !byEmail && row.phone ? seen.phone.get(row.phone) : undefined
    const first = byEmail ?? byPhone
    if (first !== undefined && first !== row.line) {
      repeated.set(row.line, {
        line: row.line,
        column: byEmail ? "email" : "phone",
        value: byEmail ? row.email : row.phone,
        message: `is the same customer as line ${first}; put everything about one customer on one line`,
      })
      continue
    }
    if (row.email) seen.email.set(row.email, row.line)
    if (row.phone && !seen.phone.has(row.phone)) seen.phone.set(row.phone, row.line)
  }
  return repeated
}

/**
 * Finds the existing customers of rows by email (case-insensitive), else by phone (digits
 * compared). A customer with an account wins over a guest record of the same email, then the
 * oldest. Two set-based reads per chunk: the client read model's contact keys, then those
 * customers through Query; a customer whose details changed since the read model saw them
 * matches only by what she holds now.
 */
export async function matchCustomers(
  container: MedusaContainer,
  rows: ImportedClient[]
): Promise<{ byEmail: Map<string, MatchedCustomer>; byPhone: Map<string, MatchedCustomer[]> }> {
  const emails = [...new Set(rows.map((row) => row.email).filter(Boolean))] as string[]
  const phones = [...new Set(rows.map((row) => row.phone).filter(Boolean))] as string[]
  const byEmail = new Map<string, MatchedCustomer>()
  const byPhone = new Map<string, MatchedCustomer[]>()
  if (!emails.length && !phones.length) return { byEmail, byPhone }
  const client: ClientModuleService = container.resolve(CLIENT_MODULE)
  const matches = await client.findCustomersByContact(emails, phones)
  if (!matches.length) return { byEmail, byPhone }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "phone", "first_name", "last_name"],
    filters: { id: [...new Set(matches.map((match) => match.customer_id))] },
  })
  const customers = new Map((data as MatchedCustomer[]).map((customer) => [customer.id, customer]))
  const wantedPhones = new Set(phones)
  // In the read model's order: accounts first, then the oldest.
  for (const match of matches) {
    const found = customers.get(match.customer_id)
    if (!found) continue
    const customer: MatchedCustomer = {
      id: found.id,
      email: found.email ?? null,
      phone: found.phone ?? null,
      first_name: found.first_name ?? null,
      last_name: found.last_name ?? null,
    }
    const email = emailKey(customer.email)
    const phone = phoneKey(customer.phone)
    if (email && email === match.email_key && !byEmail.has(email)) byEmail.set(email, customer)
    if (phone && phone === match.phone_key && wantedPhones.has(phone)) {
      byPhone.set(phone, [...(byPhone.get(phone) ?? []), customer])
    }
  }
  return { byEmail, byPhone }
}

/**
 * Decides, for rows that passed the file checks, which customer each updates (or that it
 * creates one) and whether its required custom fields are filled once merged with the stored
 * profile (as a profile update does when it sends custom fields). Reads only; the same plan
 * serves the dry run and the real run.
 */
export async function planRows(
  container: MedusaContainer,
  rows: ImportedClient[],
  definitions: FieldDefinition[],
  /** Whether the file has custom field columns (required fields are checked only then). */
  withCustomFields: boolean
): Promise<PlannedClientRow[]> {
  const { byEmail, byPhone } = await matchCustomers(container, rows)
  const matched = (row: ImportedClient) => {
    if (row.email && byEmail.has(row.email)) return { customer: byEmail.get(row.email)! }
    if (row.phone) {
      const candidates = (byPhone.get(row.phone) ?? []).filter(
        // A customer with another email is someone else who happens to share the phone.
        (candidate) => !row.email || !candidate.email
      )
      if (candidates.length > 1) {
        return {
          error: `belongs to ${candidates.length} customers; add the email to say which one`,
        }
      }
      if (candidates.length === 1) return { customer: candidates[0] }
    }
    return { customer: null }
  }
  const customerIds = rows
    .map((row) => matched(row))
    .flatMap((match) => ("customer" in match && match.customer ? [match.customer.id] : []))
  const client: ClientModuleService = container.resolve(CLIENT_MODULE)
  const profiles = customerIds.length
    ? await client.listClientProfiles(
        { customer_id: customerIds },
        { select: ["customer_id", "custom_fields"] }
      )
    : []
  const storedFields = new Map(
    profiles.map((profile) => [
      profile.customer_id,
      (profile.custom_fields ?? {}) as Record<string, unknown>,
    ])
  )
  const labels = new Map(definitions.map((definition) => [definition.key, definition.label]))

  return rows.map((row) => {
    const match = matched(row)
    const issues: ImportIssue[] = []
    if ("error" in match) {
      issues.push({ line: row.line, column: "phone", value: row.phone, message: match.error! })
      return { ...row, customer: null, custom_fields_after: null, issues }
    }
    const customer = match.customer ?? null
    const stored = customer ? (storedFields.get(customer.id) ?? {}) : {}
    if (!withCustomFields) return { ...row, customer, custom_fields_after: null, issues }
    const { values, issues: fieldIssues } = applyCustomFields(
      definitions,
      stored,
      row.custom_fields
    )
    for (const issue of fieldIssues) {
      issues.push({
        line: row.line,
        column: `custom.${issue.key}`,
        value: null,
        message: `(${labels.get(issue.key) ?? issue.key}) ${issue.message}`,
      })
    }
    const changed = JSON.stringify(values) !== JSON.stringify(stored)
    return { ...row, customer, custom_fields_after: changed ? values : null, issues }
  })
}
