import { createEntitiesStep, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ProductStatus } from "@medusajs/framework/utils"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import { setServiceStaffStep } from "../steps/set-service-staff"
import { validateServiceVariantStep } from "../steps/validate-service-variant"
import { referencesOf, validateBookingRecordsStep } from "../steps/validate-booking-records"

export type CreateSalonServiceWorkflowInput = {
  name: string
  description?: string | null
  category?: string | null
  duration_minutes: number
  processing_minutes?: number
  buffer_after_minutes?: number
  room_type?: string | null
  revisit_interval_days?: number | null
  is_bookable_online?: boolean
  is_active?: boolean
  metadata?: Record<string, unknown> | null
  /** Sell it as this existing variant … */
  variant_id?: string
  /** … or create a product with one variant at these prices. */
  prices?: { currency_code: string; amount: number }[]
  sales_channel_ids?: string[]
  staff_member_ids?: string[]
}

export const createSalonServiceWorkflowId = "create-salon-service"
/**
 * This workflow creates a salon service sold as a Medusa product variant (an existing one, or a
 * new product at the given prices) and sets who may perform it.
 */
export const createSalonServiceWorkflow = createWorkflow(
  createSalonServiceWorkflowId,
  (input: CreateSalonServiceWorkflowInput) => {
    const references = transform({ input }, ({ input }) => ({
      references: referencesOf("staff_member_ids", "staff_member", input.staff_member_ids),
    }))
    validateBookingRecordsStep(references)
    when({ input }, ({ input }) => !!input.variant_id).then(() => {
      validateServiceVariantStep({ variant_id: input.variant_id as string })
    })
    const product = when({ input }, ({ input }) => !input.variant_id).then(() => {
      const products = transform({ input }, ({ input }) => [
        {
          title: input.name,
          description: input.description ?? undefined,
          status: ProductStatus.PUBLISHED,
          options: [{ title: "Service", values: ["Standard"] }],
          variants: [
            {
              title: "Standard",
              options: { Service: "Standard" },
              manage_inventory: false,
              prices: input.prices ?? [],
            },
          ],
          sales_channels: (input.sales_channel_ids ?? []).map((id) => ({ id })),
          metadata: { salon_kind: "service" },
        },
      ])
      return createProductsWorkflow.runAsStep({ input: { products } })
    })
    const data = transform({ input, product }, ({ input, product }) => {
      const {
        prices: _prices,
        sales_channel_ids: _channels,
        staff_member_ids: _staff,
        ...fields
      } = input
      return [{ ...fields, variant_id: input.variant_id ?? product![0].variants[0].id }]
    })
    const created = createEntitiesStep({
      moduleRegistrationName: BOOKING_MODULE,
      invokeMethod: "createSalonServices",
      compensateMethod: "deleteSalonServices",
      data,
    })
    const service = transform({ created }, ({ created }) => created[0])
    const staff = transform({ input, service }, ({ input, service }) => ({
      salon_service_id: service.id as string,
      staff_member_ids: input.staff_member_ids ?? [],
    }))
    setServiceStaffStep(staff)
    return new WorkflowResponse(service)
  }
)
