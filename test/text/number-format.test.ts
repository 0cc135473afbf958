import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Language, VnPolityError } from "../../src/core/index.js";
import { formatNumber, parseNumber } from "../../src/text/index.js";

const LANGUAGES: readonly Language[] = ["vi", "en", "pl", "fr", "de", "es"];
const NBSP = "\u00a0";

describe("formatNumber", () => {
  it.each([
    ["vi", "1.585,25"],
    ["en", "1,585.25"],
    ["pl", `1${NBSP}585,25`],
    ["fr", `1${NBSP}585,25`],
    ["de", "1.585,25"],
    ["es", "1.585,25"],
  ] as const)("writes 1585.25 in %s as %j", (language, expected) => {
    expect(formatNumber(1585.25, { language })).toBe(expected);
  });

  it.each([
    [0, {}, "0"],
    [-0, {}, "0"],
    [7, {}, "7"],
    [999, {}, "999"],
    [1000, {}, "1.000"],
    [-1234567.8, {}, "-1.234.567,8"],
    [6.5, { decimalPlaces: 2 }, "6,50"],
    [6.525, { decimalPlaces: 0 }, "7"],
    [-0.001, { decimalPlaces: 2 }, "0,00"],
    [1234567, { grouping: false }, "1234567"],
    [1234567.5, { language: "en", grouping: false }, "1234567.5"],
    [1e21, { language: "en" }, "1,000,000,000,000,000,000,000"],
    [1e21, { language: "en", decimalPlaces: 2 }, "1,000,000,000,000,000,000,000.00"],
    [1.5e-7, { language: "en" }, "0.00000015"],
    [123456789012345.67, { language: "en" }, "123,456,789,012,345.67"],
    [6520000000, {}, "6.520.000.000"],
  ] as const)("writes %d with %j as %j", (value, options, expected) => {
    expect(formatNumber(value, options)).toBe(expected);
  });

  it.each([
    [Number.NaN, {}, "INVALID_NUMBER"],
    [Number.POSITIVE_INFINITY, {}, "INVALID_NUMBER"],
    ["5" as unknown as number, {}, "INVALID_NUMBER"],
    [5, { language: "auto" }, "INVALID_OPTION"],
    [5, { language: "it" }, "INVALID_OPTION"],
    [5, { decimalPlaces: -1 }, "INVALID_OPTION"],
    [5, { decimalPlaces: 1.5 }, "INVALID_OPTION"],
    [5, { decimalPlaces: 21 }, "INVALID_OPTION"],
    [5, { grouping: "yes" }, "INVALID_OPTION"],
  ] as const)("rejects %s with %j: %s", (value, options, code) => {
    expect(() => formatNumber(value, options as never)).toThrow(VnPolityError);
    try {
      formatNumber(value, options as never);
    } catch (error) {
      expect(error instanceof VnPolityError && error.code).toBe(code);
    }
  });
});

// A finite number with at most 6 decimal places within ±1e15, built from its decimal text.
const fixedDecimal = fc
  .tuple(
    fc.boolean(),
    fc.bigInt({ min: 0n, max: 10n ** 15n }),
    fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: 6 }),
  )
  .map(([negative, int, frac]) => Number(`${negative ? "-" : ""}${int}${frac === "" ? "" : `.${frac}`}`));

describe("formatNumber: round trips", () => {
  for (const language of LANGUAGES) {
    fcTest.prop([fixedDecimal])(`parseNumber(formatNumber(x)) === x in ${language}`, (value) => {
      const written = formatNumber(value, { language });
      expect(parseNumber(written, { language }).value).toBe(value === 0 ? 0 : value);
    });

    fcTest.prop([fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 })])(
      `fixed decimal places round-trip in ${language}`,
      (scaled, places) => {
        const value = Number((scaled / 10 ** places).toFixed(places));
        const written = formatNumber(value, { language, decimalPlaces: places });
        const parsed = parseNumber(written, { language });
        expect(parsed.value).toBe(value === 0 ? 0 : value);
        expect(parsed.decimalPlaces).toBe(places);
      },
    );

    fcTest.prop([fc.double({ noNaN: true, noDefaultInfinity: true })])(
      `every finite double round-trips in ${language}, grouped or not`,
      (value) => {
        expect(parseNumber(formatNumber(value, { language }), { language }).value).toBe(value === 0 ? 0 : value);
        const plain = formatNumber(value, { language, grouping: false });
        expect(parseNumber(plain, { language }).value).toBe(value === 0 ? 0 : value);
      },
    );
  }

  fcTest.prop([fixedDecimal, fc.constantFrom(...LANGUAGES)])(
    "formatting is idempotent through parsing",
    (value, language) => {
      const once = formatNumber(value, { language });
      expect(formatNumber(parseNumber(once, { language }).value, { language })).toBe(once);
    },
  );
});
