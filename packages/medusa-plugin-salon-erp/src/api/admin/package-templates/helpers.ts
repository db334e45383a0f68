import type { MedusaContainer } from "@medusajs/framework/types"
import { refetchEntity } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

type WithItems = { items?: ({ position?: number } | null)[] | null }

/** Items in the order headquarters gave them. */
export function sortedItems<T extends WithItems>(template: T): T {
  return {
    ...template,
    items: [...(template.items ?? [])].sort((a, b) => (a?.position ?? 0) - (b?.position ?? 0)),
  }
}

export async function refetchPackageTemplate(id: string, scope: MedusaContainer, fields: string[]) {
  const template = await refetchEntity({
    entity: "package_template",
    idOrFilter: id,
    scope,
    fields,
  })
  if (!template) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Package template with id: ${id} was not found`
    )
  }
  return sortedItems(template)
}
