import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type LanguageOption, VnPolityError } from "../../src/core/index.js";
import { isValidNumberRange, parseNumberRange, safeParseNumberRange } from "../../src/text/index.js";

type Row = readonly [input: string, language: LanguageOption, low: number, high: number, percent: boolean];

const RANGES: readonly Row[] = [
  ["13-13,5%", "auto", 13, 13.5, true],
  ["6,5–7%", "auto", 6.5, 7, true],
  ["6,5—7%", "auto", 6.5, 7, true],
  ["55 - 58%", "auto", 55, 58, true],
  ["6,5% – 7%", "auto", 6.5, 7, true],
  ["từ 2 - 5%", "vi", 2, 5, true],
  ["từ 2 đến 5", "vi", 2, 5, false],
  ["Từ 2 tới 5", "vi", 2, 5, false],
  ["tu 2 den 5", "vi", 2, 5, false],
  ["giữa 2 và 5", "vi", 2, 5, false],
  ["2~5", "auto", 2, 5, false],
  ["2 to 5", "en", 2, 5, false],
  ["from 2.5 to 3.75", "auto", 2.5, 3.75, false],
  ["between 2 and 5", "en", 2, 5, false],
  ["od 2 do 5", "pl", 2, 5, false],
  ["między 2 a 5", "pl", 2, 5, false],
  ["de 2 à 5", "fr", 2, 5, false],
  ["entre 2 et 5", "fr", 2, 5, false],
  ["de 2 a 5", "es", 2, 5, false],
  ["entre 2 y 5", "es", 2, 5, false],
  ["von 2 bis 5", "de", 2, 5, false],
  ["zwischen 2 und 5", "de", 2, 5, false],
  ["-3 – -1", "auto", -3, -1, false],
  ["-3--1", "auto", -3, -1, false],
  ["−5 − −2", "auto", -5, -2, false],
  ["-2-5", "auto", -2, 5, false],
  ["2-5", "auto", 2, 5, false],
  ["5-5", "auto", 5, 5, false],
  ["2021-2030", "auto", 2021, 2030, false],
  ["1.585-1.663", "vi", 1585, 1663, false],
  ["1,585-1,663", "en", 1585, 1663, false],
  ["1 299 - 1 300", "pl", 1299, 1300, false],
  ["  8 – 8,5 %  ", "auto", 8, 8.5, true],
];

describe("parseNumberRange", () => {
  it.each(RANGES)("%j (%s) is %d..%d", (input, language, low, high, percent) => {
    const result = safeParseNumberRange(input, { language });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.low.value).toBe(low);
    expect(result.data.high.value).toBe(high);
    expect(result.data.low.percent).toBe(percent);
    expect(result.data.high.percent).toBe(percent);
  });

  it("lends the upper bound's scale word to the lower bound", () => {
    const { low, high } = parseNumberRange("từ 2 đến 5 tỷ");
    expect(low).toMatchObject({ value: 2e9, digits: 2, scale: 1e9, scaleWord: "tỷ" });
    expect(high).toMatchObject({ value: 5e9, scale: 1e9 });
    expect(parseNumberRange("1,5 - 2,25 tỷ").low.value).toBe(1500000000);
    expect(parseNumberRange("od 1 do 3 mln").low.value).toBe(1000000);
  });

  it("keeps an unscaled lower bound when the scale would put it above the upper bound", () => {
    const { low, high } = parseNumberRange("từ 500 đến 2 triệu");
    expect(low).toMatchObject({ value: 500, scale: 1 });
    expect(low.scaleWord).toBeUndefined();
    expect(high.value).toBe(2000000);
  });

  it("keeps scales written on both bounds", () => {
    const { low, high } = parseNumberRange("800 triệu - 1,2 tỷ");
    expect(low.value).toBe(800000000);
    expect(high.value).toBe(1200000000);
  });

  it("reads both bounds with one language, guided by the range words", () => {
    expect(parseNumberRange("od 1,5 do 2,5")).toMatchObject({ low: { language: "pl" }, high: { language: "pl" } });
    expect(parseNumberRange("1,585 to 2,000")).toMatchObject({
      low: { value: 1585, language: "en" },
      high: { value: 2000 },
    });
    expect(parseNumberRange("1,585 đến 2,000")).toMatchObject({
      low: { value: 1.585, language: "vi" },
      high: { value: 2 },
    });
    // Words point to English, but English cannot read "1,5": the digits win.
    expect(parseNumberRange("1,5 to 2,5")).toMatchObject({ low: { value: 1.5, language: "vi" } });
  });

  it("flags ambiguous bounds under auto", () => {
    const result = safeParseNumberRange("1.585-1.663");
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.low).toMatchObject({ value: 1585, ambiguous: true, alternatives: [1.585] });
    expect(result.warnings.map((warning) => warning.code)).toEqual(["AMBIGUOUS_NUMBER", "AMBIGUOUS_NUMBER"]);
    expect(result.warnings[1]?.span).toEqual({ start: 6, end: 11 });
  });

  it("decides a bound by the other one", () => {
    // "1,5" alone is a decimal under auto; beside "2,25" both are Vietnamese decimals.
    expect(parseNumberRange("1,5-2,25")).toMatchObject({ low: { value: 1.5, ambiguous: false } });
  });

  it("throws a VnPolityError from parseNumberRange", () => {
    expect(() => parseNumberRange("7 - 5")).toThrow(VnPolityError);
  });
});

function errorOf(input: unknown, options?: Parameters<typeof safeParseNumberRange>[1]) {
  const result = safeParseNumberRange(input, options);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to fail`);
  return result.error;
}

describe("parseNumberRange: errors", () => {
  it.each([
    ["2 - -5", "negative upper bound below the lower one"],
    ["2--5", "the same without spaces"],
    ["7 - 5", "reversed"],
    ["5 tỷ - 7 triệu", "reversed by scale"],
  ])("rejects %j (%s) with INVALID_RANGE", (input) => {
    const error = errorOf(input, { locale: "en" });
    expect(error.code).toBe("INVALID_RANGE");
    expect(error.issues[0]?.hint).toMatch(/above the upper bound/);
  });

  it.each(["5", "2 and 5", "2 5", "2, 5", "từ 2"])("rejects %j without a connector with INVALID_RANGE", (input) => {
    expect(errorOf(input).code).toBe("INVALID_RANGE");
  });

  it("rejects a percent sign only on the lower bound", () => {
    expect(errorOf("5%-7", { locale: "en" }).issues[0]?.hint).toMatch(/lower bound/);
  });

  it.each([
    ["x - 5", 0, 5],
    ["2 - x", 4, 5],
    ["2 - 5 apples", 5, 12],
    ["1.58.5 - 2", 0, 6],
    ["2 - 1.58.5", 4, 10],
  ] as const)("rejects %j with INVALID_NUMBER at the bad part", (input, start, end) => {
    const error = errorOf(input);
    expect(error.code).toBe("INVALID_NUMBER");
    expect(error.issues[0]?.span).toEqual({ start, end });
  });

  it("rejects a bound that contradicts the named language", () => {
    expect(errorOf("6.5 - 7", { language: "vi", locale: "en" }).issues[0]?.hint).toContain('"en"');
  });

  it.each([
    ["", "EMPTY_INPUT"],
    [" ", "EMPTY_INPUT"],
    [5, "INVALID_INPUT_TYPE"],
    [null, "INVALID_INPUT_TYPE"],
  ] as const)("rejects %j with %s", (input, code) => {
    expect(errorOf(input).code).toBe(code);
  });

  it("rejects invalid options", () => {
    expect(errorOf("2-5", { language: "it" as never }).code).toBe("INVALID_OPTION");
  });
});

describe("parseNumberRange: properties", () => {
  fcTest.prop([fc.string({ unit: "binary" })])("never throws on any string", (input) => {
    expect(typeof safeParseNumberRange(input).success).toBe("boolean");
  });

  const rangeish = fc.string({
    unit: fc.constantFrom("1", "5", "0", ".", ",", " ", "-", "–", "−", "%", "tỷ", "từ", "đến", "to", "and"),
    maxLength: 20,
  });

  fcTest.prop([rangeish])("isValidNumberRange agrees, and low never exceeds high", (input) => {
    const result = safeParseNumberRange(input);
    expect(isValidNumberRange(input)).toBe(result.success);
    if (result.success) {
      expect(result.data.low.value).toBeLessThanOrEqual(result.data.high.value);
      expect(result.data.low.percent).toBe(result.data.high.percent);
    }
  });

  fcTest.prop([fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 1000 })])(
    "reads every ordered pair of integers joined by a dash, whatever their signs",
    (low, width) => {
      const high = low + width;
      const range = parseNumberRange(`${low} – ${high}`);
      expect([range.low.value, range.high.value]).toEqual([low, high]);
    },
  );
});
