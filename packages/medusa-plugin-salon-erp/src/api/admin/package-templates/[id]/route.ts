import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deletePackageTemplateWorkflow } from "../../../../workflows/service-package/workflows/delete-package-template"
import { updatePackageTemplateWorkflow } from "../../../../workflows/service-package/workflows/update-package-template"
import { refetchPackageTemplate } from "../helpers"
import type { AdminUpdatePackageTemplateType } from "../validators"
import { withConflictMessages } from "../../../utils/conflict-messages"
import type {
  DeletePackageTemplateResponse,
  PackageTemplateResponse,
} from "../../../../types/service-packages/http"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<PackageTemplateResponse>
) => {
  res.json({
    package_template: await refetchPackageTemplate(
      req.params.id,
      req.scope,
      req.queryConfig.fields
    ),
  })
}

/**
 * Updates a template. Packages already sold keep the terms they were sold on; the price lives on
 * the product variant (Medusa's product pages).
 */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminUpdatePackageTemplateType>,
    res: MedusaResponse<PackageTemplateResponse>
  ) => {
    await refetchPackageTemplate(req.params.id, req.scope, ["id"])
    await updatePackageTemplateWorkflow(req.scope).run({
      input: { ...req.validatedBody, id: req.params.id },
    })
    res.json({
      package_template: await refetchPackageTemplate(
        req.params.id,
        req.scope,
        req.queryConfig.fields
      ),
    })
  }
)

/** Deletes a template that never sold (and the product created for it). */
export const DELETE = withConflictMessages(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse<DeletePackageTemplateResponse>) => {
    await refetchPackageTemplate(req.params.id, req.scope, ["id"])
    await deletePackageTemplateWorkflow(req.scope).run({ input: { id: req.params.id } })
    res.json({ id: req.params.id, object: "package_template", deleted: true })
  }
)
