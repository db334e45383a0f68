import { defineLink } from "@medusajs/framework/utils"
import BookingModule from "../modules/booking"
import ServicePackageModule from "../modules/service-package"

/** The salon service whose sessions a template item holds. */
export default defineLink(
  { linkable: ServicePackageModule.linkable.packageTemplateItem, field: "salon_service_id" },
  BookingModule.linkable.salonService,
  { readOnly: true }
)
