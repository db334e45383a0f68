import { z } from "@medusajs/framework/zod"
import { Pagination, Text, asFileContent } from "../../utils/validators"

/** The largest file an import takes (the request body limit is set a little above it). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024

export const AdminCreateClientImport = z
  .object({
    file_name: Text("name").max(255, "must be at most 255 characters"),
    // An uploaded file: bounded by its size, not by the text kinds' lengths.
    csv: asFileContent(
      z
        .string({ message: "csv must be the file's text" })
        .refine((text) => text.trim().length > 0, "csv is empty: the file has no rows")
        .refine((text) => !text.includes("\u0000"), "csv must not contain NUL characters")
        .refine(
          (text) => Buffer.byteLength(text, "utf8") <= MAX_IMPORT_BYTES,
          "csv is over 50 MB; split the file"
        )
    ),
    dry_run: z.boolean({ message: "dry_run must be true or false" }).default(true),
  })
  .strict()
export type AdminCreateClientImportType = z.infer<typeof AdminCreateClientImport>

export const AdminGetClientImportsParams = z.object(Pagination(500)).strict()

export const AdminGetClientImportIssuesParams = z
  .object({
    ...Pagination(500),
    severity: z
      .enum(["error", "warning"], { message: "severity must be error or warning" })
      .optional(),
    format: z.enum(["json", "csv"], { message: "format must be json or csv" }).default("json"),
  })
  .strict()
export type AdminGetClientImportIssuesParamsType = z.infer<typeof AdminGetClientImportIssuesParams>

export const AdminRunClientImport = z.object({}).strict()
