import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CLIENT_MODULE } from "../../../modules/client"
import type ClientModuleService from "../../../modules/client/service"
import type { FactKind } from "../../../modules/client/service"
import { allSourceFacts } from "../../../lib/client/source-facts"
import type { ClientFactsCounts, ClientFactsReport } from "../../../types/clients/http"

export type { ClientFactsCounts, ClientFactsReport }

export type RebuildClientFactsInput = {
  /** Skip the rebuild (a per-customer recomputation reads the facts as its events left them). */
  skip?: boolean
  /** Source rows read per Query page. */
  page_size?: number
}

const KINDS: [FactKind, keyof Omit<ClientFactsReport, "matched">][] = [
  ["customer", "customers"],
  ["visit", "visits"],
  ["order", "orders"],
]

export const rebuildClientFactsStepId = "rebuild-client-facts"
/**
 * This step makes the client read model match its sources (customers, completed appointments,
 * orders), reading them through Query page by page: every source row's fact is upserted, then
 * the facts whose source was not seen are deleted. Facts written by events meanwhile are newer
 * than the run and kept. No compensation: the facts only mirror their sources.
 */
export const rebuildClientFactsStep = createStep(
  rebuildClientFactsStepId,
  async (input: RebuildClientFactsInput, { container }) => {
    const empty = (): ClientFactsCounts => ({ inserted: 0, updated: 0, deleted: 0, unchanged: 0 })
    const report: ClientFactsReport = {
      customers: empty(),
      visits: empty(),
      orders: empty(),
      matched: true,
    }
    if (input.skip) return new StepResponse(report)
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    const startedAt = new Date()
    for (const [kind, key] of KINDS) {
      const counts = report[key]
      for await (const facts of allSourceFacts(container, kind, input.page_size ?? 5000)) {
        const written = await client.upsertClientFacts(kind, facts, startedAt)
        counts.inserted += written.inserted
        counts.updated += written.updated
        counts.unchanged += written.unchanged
      }
      counts.deleted = await client.pruneClientFacts(kind, startedAt)
    }
    report.matched = KINDS.every(
      ([, key]) => !report[key].inserted && !report[key].updated && !report[key].deleted
    )
    return new StepResponse(report)
  }
)
