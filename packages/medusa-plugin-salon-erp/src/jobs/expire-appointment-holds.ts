import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expireAppointmentHoldsWorkflow } from "../workflows/booking/workflows/expire-appointment-holds"
import { reliableJob } from "../lib/jobs/reliable-job"

/** Frees the staff and rooms of holds that lapsed without a booking. */
async function expireAppointmentHoldsJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await expireAppointmentHoldsWorkflow(container).run()
  if (result.expired) {
    logger.info(`Expired ${result.expired} appointment hold(s)`)
  }
}

export const config = {
  name: "expire-appointment-holds",
  schedule: "* * * * *",
}

export default reliableJob(config.name, expireAppointmentHoldsJob)
