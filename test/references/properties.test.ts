import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { expect, test } from "vitest";
import {
  annotateReferences,
  extractDocumentReferences,
  getWellKnownDocument,
  searchWellKnownDocuments,
  WELL_KNOWN_DOCUMENTS,
} from "../../src/references/index.js";

fcTest.prop([fc.string({ unit: "binary" })])("never throws and every span slices back to its text", (text) => {
  for (const ref of extractDocumentReferences(text)) expect(text.slice(ref.span.start, ref.span.end)).toBe(ref.text);
});

const pieces = fc.constantFrom(
  "Nghị quyết số ",
  "Theo ",
  "57-NQ/TW",
  " ngày 22/12/2024",
  " của Bộ Chính trị",
  ", ",
  "30/2020/NĐ-CP",
  "Resolution No. ",
  "\n",
  " và ",
  "“",
  "”",
  "Kết luận 123",
);
fcTest.prop([fc.array(pieces, { maxLength: 20 })])("spans slice back on reference-like text", (parts) => {
  const text = parts.join("");
  for (const ref of extractDocumentReferences(text)) expect(text.slice(ref.span.start, ref.span.end)).toBe(ref.text);
});

fcTest.prop([fc.constantFrom(" ", "  ", "\n", "\t"), fc.boolean()])(
  "the same codes after changes of whitespace or case around them",
  (space, upper) => {
    const base = "Theo Nghị quyết số 57-NQ/TW của Bộ Chính trị và Nghị định 30/2020/NĐ-CP.";
    const changed = base.replaceAll(" ", space);
    const cased = upper ? changed.replace("Theo", "THEO").replace("của", "CỦA") : changed;
    const codes = (t: string) => extractDocumentReferences(t).map((r) => r.code?.canonical);
    expect(codes(cased)).toEqual(codes(base));
  },
);

test("never throws on non-strings and bad options", () => {
  expect(extractDocumentReferences(undefined as unknown as string)).toEqual([]);
  expect(extractDocumentReferences("57-NQ/TW", { asOf: "nope", catalogue: [1, null] } as never)).toHaveLength(1);
});

test("catalogue lookups", () => {
  expect(getWellKnownDocument("57-nq/tw")?.date).toBe("2024-12-22");
  expect(getWellKnownDocument("35-CT/TW", { asOf: "2020-01-01" })?.date).toBe("2019-05-30");
  expect(getWellKnownDocument("35-CT/TW", { date: "2024-06-14" })?.date).toBe("2024-06-14");
  expect(getWellKnownDocument("nope")).toBeUndefined();
  expect(searchWellKnownDocuments("chuyen doi so").map((d) => d.code)).toContain("57-NQ/TW");
  const codes = WELL_KNOWN_DOCUMENTS.map((d) => `${d.code}@${d.date ?? ""}`);
  expect(new Set(codes).size).toBe(codes.length);
});

test("custom catalogue rows are used", () => {
  const row = {
    code: "05-NQ/TW",
    date: "2026-03-01",
    issuerId: "politburo",
    genre: "resolution" as const,
    title: { vi: "Thử", en: "Test" },
    source: "test",
  };
  const [ref] = extractDocumentReferences("Resolution No. 5 of the Politburo", {
    catalogue: [row],
    articleDate: "2026-04-01",
  });
  expect(ref?.resolvedCode).toBe("05-NQ/TW");
});

test("annotateReferences wraps each phrase", () => {
  const text = "Theo Nghị quyết 57-NQ/TW.";
  expect(annotateReferences(text, extractDocumentReferences(text), (_r, s) => `<${s}>`)).toBe(
    "Theo <Nghị quyết 57-NQ/TW>.",
  );
});
