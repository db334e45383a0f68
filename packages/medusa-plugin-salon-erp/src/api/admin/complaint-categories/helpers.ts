import { refetchEntity } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

/** The category with the client's fields; 404 when missing. */
export async function refetchComplaintCategory(
  id: string,
  scope: MedusaContainer,
  fields: string[]
) {
  const category = await refetchEntity({
    entity: "complaint_category",
    idOrFilter: id,
    scope,
    fields,
  })
  if (!category) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Complaint category with id: ${id} was not found`
    )
  }
  return category
}
