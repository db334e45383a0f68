import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CLIENT_MODULE } from "../../../../modules/client"
import type ClientModuleService from "../../../../modules/client/service"
import { templateColumns } from "../../../../lib/client/import/columns"
import { csvCell } from "../../../utils/csv"

/** Example values for the template's second line. */
const EXAMPLE: Record<string, string> = {
  email: "anna.li@example.com",
  phone: "+8613800000000",
  first_name: "Anna",
  last_name: "Li",
  gender: "female",
  birthday: "1990-04-12",
  skin_type: "sensitive",
  skin_concerns: "redness; dryness",
  allergies: "nuts; latex",
  contraindications: "pregnancy",
  health_notes: "",
  preferences_text: "Quiet treatment, warm water",
  source: "referral",
  home_branch: "",
  preferred_staff: "",
  consent_version: "2026-01",
  consent_given_at: "2026-01-15",
  tags: "VIP",
  stored_value_currency: "",
  stored_value_principal: "1200.00",
  stored_value_bonus: "200.00",
  stored_value_bonus_expires_at: "",
  package_template: "",
  package_sessions_remaining: "",
  package_purchased_at: "",
  package_expires_at: "",
  package_price_paid: "",
}

/** A CSV with every column the import accepts (custom fields included) and one example row. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const client: ClientModuleService = req.scope.resolve(CLIENT_MODULE)
  const definitions = await client.listCustomFieldDefinitions(
    { is_active: true },
    { select: ["key"], order: { key: "ASC" } }
  )
  const columns = templateColumns(definitions.map((definition) => definition.key))
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", 'attachment; filename="client-import-template.csv"')
  res.send(
    `${columns.join(",")}\n${columns.map((column) => csvCell(EXAMPLE[column] ?? "")).join(",")}\n`
  )
}
