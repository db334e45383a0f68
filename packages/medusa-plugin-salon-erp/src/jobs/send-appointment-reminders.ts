import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BOOKING_MODULE } from "../modules/booking"
import type BookingModuleService from "../modules/booking/service"
import { sendAppointmentReminderWorkflow } from "../workflows/booking/workflows/send-appointment-reminder"
import { reliableJob } from "../lib/jobs/reliable-job"

/**
 * Sends each upcoming appointment's reminder once, when it enters the reminder lead time (24 h
 * by default). Running twice, or on two workers at once, sends nothing twice.
 */
async function sendAppointmentRemindersJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
  const due = await booking.listAppointmentsDueForReminder()
  let sent = 0
  let failed = 0
  for (const appointmentId of due) {
    try {
      const { result } = await sendAppointmentReminderWorkflow(container).run({
        input: { appointment_id: appointmentId },
      })
      if (result.claimed) sent++
    } catch (error) {
      failed++
      logger.error(`Reminder for appointment ${appointmentId} failed: ${(error as Error).message}`)
    }
  }
  if (due.length) {
    logger.info(
      `Appointment reminders: ${sent} sent, ${failed} failed, ${due.length - sent - failed} already sent`
    )
  }
  return { due: due.length, sent, failed }
}

export const config = {
  name: "send-appointment-reminders",
  schedule: "*/15 * * * *",
}

export default reliableJob(config.name, sendAppointmentRemindersJob)
