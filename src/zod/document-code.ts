import * as z from "zod";
import { type DocumentCode, safeParseDocumentCode } from "../document-code/index.js";

/**
 * A document code given as a string, validated and repaired in lenient mode and transformed into the parsed
 * {@link DocumentCode}. Each failure is reported with its issue code at the start of the message.
 *
 * @example
 * ```ts
 * DocumentCodeSchema.parse("89/NQ-HDND").canonical; // "89/NQ-HĐND"
 * DocumentCodeSchema.safeParse("hello").success; // false ("INVALID_CODE_SHAPE: …")
 * ```
 */
export const DocumentCodeSchema = z.string().transform((value, context): DocumentCode => {
  const result = safeParseDocumentCode(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues)
    context.addIssue({ code: "custom", message: `${issue.code}: ${issue.message}` });
  return z.NEVER;
});

/**
 * A document code stored in canonical form: only strings that parse in strict mode and are their own canonical
 * form pass (`57-NQ/TW`, not `57/NQ-TW` or `96-QD/TW`).
 *
 * @example
 * ```ts
 * CanonicalDocumentCodeSchema.parse("30/2020/NĐ-CP"); // "30/2020/NĐ-CP"
 * CanonicalDocumentCodeSchema.safeParse("30/2020/ND-CP").success; // false ("DIACRITICS_REPAIRED: …")
 * ```
 */
export const CanonicalDocumentCodeSchema = z.string().superRefine((value, context) => {
  const result = safeParseDocumentCode(value, { mode: "strict" });
  if (result.success) return;
  for (const issue of result.error.issues)
    context.addIssue({ code: "custom", message: `${issue.code}: ${issue.message}` });
});

const IssuerSchema = z.object({
  abbreviation: z.string().min(1),
  role: z.enum(["issuer", "co-issuer", "unit"]),
  organIds: z.array(z.string()).readonly().optional(),
  term: z.number().int().positive().optional(),
});

/**
 * The shape of a parsed {@link DocumentCode}, for apps that store or exchange parsed records; the record must
 * also agree with its own `canonical` string.
 *
 * @example
 * ```ts
 * DocumentCodeRecordSchema.parse(parseDocumentCode("57-NQ/TW")).issuer; // "TW"
 * ```
 */
export const DocumentCodeRecordSchema = z
  .object({
    system: z.enum(["party", "state"]),
    form: z.enum(["party", "administrative", "normative", "historical"]),
    canonical: z.string().min(1),
    number: z.number().int().positive(),
    year: z.number().int().optional(),
    type: z.string().min(1).optional(),
    genres: z.array(z.string()).readonly().optional(),
    issuer: z.string().min(1),
    issuers: z.array(IssuerSchema).min(1).readonly(),
  })
  .refine(
    (record) => {
      const parsed = safeParseDocumentCode(record.canonical, { mode: "strict" });
      return (
        parsed.success &&
        parsed.data.number === record.number &&
        parsed.data.year === record.year &&
        parsed.data.type === record.type &&
        parsed.data.issuer === record.issuer
      );
    },
    { error: "INVALID_CODE_SHAPE: the record does not match its canonical code" },
  );
