import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CLIENT_MODULE } from "../../../modules/client"
import type { FieldDefinition } from "../../../modules/client/lib/custom-fields"
import type ClientModuleService from "../../../modules/client/service"
import { SERVICE_PACKAGE_MODULE } from "../../../modules/service-package"
import type ServicePackageModuleService from "../../../modules/service-package/service"
import { loadTemplatesForSale } from "../../service-package/load-templates"
import type { TemplateForSale } from "../../service-package/terms"
import type { ImportLookups, NameIndex } from "./read-row"

const nameIndex = (rows: { id: string; name: string }[]): NameIndex => {
  const names = new Map<string, string[]>()
  for (const row of rows) {
    const key = row.name.trim().toLowerCase()
    names.set(key, [...(names.get(key) ?? []), row.id])
  }
  return { ids: new Set(rows.map((row) => row.id)), names }
}

/** Everything rows are checked against, read once per run (a few small queries). */
export async function loadImportLookups(container: MedusaContainer): Promise<ImportLookups> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const client: ClientModuleService = container.resolve(CLIENT_MODULE)
  const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
  const [definitions, tags, branches, staff, templates, stores, packageSettings] =
    await Promise.all([
      client.listCustomFieldDefinitions(
        {},
        { select: ["key", "label", "type", "required", "options", "is_active"] }
      ),
      client.listClientTags({}, { select: ["id", "name", "kind"] }),
      query.graph({ entity: "branch", fields: ["id", "name"] }),
      query.graph({ entity: "staff_member", fields: ["id", "name"] }),
      loadTemplatesForSale(container, {}),
      container
        .resolve(Modules.STORE)
        .listStores({}, { relations: ["supported_currencies"], take: 1 }),
      packages.getSettings(),
    ])
  const templateIndex = new Map<string, TemplateForSale[]>()
  for (const template of templates.filter((candidate) => candidate.is_active)) {
    templateIndex.set(template.id, [template])
    const key = template.name.trim().toLowerCase()
    templateIndex.set(key, [...(templateIndex.get(key) ?? []), template])
  }
  const currencies = stores[0]?.supported_currencies ?? []
  const defaultCurrency =
    currencies.find((currency) => currency.is_default)?.currency_code ??
    currencies[0]?.currency_code ??
    "usd"
  return {
    definitions: definitions as unknown as FieldDefinition[],
    branches: nameIndex(branches.data as { id: string; name: string }[]),
    staff: nameIndex(staff.data as { id: string; name: string }[]),
    tags: new Map(
      tags.map((tag) => [
        tag.name.trim().toLowerCase(),
        { id: tag.id, name: tag.name, kind: tag.kind as "manual" | "automatic" },
      ])
    ),
    templates: templateIndex,
    default_currency: defaultCurrency.toLowerCase(),
    default_refund_fee_percent: packageSettings.refund_fee_percent,
    now: new Date(),
  }
}
