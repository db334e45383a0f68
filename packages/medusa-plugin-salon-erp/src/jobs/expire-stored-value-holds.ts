import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STORED_VALUE_MODULE } from "../modules/stored-value"
import type StoredValueModuleService from "../modules/stored-value/service"
import { captureCartStoredValueWorkflow } from "../workflows/stored-value/workflows/capture-cart-stored-value"
import { releaseCartStoredValueWorkflow } from "../workflows/stored-value/workflows/release-cart-stored-value"
import { reliableJob } from "../lib/jobs/reliable-job"

/**
 * Settles checkout holds past their expiry: a cart that never completed gets its hold released
 * and its stored value credit line removed (the balance is free again); a cart that did complete
 * has its hold captured (the order.placed handler was lost; the capture is keyed by the cart, so
 * it never charges twice). `now` lets tests move the clock.
 */
export async function expireStoredValueHolds(container: MedusaContainer, now: Date = new Date()) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
  const holds = await service.listDueHolds(now)
  let released = 0
  let captured = 0
  for (const hold of holds) {
    try {
      const { result } = await releaseCartStoredValueWorkflow(container).run({
        input: { cart_id: hold.cart_id, reason: "expired" },
      })
      if (result.released) {
        released++
      } else if (result.completed) {
        const { result: capture } = await captureCartStoredValueWorkflow(container).run({
          input: { cart_id: hold.cart_id },
        })
        if (capture.operation) captured++
      }
    } catch (error) {
      logger.error(
        `Settling the stored value hold ${hold.id} of cart ${hold.cart_id} failed: ${(error as Error).message}`
      )
    }
  }
  if (holds.length) {
    logger.info(
      `Stored value checkout holds: ${released} released, ${captured} captured of ${holds.length} due`
    )
  }
  return { due: holds.length, released, captured }
}

async function expireStoredValueHoldsJob(container: MedusaContainer) {
  return await expireStoredValueHolds(container)
}

export const config = {
  name: "expire-stored-value-holds",
  schedule: "*/5 * * * *",
}

export default reliableJob(config.name, expireStoredValueHoldsJob)
