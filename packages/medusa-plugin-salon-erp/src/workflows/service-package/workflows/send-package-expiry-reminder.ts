import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, when } from "@medusajs/framework/workflows-sdk"
import { ServicePackageWorkflowEvents } from "../../../modules/service-package/events"
import { buildPackageExpiryMessageStep } from "../steps/build-package-expiry-message"
import { claimPackageExpiryReminderStep } from "../steps/claim-package-expiry-reminder"

export const sendPackageExpiryReminderWorkflowId = "send-package-expiry-reminder"
/**
 * This workflow tells a customer, once per expiry date, that their package's unused sessions
 * expire soon: it claims the reminder, sends it through the notification module (keyed, so a
 * duplicate send is refused there too) and emits `service_package.expiry_reminder_sent`. A
 * failed send gives the claim back for the next run.
 */
export const sendPackageExpiryReminderWorkflow = createWorkflow(
  sendPackageExpiryReminderWorkflowId,
  (input: { package_id: string }) => {
    const claim = claimPackageExpiryReminderStep(input)
    const messages = when(
      "package-expiry-reminder-claimed",
      { claim },
      ({ claim }) => claim.claimed
    ).then(() => {
      const built = buildPackageExpiryMessageStep(input)
      sendNotificationsStep(built)
      emitEventStep({
        eventName: ServicePackageWorkflowEvents.EXPIRY_REMINDER_SENT,
        data: { id: input.package_id },
      })
      return built
    })
    return new WorkflowResponse({ claim, messages })
  }
)
