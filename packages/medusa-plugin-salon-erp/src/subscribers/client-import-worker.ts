import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CLIENT_IMPORT_EVENTS, runClientImport } from "../lib/client/import/run-client-import"
import { reliableSubscriber } from "../lib/reliable-subscriber"

/** Works through an uploaded client file: its check, and its import when one is asked for. */
async function clientImportWorkerHandler({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await runClientImport(container, data.id)
}

export const config: SubscriberConfig = {
  event: [CLIENT_IMPORT_EVENTS.CREATED, CLIENT_IMPORT_EVENTS.RUN_REQUESTED],
  context: { subscriberId: "client-import-worker" },
}

export default reliableSubscriber("client-import-worker", clientImportWorkerHandler)
