import { z } from "@medusajs/framework/zod"
import { TAG_KINDS } from "../../../modules/client/lib/constants"
import { TagRule } from "../../../modules/client/lib/tag-rules"
import { OneOf, OptionalText, Pagination, ShortText, Text } from "../../utils/validators"

const Color = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'color must be a hex colour as "#RRGGBB", e.g. "#E11D48"')
  .nullish()

const ClientTagFields = z
  .object({
    name: ShortText("name", 60),
    color: Color,
    description: OptionalText("reason", 500),
    kind: OneOf(TAG_KINDS, "kind").optional(),
    rule: TagRule.optional(),
  })
  .strict()

/** A manual tag, or an automatic one with its `rule` (`rule.type` and its settings). */
export const AdminCreateClientTag = ClientTagFields.superRefine((tag, ctx) => {
  if (tag.kind === "automatic" && !tag.rule) {
    ctx.addIssue({ code: "custom", path: ["rule"], message: "an automatic tag needs a rule" })
  }
  if (tag.kind !== "automatic" && tag.rule) {
    ctx.addIssue({
      code: "custom",
      path: ["rule"],
      message: 'only automatic tags have a rule (send kind: "automatic")',
    })
  }
})
export type AdminCreateClientTagType = z.infer<typeof AdminCreateClientTag>

/** A tag's kind never changes; `rule` is for automatic tags only. */
export const AdminUpdateClientTag = ClientTagFields.omit({ kind: true }).partial().strict()
export type AdminUpdateClientTagType = z.infer<typeof AdminUpdateClientTag>

/** Recomputation takes no body. */
export const AdminRecomputeClientTags = z.object({}).strict()

/** Rebuilding the read model takes no input. */
export const AdminRebuildClientFacts = z.object({}).strict()

export const AdminGetClientTagsParams = z
  .object({ q: Text("name", { min: 0 }).optional(), ...Pagination(200) })
  .strict()
