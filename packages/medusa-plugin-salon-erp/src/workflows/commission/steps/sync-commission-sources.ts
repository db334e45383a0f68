import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import { type CommissionSource, collectEarningLines } from "../../../lib/commission/earning-lines"

export const syncCommissionSourcesStepId = "sync-commission-sources"
/**
 * This step reads each source's facts and brings its commission entries in line: new earnings are
 * written, changed or lost ones reversed, unchanged ones left alone (so a replayed event writes
 * nothing). Compensation reverses what it wrote.
 */
export const syncCommissionSourcesStep = createStep(
  syncCommissionSourcesStepId,
  async (sources: CommissionSource[], { container }) => {
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    const locking = container.resolve(Modules.LOCKING)
    const settings = await service.getCommissionSettings()
    const results: { source_type: string; source_id: string; entry_ids: string[] }[] = []
    for (const source of sources) {
      // One sync per source at a time, reading the facts only once it holds the lock (so a slower
      // sync cannot write stale ones). The locking module's lock holds no database connection
      // while it waits, so many deliveries of one event cannot starve the pool.
      const { entry_ids } = await locking.execute(
        `commission:${source.source_type}:${source.source_id}`,
        async () => {
          const collected = await collectEarningLines(container, source, settings)
          return collected.found
            ? await service.syncSource(source, collected.lines)
            : { written: 0, entry_ids: [] }
        },
        { timeout: 60 }
      )
      results.push({ ...source, entry_ids })
    }
    const written = results.flatMap((result) => result.entry_ids)
    return new StepResponse(
      results.filter((result) => result.entry_ids.length),
      written
    )
  },
  async (written, { container }) => {
    if (!written?.length) {
      return
    }
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    await service.reverseEntries(written, "the change that caused it was rolled back")
  }
)
