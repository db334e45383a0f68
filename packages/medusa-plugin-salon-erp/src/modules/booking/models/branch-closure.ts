import { model } from "@medusajs/framework/utils"
import { BRANCH_CLOSURE_ID_PREFIX } from "../lib/constants"
import { Branch } from "./branch"

/** Days the branch is closed (holidays, renovation), inclusive, as local dates "YYYY-MM-DD". */
export const BranchClosure = model
  .define("branch_closure", {
    id: model.id({ prefix: BRANCH_CLOSURE_ID_PREFIX }).primaryKey(),
    starts_on: model.text(),
    ends_on: model.text(),
    reason: model.text().nullable(),
    branch: model.belongsTo(() => Branch, { mappedBy: "closures" }),
  })
  .checks([{ name: "branch_closure_order", expression: (c) => `${c.starts_on} <= ${c.ends_on}` }])
