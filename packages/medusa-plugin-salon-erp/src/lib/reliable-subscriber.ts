import type { SubscriberArgs } from "@medusajs/framework"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OPERATIONS_MODULE_KEY } from "../modules/operations/lib/constants"
import type OperationsModuleService from "../modules/operations/service"

export type SubscriberHandler<Data = unknown> = (args: SubscriberArgs<Data>) => Promise<void>

/** Waits before the second and the third in-process try: most failures are a lock or a blip. */
export const SUBSCRIBER_RETRY_DELAYS_MS = [250, 1_000]

type RegisteredHandler = {
  handler: SubscriberHandler<unknown>
  /** The plugin options the event bus last passed, for the retry job's re-runs. */
  pluginOptions: Record<string, unknown>
}

/** The wrapped handlers of this process by subscriber id, for the retry job to re-run. */
const registeredHandlers = new Map<string, RegisteredHandler>()

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The error's message and the first frame of its stack: where it was thrown. */
export function describeHandlerError(error: unknown): string {
  if (!(error instanceof Error)) {
    return String(error ?? "unknown error")
  }
  const frame = error.stack
    ?.split("\n")
    .map((line) => line.trim())
    .find((line) => line.startsWith("at "))
  return frame ? `${error.message}\n${frame}` : error.message
}

/**
 * Wraps a subscriber's handler so a failing event is never lost: the handler is tried up to twice
 * more in the process (after ~250 ms and ~1 s); if it still fails, the event is kept as a dead
 * letter that the retry job runs again on a backoff (see the operations module) and an admin can
 * replay. The wrapper then returns normally. Only if the dead letter cannot be written does it
 * rethrow, so the event bus's own retries (if configured) still apply.
 */
export function reliableSubscriber<Data>(
  subscriberId: string,
  handler: SubscriberHandler<Data>,
  retryDelaysMs: number[] = SUBSCRIBER_RETRY_DELAYS_MS
): SubscriberHandler<Data> {
  // Re-runs pass the payload the event carried, so the registry may forget its type.
  const registered: RegisteredHandler = {
    handler: handler as SubscriberHandler<unknown>,
    pluginOptions: {},
  }
  registeredHandlers.set(subscriberId, registered)
  return async (args) => {
    registered.pluginOptions = args.pluginOptions ?? {}
    const logger: Logger = args.container.resolve(ContainerRegistrationKeys.LOGGER)
    let lastError: unknown
    for (let attempt = 0; attempt <= retryDelaysMs.length; attempt++) {
      if (attempt > 0) {
        await sleep(retryDelaysMs[attempt - 1])
      }
      try {
        await handler(args)
        if (attempt > 0) {
          logger.warn(`Subscriber ${subscriberId} handled ${args.event.name} on try ${attempt + 1}`)
        }
        return
      } catch (error) {
        lastError = error
      }
    }
    const message = describeHandlerError(lastError)
    try {
      const operations: OperationsModuleService = args.container.resolve(OPERATIONS_MODULE_KEY)
      const deadLetter = await operations.recordDeadLetter({
        subscriber_id: subscriberId,
        event_name: args.event.name,
        event_data: args.event.data,
        event_metadata: (args.event.metadata as Record<string, unknown> | undefined) ?? null,
        error: message,
      })
      logger.error(
        `Subscriber ${subscriberId} failed ${retryDelaysMs.length + 1} tries on ${args.event.name}; kept as dead letter ${deadLetter.id} for retry: ${message}`
      )
    } catch (recordError) {
      logger.error(
        `Subscriber ${subscriberId} failed on ${args.event.name} and its dead letter could not be written (${describeHandlerError(recordError)}): ${message}`
      )
      throw lastError
    }
  }
}

/** The handler registered under a subscriber id in this process, unwrapped (one try per call). */
export function registeredSubscriber(subscriberId: string): RegisteredHandler | undefined {
  return registeredHandlers.get(subscriberId)
}

/** Every subscriber id with a handler in this process. */
export function registeredSubscriberIds(): string[] {
  return [...registeredHandlers.keys()]
}
