import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const StoreGetBranchesParams = createFindParams({ limit: 50, offset: 0, order: "name" })
