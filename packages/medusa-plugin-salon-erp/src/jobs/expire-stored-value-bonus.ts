import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STORED_VALUE_MODULE } from "../modules/stored-value"
import type StoredValueModuleService from "../modules/stored-value/service"
import { expireStoredValueBonusWorkflow } from "../workflows/stored-value/workflows/expire-stored-value-bonus"
import { reliableJob } from "../lib/jobs/reliable-job"

/**
 * Expires bonus past its validity, as ledger entries; each lot is expired once, however often the
 * job runs or on how many workers.
 */
async function expireStoredValueBonusJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
  const accounts = await service.listAccountsWithDueBonus()
  let expired = 0
  for (const accountId of accounts) {
    try {
      const { result } = await expireStoredValueBonusWorkflow(container).run({
        input: { account_id: accountId },
      })
      if (result) expired++
    } catch (error) {
      logger.error(
        `Expiring bonus of stored value account ${accountId} failed: ${(error as Error).message}`
      )
    }
  }
  if (accounts.length) {
    logger.info(
      `Stored value bonus expiry: ${expired} of ${accounts.length} accounts had bonus expire`
    )
  }
  return { accounts: accounts.length, expired }
}

export const config = {
  name: "expire-stored-value-bonus",
  schedule: "5 * * * *",
}

export default reliableJob(config.name, expireStoredValueBonusJob)
