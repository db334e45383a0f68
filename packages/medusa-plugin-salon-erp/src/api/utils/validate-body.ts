import { validateAndTransformBody } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { namingFields } from "./validators"

/** Where a body-validating middleware keeps its schema, for the input fuzz test to read. */
export const BODY_SCHEMA = Symbol.for("medusa-plugin-salon-erp.body-schema")

/**
 * Validates and transforms a request body with `schema`, naming the field in every 400 (see
 * `namingFields`). Every salon route with a body uses this, so all refuse bad input the same way.
 */
export function validateBody<Schema extends z.ZodType>(schema: Schema) {
  // Unknown fields are refused, as Medusa's own body validation does for object schemas.
  const strict =
    "strict" in schema && typeof schema.strict === "function"
      ? (schema.strict() as unknown as Schema)
      : schema
  return Object.assign(validateAndTransformBody(namingFields(strict)), { [BODY_SCHEMA]: strict })
}

/** The body schema of a middleware made by `validateBody`, if it is one. */
export function bodySchemaOf(middleware: unknown): z.ZodType | undefined {
  return typeof middleware === "function"
    ? (middleware as unknown as Record<symbol, z.ZodType | undefined>)[BODY_SCHEMA]
    : undefined
}
