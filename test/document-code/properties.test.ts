import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect } from "vitest";
import {
  type DocumentCode,
  type DocumentCodeStyle,
  formatDocumentCode,
  isValidDocumentCode,
  normalizeDocumentCode,
  PARTY_DOCUMENT_TYPES,
  parseDocumentCode,
  STATE_DOCUMENT_TYPES,
  safeParseDocumentCode,
} from "../../src/document-code/index.js";
import { ORGAN_INDEX } from "../../src/organs/index.js";

// Abbreviations by the kind of organ that signs with them; term-numbered organs (QH#) are generated apart.
function abbreviations(kinds: readonly string[]): string[] {
  return ORGAN_INDEX.filter(([, kind]) => kinds.includes(kind)).flatMap(([, , written]) =>
    written.split(" ").filter((a) => a !== "" && !a.endsWith("#")),
  );
}
const PARTY_ISSUERS = abbreviations(["party"]);
const STATE_ISSUERS = abbreviations(["state", "judicial", "procuracy"]);
const SHARED_ISSUERS = new Set(["BCĐ", "TWĐTN", "ĐCTUBTWMTTQVN"]);
const FOLD_AMBIGUOUS_TYPES = new Set(["HĐ", "ĐA", "HD", "DA"]);

const number = fc.integer({ min: 1, max: 99_999 }).map((n) => (n < 10 ? `0${n}` : `${n}`));
const year = fc.integer({ min: 1990, max: 2026 });
const unit = fc.stringMatching(/^[A-Z][A-Z0-9]{1,4}$/);
const units = fc.array(unit, { maxLength: 2 }).map((list) => list.map((u) => `-${u}`).join(""));
const partyType = fc.constantFrom(...Object.keys(PARTY_DOCUMENT_TYPES));
const stateType = fc.constantFrom(...Object.keys(STATE_DOCUMENT_TYPES));
const partyIssuer = fc.constantFrom(...PARTY_ISSUERS);
const stateIssuer = fc.constantFrom(...STATE_ISSUERS);

// Strings in every grammar; most are valid, the rest are filtered out by parsing.
const codeText = fc.oneof(
  fc.tuple(number, partyType, partyIssuer, units).map(([n, t, i, u]) => `${n}-${t}/${i}${u}`),
  fc.tuple(number, stateType, stateIssuer, units).map(([n, t, i, u]) => `${n}/${t}-${i}${u}`),
  fc.tuple(number, stateIssuer, unit, units).map(([n, i, u, more]) => `${n}/${i}-${u}${more}`),
  fc
    .tuple(number, year, stateType, stateIssuer, fc.option(stateIssuer, { nil: "" }))
    .map(([n, y, t, i, co]) => `${n}/${y}/${t}-${i}${co ? `-${co}` : ""}`),
  fc
    .tuple(number, year, fc.constantFrom("QH", "UBTVQH"), fc.integer({ min: 9, max: 16 }))
    .map(([n, y, organ, term]) => `${n}/${y}/${organ}${term}`),
  fc
    .tuple(number, stateType, fc.constantFrom("CTN", "HĐNN7", "HĐNN8", "UBTVQH9", "CP"))
    .map(([n, t, i]) => `${n}-${t}/${i}`),
  fc.tuple(number, fc.constantFrom("CP", "HĐBT", "TTg")).map(([n, i]) => `${n}-${i}`),
);

const validCode: fc.Arbitrary<DocumentCode> = codeText
  .map((text) => safeParseDocumentCode(text, { mode: "strict" }))
  .filter((result) => result.success)
  .map((result) => (result.success ? result.data : (undefined as never)));

// Styles whose output parses back to the same code, given what folding and slugs lose (see formatDocumentCode).
function roundTrips(code: DocumentCode, style: DocumentCodeStyle): boolean {
  if (style === "canonical" || style === "long") return true;
  const units = code.issuers.filter((part) => part.role === "unit");
  if ((code.type && FOLD_AMBIGUOUS_TYPES.has(code.type)) || units.some((part) => part.abbreviation.includes("Đ"))) {
    return false;
  }
  if (style === "ascii") return true;
  const lead = code.issuers[0]?.abbreviation ?? "";
  const bareIssuer = code.type === undefined && code.year === undefined && code.issuers.length === 1;
  return code.form !== "historical" && !SHARED_ISSUERS.has(lead) && !bareIssuer;
}

// Strings close to codes: the alphabet of codes plus the characters people and OCR mix in.
const nearCodeText = fc.string({
  unit: fc.constantFrom(..."0123456789NQĐTWCPUBNDHQTTgđnqduiy-/ .:%_–Ð\u00a0Số"),
  maxLength: 24,
});

describe("round trips", () => {
  fcTest.prop([
    validCode,
    fc.constantFrom<DocumentCodeStyle>("canonical", "ascii", "slug", "long"),
    fc.constantFrom("vi", "en"),
  ])("parse(format(code, style)) equals the code", (code, style, locale) => {
    fc.pre(roundTrips(code, style));
    const text = formatDocumentCode(code, { style, locale: locale as "vi" | "en" });
    expect(parseDocumentCode(text)).toEqual(code);
  });

  fcTest.prop([validCode])("a canonical code parses in strict mode to itself", (code) => {
    const again = parseDocumentCode(code.canonical, { mode: "strict" });
    expect(again).toEqual(code);
    expect(again.canonical).toBe(code.canonical);
  });

  fcTest.prop([validCode])("the fast path and the repairing path agree", (code) => {
    // A prefix sends the same code through the repairing lexer and the general grammar.
    expect(parseDocumentCode(`Số: ${code.canonical}`)).toEqual(parseDocumentCode(code.canonical));
  });
});

// Codes assembled from known and unknown abbreviations and both separators: valid, repairable or wrong.
const token = fc.oneof(
  partyType,
  stateType,
  partyIssuer,
  stateIssuer,
  fc.constantFrom("QH15", "UBTVQH9", "HĐNN7", "BCĐ", "TWĐTN", "VX", "C06", "XYZ", "Vx", "2020", "QH"),
  unit,
);
const assembled = fc
  .tuple(number, fc.array(fc.tuple(fc.constantFrom("-", "/"), token), { minLength: 1, maxLength: 4 }))
  .map(([n, parts]) => n + parts.map(([sep, part]) => sep + part).join(""));

function summary(text: string) {
  const result = safeParseDocumentCode(text);
  if (!result.success) return { error: result.error.code };
  return {
    data: result.data,
    warnings: result.warnings
      .filter((warning) => warning.code !== "PREFIX_REMOVED")
      .map((warning) => [warning.code, warning.hint]),
  };
}

describe("the fast path", () => {
  fcTest.prop([assembled])("answers exactly as the general path does", (text) => {
    // A prefix sends the same code through the repairing lexer and the general grammar.
    expect(summary(`Số: ${text}`)).toEqual(summary(text));
  });
});

describe("strict mode", () => {
  fcTest.prop([fc.oneof(assembled, nearCodeText)])("accepts only strings that are their own canonical form", (text) => {
    const result = safeParseDocumentCode(text, { mode: "strict" });
    if (result.success) expect(result.data.canonical).toBe(text);
  });
});

describe("normalisation", () => {
  fcTest.prop([
    fc.oneof(
      nearCodeText,
      validCode.map((code) => formatDocumentCode(code, { style: "slug" })),
    ),
  ])("normalize is idempotent and its output is valid in strict mode", (text) => {
    const first = safeParseDocumentCode(text);
    fc.pre(first.success);
    const once = normalizeDocumentCode(text);
    expect(normalizeDocumentCode(once)).toBe(once);
    expect(isValidDocumentCode(once, { mode: "strict" })).toBe(true);
  });

  fcTest.prop([nearCodeText])("prefixing “Số: ” changes nothing but a warning", (text) => {
    fc.pre(/^\d/.test(text));
    const plain = safeParseDocumentCode(text);
    const prefixed = safeParseDocumentCode(`Số: ${text}`);
    expect(prefixed.success).toBe(plain.success);
    if (plain.success && prefixed.success) expect(prefixed.data).toEqual(plain.data);
  });
});

describe("total functions", () => {
  const options = fc.option(
    fc.record(
      {
        mode: fc.constantFrom("strict", "lenient"),
        asOf: fc.constantFrom("2020-01-01", "2025-07-01", "2030-12-31"),
        date: fc.constantFrom("2019-05-05", "2025-03-01"),
        locale: fc.constantFrom("vi", "en"),
      },
      { requiredKeys: [] },
    ),
    { nil: undefined },
  );

  fcTest.prop([fc.oneof(fc.string({ unit: "binary" }), nearCodeText), options])(
    "safeParseDocumentCode never throws and isValidDocumentCode agrees with it",
    (text, parseOptions) => {
      const result = safeParseDocumentCode(text, parseOptions);
      expect(typeof result.success).toBe("boolean");
      expect(isValidDocumentCode(text, parseOptions)).toBe(result.success);
      if (result.success) expect(() => formatDocumentCode(result.data, { style: "long" })).not.toThrow();
    },
  );

  fcTest.prop([fc.anything()])("safeParseDocumentCode never throws on any value", (value) => {
    expect(() => safeParseDocumentCode(value, value as never)).not.toThrow();
  });

  fcTest.prop([nearCodeText])("every span points into the caller's string", (text) => {
    const result = safeParseDocumentCode(text);
    const issues = result.success ? result.warnings : result.error.issues;
    for (const issue of issues) {
      if (!issue.span) continue;
      expect(issue.span.start).toBeGreaterThanOrEqual(0);
      expect(issue.span.end).toBeLessThanOrEqual(text.length);
      expect(issue.span.start).toBeLessThanOrEqual(issue.span.end);
    }
  });
});
