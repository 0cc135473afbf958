/**
 * Cross-cutting contract of the text toolkit: whatever it is given, a `safe*`, `extract*` or `detect*` function
 * returns a value (a typed issue or a correct answer) and never throws.
 */
import { describe, expect, it } from "vitest";
import {
  detectLanguage,
  extractDates,
  extractNumbers,
  resolveLanguage,
  safeNormalizeText,
  safeParseDate,
  safeParseNumber,
  safeParseNumberRange,
  safeParseOrdinal,
  safeParseRomanNumeral,
  safeParseVietnameseNumberWords,
} from "../../src/text/index.js";

const TEN_MEGABYTES = "Tỉnh ủy họp ngày 2/3/2025, thu ngân sách đạt 1.585 tỷ đồng. ".repeat(180_000);

const BAD_INPUTS: ReadonlyArray<readonly [string, unknown]> = [
  ["empty string", ""],
  ["whitespace only", " \t\n\u00a0"],
  ["NUL bytes", "12\u0000,5\u0000%"],
  ["lone high surrogate", "\ud800 ngày 2/3/2025"],
  ["lone low surrogate", "1.585\udc00"],
  ["mixed scripts", "Нghị quyết 57 ngày 2/3 — 第57号 1,5%"],
  ["only combining marks", "\u0301\u0323\u0300".repeat(1000)],
  ["10 MB of news text", TEN_MEGABYTES],
  ["undefined", undefined],
  ["null", null],
  ["a number", 1585],
  ["an object", { toString: () => "1.585" }],
];

const SAFE_FUNCTIONS: ReadonlyArray<readonly [string, (input: unknown) => unknown]> = [
  ["safeNormalizeText", (input) => safeNormalizeText(input)],
  ["safeParseNumber", (input) => safeParseNumber(input, { language: "auto" })],
  ["safeParseNumberRange", (input) => safeParseNumberRange(input, { language: "vi" })],
  ["safeParseDate", (input) => safeParseDate(input, { contextDate: "2025-03-06" })],
  ["safeParseOrdinal", (input) => safeParseOrdinal(input)],
  ["safeParseRomanNumeral", (input) => safeParseRomanNumeral(input)],
  ["safeParseVietnameseNumberWords", (input) => safeParseVietnameseNumberWords(input)],
];

const SCANNERS: ReadonlyArray<readonly [string, (input: unknown) => unknown]> = [
  ["extractNumbers", (input) => extractNumbers(input, { language: "vi" })],
  ["extractDates", (input) => extractDates(input, { language: "auto" })],
  ["detectLanguage", (input) => detectLanguage(input)],
  ["resolveLanguage", (input) => resolveLanguage(input, "auto")],
];

describe.each(SAFE_FUNCTIONS)("%s on bad input", (_name, run) => {
  it.each(BAD_INPUTS)("returns a Result for %s", (_label, input) => {
    const result = run(input) as { success: boolean; error?: { code: string } };
    expect(typeof result.success).toBe("boolean");
    if (!result.success) expect(result.error?.code).toMatch(/^[A-Z_]+$/);
  });
});

describe.each(SCANNERS)("%s on bad input", (_name, run) => {
  it.each(BAD_INPUTS)("returns a value for %s", (_label, input) => {
    expect(() => run(input)).not.toThrow();
  });
});

describe("10 MB inputs get correct answers", () => {
  it("normalises 10 MB without changing clean text", () => {
    const result = safeNormalizeText(TEN_MEGABYTES);
    expect(result.success && result.data.text === TEN_MEGABYTES).toBe(true);
  });

  it("finds every figure in 10 MB", () => {
    const found = extractNumbers(TEN_MEGABYTES, { language: "vi" });
    expect(found.filter((n) => n.number.value === 1585000000000)).toHaveLength(180_000);
  });
});
