import * as z from "zod";
import { SpanSchema } from "./shared.js";

/**
 * A stored document reference: the phrase, its span and what it says (the parsed code is stored by its
 * canonical form).
 *
 * @example
 * ```ts
 * DocumentReferenceSchema.parse({ span: { start: 0, end: 8 }, text: "57-NQ/TW", resolvedCode: "57-NQ/TW" });
 * ```
 */
export const DocumentReferenceSchema = z.object({
  span: SpanSchema,
  text: z.string(),
  codeSpan: SpanSchema.optional(),
  resolvedCode: z.string().optional(),
  resolvedBy: z.enum(["text", "list", "catalogue", "form"]).optional(),
  documentType: z.string().optional(),
  number: z.number().int().nonnegative().optional(),
  date: z.iso.date().optional(),
  issuer: z
    .object({
      organId: z.string(),
      label: z.object({ vi: z.string(), en: z.string() }),
      term: z.number().int().positive().optional(),
    })
    .optional(),
  title: z.string().optional(),
});
