import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VnPolityError } from "../../src/core/index.js";
import {
  formatRomanNumeral,
  isValidRomanNumeral,
  parseRomanNumeral,
  safeParseRomanNumeral,
} from "../../src/text/index.js";

describe("parseRomanNumeral", () => {
  it.each([
    ["I", 1],
    ["IV", 4],
    ["IX", 9],
    ["XIII", 13],
    ["XIV", 14],
    ["XV", 15],
    ["XX", 20],
    ["XXVII", 27],
    ["XL", 40],
    ["XC", 90],
    ["CD", 400],
    ["CM", 900],
    ["MCMXLV", 1945],
    ["MMXXVI", 2026],
    ["MMMCMXCIX", 3999],
    ["xiv", 14],
    ["XiV", 14],
    [" XVI\u00a0", 16],
  ])("reads %j as %i", (input, value) => {
    expect(safeParseRomanNumeral(input)).toEqual({ success: true, data: value, warnings: [] });
    expect(parseRomanNumeral(input)).toBe(value);
  });

  it.each([
    ["IIII", 4, "IV"],
    ["VIIII", 9, "IX"],
    ["XXXX", 40, "XL"],
    ["LXXXX", 90, "XC"],
    ["CCCC", 400, "CD"],
    ["MDCCCCX", 1910, "MCMX"],
  ])("reads the additive form %j as %i with a warning naming %s", (input, value, canonical) => {
    const result = safeParseRomanNumeral(input);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).toBe(value);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ code: "NON_CANONICAL_ROMAN_NUMERAL", hint: canonical });
  });

  it("rejects additive forms in strict mode", () => {
    const result = safeParseRomanNumeral("IIII", { strict: true });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe("NON_CANONICAL_ROMAN_NUMERAL");
    expect(isValidRomanNumeral("IIII", { strict: true })).toBe(false);
    expect(isValidRomanNumeral("IV", { strict: true })).toBe(true);
  });

  it.each([
    "IIX",
    "VV",
    "IC",
    "IL",
    "XM",
    "MMMM",
    "IIIII",
    "VX",
    "ABC",
    "X I V",
    "14",
    "XIV.",
    "ıv",
    "Ⅻ",
    "MMMDCCCCLXXXXVIIIII",
  ])("rejects %j with INVALID_ROMAN_NUMERAL", (input) => {
    const result = safeParseRomanNumeral(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe("INVALID_ROMAN_NUMERAL");
    expect(() => parseRomanNumeral(input)).toThrow(VnPolityError);
  });

  it.each([
    ["", "EMPTY_INPUT"],
    [" \t", "EMPTY_INPUT"],
    [14, "INVALID_INPUT_TYPE"],
    [null, "INVALID_INPUT_TYPE"],
  ])("rejects %j with %s", (input, code) => {
    const result = safeParseRomanNumeral(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe(code);
  });

  it("rejects an unknown locale and writes messages in English on request", () => {
    const bad = safeParseRomanNumeral("XIV", { locale: "de" as never });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.code).toBe("INVALID_OPTION");
    const english = safeParseRomanNumeral("IIX", { locale: "en" });
    if (!english.success) expect(english.error.message).toBe("The Roman numeral is invalid.");
  });
});

describe("formatRomanNumeral", () => {
  it.each([
    [1, "I"],
    [4, "IV"],
    [14, "XIV"],
    [1945, "MCMXLV"],
    [2026, "MMXXVI"],
    [3999, "MMMCMXCIX"],
  ])("writes %i as %s", (value, expected) => {
    expect(formatRomanNumeral(value)).toBe(expected);
  });

  it.each([0, -1, 4000, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("throws INVALID_ROMAN_NUMERAL for %d", (value) => {
    expect(() => formatRomanNumeral(value)).toThrow(VnPolityError);
    try {
      formatRomanNumeral(value);
    } catch (error) {
      expect((error as VnPolityError).code).toBe("INVALID_ROMAN_NUMERAL");
    }
  });
});

describe("properties", () => {
  it("parse(format(n)) === n for every n in 1..3999, in upper and lower case", () => {
    for (let n = 1; n <= 3999; n++) {
      const numeral = formatRomanNumeral(n);
      expect(safeParseRomanNumeral(numeral, { strict: true })).toEqual({ success: true, data: n, warnings: [] });
      expect(parseRomanNumeral(numeral.toLowerCase())).toBe(n);
    }
  });

  fcTest.prop([fc.string({ unit: "binary" })])("never throws, and isValid agrees with safeParse", (text) => {
    const result = safeParseRomanNumeral(text);
    expect(isValidRomanNumeral(text)).toBe(result.success);
  });

  fcTest.prop([fc.stringMatching(/^[IVXLCDM]{1,12}$/)])(
    "a numeral it reads formats back to its canonical form",
    (text) => {
      const result = safeParseRomanNumeral(text);
      if (!result.success) return;
      const canonical = formatRomanNumeral(result.data);
      expect(result.warnings.length === 0).toBe(canonical === text);
      expect(parseRomanNumeral(canonical)).toBe(result.data);
    },
  );
});
