import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

export type ValidatePackageTemplateServicesStepInput = {
  items: { salon_service_id: string; sessions: number; session_value?: number | null }[]
  allocation_method?: string
}

export const validatePackageTemplateServicesStepId = "validate-package-template-services"
/**
 * This step checks a template's items: every salon service exists (404 otherwise), appears once,
 * and has a session value when the allocation is `fixed`.
 */
export const validatePackageTemplateServicesStep = createStep(
  validatePackageTemplateServicesStepId,
  async (input: ValidatePackageTemplateServicesStepInput, { container }) => {
    const ids = input.items.map((item) => item.salon_service_id)
    const duplicate = ids.find((id, index) => ids.indexOf(id) !== index)
    if (duplicate) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The salon service ${duplicate} appears twice; give each service once with its number of sessions`
      )
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: services } = await query.graph({
      entity: "salon_service",
      fields: ["id", "name"],
      filters: { id: ids },
    })
    const missing = ids.find((id) => !services.some((service: { id: string }) => service.id === id))
    if (missing) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Salon service with id: ${missing} was not found`
      )
    }
    if (input.allocation_method === "fixed") {
      const unvalued = input.items.find(
        (item) => item.session_value === null || item.session_value === undefined
      )
      if (unvalued) {
        const name = services.find(
          (service: { id: string }) => service.id === unvalued.salon_service_id
        )?.name
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${name} needs a session_value: the fixed allocation values every session explicitly`
        )
      }
    }
    return new StepResponse(
      services.map((service: { id: string; name: string }) => ({
        id: service.id,
        name: service.name,
      }))
    )
  }
)
