import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VnPolityError } from "../../src/core/index.js";
import {
  formatOrdinal,
  isValidOrdinal,
  type OrdinalForm,
  parseOrdinal,
  parseVietnameseNumberWords,
  safeParseOrdinal,
  safeParseVietnameseNumberWords,
} from "../../src/text/index.js";

/** Marks the expected numeral with [ ] and returns the input and the span. */
function marked(source: string): { text: string; span: { start: number; end: number } } {
  const start = source.indexOf("[");
  const end = source.indexOf("]") - 1;
  return { text: source.replace("[", "").replace("]", ""), span: { start, end } };
}

describe("parseOrdinal: Vietnamese", () => {
  it.each([
    ["lần thứ [hai]", 2, "word"],
    ["thứ [hai]", 2, "word"],
    ["thứ [nhất]", 1, "word"],
    ["thứ [tư]", 4, "word"],
    ["thứ [mười]", 10, "word"],
    ["thứ [mười một]", 11, "word"],
    ["thứ [mười bốn]", 14, "word"],
    ["thứ [mười lăm]", 15, "word"],
    ["thứ [hai mươi]", 20, "word"],
    ["thứ [hai mươi mốt]", 21, "word"],
    ["thứ [hai mươi tư]", 24, "word"],
    ["thứ [ba mươi lăm]", 35, "word"],
    ["thứ [chín mươi chín]", 99, "word"],
    ["Lần thứ [mười tám]", 18, "word"],
    ["lan thu [hai]", 2, "word"],
    ["lan thu [hai muoi mot]", 21, "word"],
    ["thu [tu]", 4, "word"],
    ["thứ [10]", 10, "digits"],
    ["lần thứ [11]", 11, "digits"],
    ["thứ [XIV]", 14, "roman"],
    ["lần thứ [XX]", 20, "roman"],
    ["lần thứ [XIII]", 13, "roman"],
    ["  lần\u00a0thứ [hai]  ", 2, "word"],
    ["la\u0302\u0300n thu\u031b\u0301 [hai]", 2, "word"],
  ] as const)("reads %j", (source, value, form) => {
    const { text, span } = marked(source);
    expect(safeParseOrdinal(text)).toEqual({ success: true, data: { value, form, span }, warnings: [] });
    expect(parseOrdinal(text, { language: "vi" })).toEqual({ value, form, span });
  });
});

describe("parseOrdinal: English, Polish, German and Roman", () => {
  it.each([
    ["[first]", 1, "word", "en"],
    ["[second]", 2, "word", "en"],
    ["[Third]", 3, "word", "en"],
    ["[fourteenth]", 14, "word", "en"],
    ["[twentieth]", 20, "word", "en"],
    ["[twenty-first]", 21, "word", "en"],
    ["[twenty–first]", 21, "word", "en"],
    ["[twenty first]", 21, "word", "en"],
    ["[ninety-ninth]", 99, "word", "en"],
    ["[16th]", 16, "digits", "en"],
    ["[21st]", 21, "digits", "en"],
    ["[22nd]", 22, "digits", "en"],
    ["[103rd]", 103, "digits", "en"],
    ["[111th]", 111, "digits", "en"],
    ["[1ST]", 1, "digits", "en"],
    ["[XIV]", 14, "roman", "en"],
    ["[XIII] kadencji", 13, "roman", "pl"],
    ["[X] Zjazd", 10, "roman", "pl"],
    ["[14.]", 14, "digits", "pl"],
    ["[14.] posiedzenie", 14, "digits", "pl"],
    ["[14.]", 14, "digits", "de"],
    ["[XIV]", 14, "roman", "fr"],
  ] as const)("reads %j in %s", (source, value, form, language) => {
    const { text, span } = marked(source);
    expect(parseOrdinal(text, { language })).toEqual({ value, form, span });
    expect(parseOrdinal(text)).toEqual({ value, form, span });
  });

  it("passes on the warning of an additive Roman numeral", () => {
    const result = safeParseOrdinal("thứ IIII");
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.value).toBe(4);
    expect(result.warnings[0]).toMatchObject({ code: "NON_CANONICAL_ROMAN_NUMERAL", span: { start: 4, end: 8 } });
  });
});

describe("parseOrdinal: errors", () => {
  it.each([
    ["14", "INVALID_ORDINAL"],
    ["hai", "INVALID_ORDINAL"],
    ["thứ", "INVALID_ORDINAL"],
    ["lần", "INVALID_ORDINAL"],
    ["thứ một", "INVALID_ORDINAL"],
    ["thứ bốn", "INVALID_ORDINAL"],
    ["thứ lăm", "INVALID_ORDINAL"],
    ["thứ mười mười", "INVALID_ORDINAL"],
    ["thứ một mươi", "INVALID_ORDINAL"],
    ["thứ hai mươi mốt một", "INVALID_ORDINAL"],
    ["thứ 0", "INVALID_ORDINAL"],
    ["thứ xiv", "INVALID_ORDINAL"],
    ["thứ 10 hai", "INVALID_ORDINAL"],
    ["thứ hai.", "INVALID_ORDINAL"],
    ["21th", "INVALID_ORDINAL"],
    ["12st", "INVALID_ORDINAL"],
    ["0th", "INVALID_ORDINAL"],
    ["16 th", "INVALID_ORDINAL"],
    ["first-", "INVALID_ORDINAL"],
    ["twenty", "INVALID_ORDINAL"],
    ["twenty-tenth", "INVALID_ORDINAL"],
    ["first second third", "INVALID_ORDINAL"],
    ["XIII kadencja sejmu", "INVALID_ORDINAL"],
    ["XIII posłów", "INVALID_ORDINAL"],
    ["14. osób", "INVALID_ORDINAL"],
    ["14 .", "INVALID_ORDINAL"],
    ["mix", "INVALID_ORDINAL"],
    ["IIX", "INVALID_ORDINAL"],
    ["thứ @", "INVALID_ORDINAL"],
    ["1234567890th", "INVALID_ORDINAL"],
    ["", "EMPTY_INPUT"],
    ["   ", "EMPTY_INPUT"],
    ["thứ ".repeat(30), "INPUT_TOO_LONG"],
  ])("rejects %j with %s", (input, code) => {
    const result = safeParseOrdinal(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe(code);
    expect(() => parseOrdinal(input)).toThrow(VnPolityError);
  });

  it("gives the right suffix as a hint", () => {
    const result = safeParseOrdinal("21th");
    if (!result.success) expect(result.error.issues[0]?.hint).toBe("21st");
  });

  it.each([
    ["thứ hai", "en"],
    ["second", "vi"],
    ["14.", "en"],
    ["14.", "vi"],
    ["XIII kadencji", "en"],
    ["second", "pl"],
    ["14. posiedzenie", "de"],
  ] as const)("does not read %j as %s", (input, language) => {
    expect(isValidOrdinal(input, { language })).toBe(false);
  });

  it.each([[5], [null], [undefined], [["thứ hai"]]])("rejects the non-string %j", (input) => {
    const result = safeParseOrdinal(input);
    if (!result.success) expect(result.error.code).toBe("INVALID_INPUT_TYPE");
  });

  it("rejects invalid options", () => {
    for (const options of [{ language: "it" }, { locale: "pl" }]) {
      const result = safeParseOrdinal("thứ hai", options as never);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.code).toBe("INVALID_OPTION");
    }
  });

  it("writes messages in English on request", () => {
    const result = safeParseOrdinal("thứ bảy mươi mươi", { locale: "en" });
    if (!result.success) expect(result.error.message).toBe("The ordinal could not be read.");
  });
});

describe("formatOrdinal", () => {
  it.each([
    [1, "vi", "word", "thứ nhất"],
    [2, "vi", "word", "thứ hai"],
    [4, "vi", "word", "thứ tư"],
    [10, "vi", "word", "thứ mười"],
    [14, "vi", "word", "thứ mười bốn"],
    [15, "vi", "word", "thứ mười lăm"],
    [21, "vi", "word", "thứ hai mươi mốt"],
    [24, "vi", "word", "thứ hai mươi tư"],
    [55, "vi", "word", "thứ năm mươi lăm"],
    [10, "vi", "digits", "thứ 10"],
    [14, "vi", "roman", "thứ XIV"],
    [2, "en", "word", "second"],
    [12, "en", "word", "twelfth"],
    [40, "en", "word", "fortieth"],
    [21, "en", "word", "twenty-first"],
    [2, "en", "digits", "2nd"],
    [13, "en", "digits", "13th"],
    [1001, "en", "digits", "1001st"],
    [2, "en", "roman", "II"],
  ] as const)("writes %i in %s %s as %j", (value, locale, style, expected) => {
    expect(formatOrdinal(value, { locale, style })).toBe(expected);
  });

  it("defaults to Vietnamese words", () => {
    expect(formatOrdinal(2)).toBe("thứ hai");
  });

  it.each([
    [0, {}, "INVALID_ORDINAL"],
    [1.5, {}, "INVALID_ORDINAL"],
    [100, { style: "word" }, "INVALID_ORDINAL"],
    [4000, { style: "roman" }, "INVALID_ORDINAL"],
    [2, { locale: "pl" }, "INVALID_OPTION"],
    [2, { style: "letters" }, "INVALID_OPTION"],
  ])("throws for %d %j with %s", (value, options, code) => {
    try {
      formatOrdinal(value, options as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(VnPolityError);
      expect((error as VnPolityError).code).toBe(code);
    }
  });
});

describe("parseVietnameseNumberWords", () => {
  it.each([
    ["một", 1],
    ["năm", 5],
    ["mười", 10],
    ["mười lăm", 15],
    ["mười một", 11],
    ["hai mươi", 20],
    ["hai mươi mốt", 21],
    ["bốn mươi tư", 44],
    ["chín mươi chín", 99],
    ["muoi lam", 15],
    ["bảy mươi nhăm", 75],
  ])("reads %j as %i", (input, value) => {
    expect(parseVietnameseNumberWords(input)).toBe(value);
    expect(safeParseVietnameseNumberWords(input)).toEqual({ success: true, data: value, warnings: [] });
  });

  it.each([
    ["lăm", "INVALID_NUMBER"],
    ["tư", "INVALID_NUMBER"],
    ["một mươi", "INVALID_NUMBER"],
    ["mười 5", "INVALID_NUMBER"],
    ["một trăm", "INVALID_NUMBER"],
    ["hai ".repeat(40), "INVALID_NUMBER"],
    ["", "EMPTY_INPUT"],
    [15, "INVALID_INPUT_TYPE"],
  ])("rejects %j with %s", (input, code) => {
    const result = safeParseVietnameseNumberWords(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe(code);
  });

  it("throws from the throwing twin", () => {
    expect(() => parseVietnameseNumberWords("không biết")).toThrow(VnPolityError);
  });
});

describe("properties", () => {
  const styles: readonly OrdinalForm[] = ["word", "digits", "roman"];

  it("parseOrdinal(formatOrdinal(n)) === n for 1..99 in every locale and style", () => {
    for (let n = 1; n <= 99; n++) {
      for (const locale of ["vi", "en"] as const) {
        for (const style of styles) {
          const written = formatOrdinal(n, { locale, style });
          expect(parseOrdinal(written, { language: locale }), written).toMatchObject({ value: n, form: style });
          expect(parseOrdinal(written).value).toBe(n);
        }
      }
    }
  });

  fcTest.prop([
    fc.integer({ min: 1, max: 3999 }),
    fc.constantFrom("vi" as const, "en" as const),
    fc.constantFrom("digits" as const, "roman" as const),
  ])("round trips digits and Roman numerals up to 3999", (n, locale, style) => {
    expect(parseOrdinal(formatOrdinal(n, { locale, style }), { language: locale }).value).toBe(n);
  });

  fcTest.prop([fc.string({ unit: "binary" })])("never throws, and isValid agrees with safeParse", (text) => {
    const result = safeParseOrdinal(text);
    expect(isValidOrdinal(text)).toBe(result.success);
    if (result.success) {
      expect(result.data.span.start).toBeGreaterThanOrEqual(0);
      expect(result.data.span.end).toBeLessThanOrEqual(text.length);
    }
    expect(typeof safeParseVietnameseNumberWords(text).success).toBe("boolean");
  });
});
