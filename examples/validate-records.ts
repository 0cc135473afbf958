/**
 * An app storing records validates them with the zod schemas of `vnpolity/zod`: a document code typed by a user
 * is repaired and parsed, a stored code must already be canonical, and a target phrase becomes a typed target.
 * Run: npx tsx examples/validate-records.ts
 */

import { CanonicalDocumentCodeSchema, DocumentCodeSchema } from "vnpolity/zod";
import * as z from "zod";

const Decision = z.object({
  code: DocumentCodeSchema,
  storedAs: CanonicalDocumentCodeSchema,
  title: z.string().min(1),
});

const typed = Decision.safeParse({
  code: "57-NQ/TW",
  storedAs: "57-NQ/TW",
  title: "Đột phá phát triển khoa học, công nghệ",
});
console.log(typed.success && typed.data.code.issuer); // "TW"

const repaired = DocumentCodeSchema.parse("89/NQ-HDND");
console.log(repaired.canonical); // "89/NQ-HĐND"

const notCanonical = CanonicalDocumentCodeSchema.safeParse("89/NQ-HDND");
console.log(notCanonical.success, notCanonical.error?.issues[0]?.message);
