import { describe, expect, it } from "vitest";
import { type ParseDocumentCodeOptions, safeParseDocumentCode } from "../../src/document-code/index.js";
import { NEAR_MISSES } from "./fixtures/near-misses.js";
import { TIME_CASES } from "./fixtures/time-cases.js";
import { VALID_CODES } from "./fixtures/valid-codes.js";

// Vocabulary warnings are expected on valid codes whose issuer is outside the catalogue (issuers are open-ended);
// any other warning on an official form would mean the parser repaired something that needed no repair.
const VOCABULARY_WARNINGS = new Set(["UNKNOWN_ISSUER", "UNKNOWN_DOCUMENT_TYPE"]);

describe("valid-code fixtures", () => {
  it.for(VALID_CODES)("$input parses in strict mode to the expected fields", (row) => {
    const result = safeParseDocumentCode(row.input, { mode: "strict" });
    if (!result.success) expect.fail(`${row.input}: ${result.error.code} (${result.error.issues[0]?.hint ?? ""})`);
    const { data, warnings } = result;
    expect({
      canonical: data.canonical,
      system: data.system,
      number: data.number,
      year: data.year,
      type: data.type,
      issuer: data.issuer,
    }).toEqual({
      canonical: row.canonical,
      system: row.system,
      number: row.number,
      year: row.year,
      type: row.type,
      issuer: row.issuer,
    });
    expect(warnings.filter((warning) => !VOCABULARY_WARNINGS.has(warning.code))).toEqual([]);
  });
});

describe("near-miss fixtures", () => {
  it.for(NEAR_MISSES)("$input: lenient repair and strict error", (row) => {
    const lenient = safeParseDocumentCode(row.input);
    if (row.repaired === null) {
      expect(lenient.success ? lenient.data.canonical : lenient.error.code).toBe(row.strictError);
    } else {
      if (!lenient.success) expect.fail(`${row.input}: ${lenient.error.code}`);
      expect(lenient.data.canonical).toBe(row.repaired);
      const codes = lenient.warnings.map((warning) => warning.code);
      expect(codes).toEqual(expect.arrayContaining([...row.lenientWarnings]));
    }
    const strict = safeParseDocumentCode(row.input, { mode: "strict" });
    expect(strict.success ? "accepted" : strict.error.code).toBe(row.strictError);
  });
});

describe("time-case fixtures", () => {
  it.for(TIME_CASES)("$input (asOf $asOf, date $date)", (row) => {
    const options: { -readonly [K in keyof ParseDocumentCodeOptions]: ParseDocumentCodeOptions[K] } = {};
    if (row.asOf !== undefined) options.asOf = row.asOf;
    if (row.date !== undefined) options.date = row.date;
    const result = safeParseDocumentCode(row.input, options);
    expect(result.success ? undefined : result.error.code).toBe(row.expectedError);
    const warnings = result.success ? result.warnings.map((warning) => warning.code) : [];
    if (row.expectedWarning === undefined) expect(warnings).toEqual([]);
    else expect(warnings).toContain(row.expectedWarning);
  });
});
