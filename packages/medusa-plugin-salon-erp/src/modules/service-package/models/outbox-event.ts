import { defineOutboxEventModel } from "../../../lib/outbox"
import { SERVICE_PACKAGE_OUTBOX_ID_PREFIX } from "../lib/constants"
import { SERVICE_PACKAGE_OUTBOX_TABLE } from "../events"

/** The module's outbox: package events written in the transaction of the change they report. */
export const ServicePackageOutboxEvent = defineOutboxEventModel(
  SERVICE_PACKAGE_OUTBOX_TABLE,
  SERVICE_PACKAGE_OUTBOX_ID_PREFIX
)
