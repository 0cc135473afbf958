import * as z from "zod";

// The small schemas every schema file of vnpolity/zod builds on, defined once (not exported by the entry).

/** An ISO calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date();

/** A `{ vi, en }` label. */
export const LocalizedSchema = z.object({ vi: z.string(), en: z.string() });

/** A span into the caller's string (UTF-16 offsets, end exclusive). */
export const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

/** A place bound to an organ or a post ("UBND tỉnh Kon Tum": the province). */
export const BoundPlaceSchema = z.object({
  text: z.string(),
  span: SpanSchema,
  level: z.enum(["province", "district", "commune"]),
  code: z.string().optional(),
  name: LocalizedSchema.optional(),
  city: z.boolean().optional(),
});
