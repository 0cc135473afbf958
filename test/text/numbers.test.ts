import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type LanguageOption, VnPolityError } from "../../src/core/index.js";
import {
  AUTO_LANGUAGE_ORDER,
  isValidNumber,
  NUMBER_CONVENTIONS,
  NUMBER_WORDS,
  type ParsedNumber,
  parseNumber,
  safeParseNumber,
} from "../../src/text/index.js";

type Row = readonly [input: string, language: LanguageOption, value: number, note: string];

// Our own examples, one table per convention. Values are exact: the reader builds them from the digit string.
const VIETNAMESE: readonly Row[] = [
  ["1.585", "vi", 1585, "dot groups thousands"],
  ["6,52", "vi", 6.52, "comma marks decimals"],
  ["1.234.567,8", "vi", 1234567.8, "both marks"],
  ["0,5", "vi", 0.5, "leading zero before the decimal comma"],
  ["2024", "vi", 2024, "a year is a number"],
  ["05", "vi", 5, "zero-padded"],
  ["6,52 tỷ", "vi", 6520000000, "tỷ"],
  ["6,52 tỉ", "vi", 6520000000, "tỉ spelling"],
  ["6,52 ty", "vi", 6520000000, "tỷ without diacritics"],
  ["3.312 tỷ", "vi", 3312000000000, "grouped digits with a scale"],
  ["1,5 triệu", "vi", 1500000, "triệu"],
  ["2 trieu", "vi", 2000000, "triệu without diacritics"],
  ["12 nghìn", "vi", 12000, "nghìn"],
  ["12 ngàn", "vi", 12000, "southern ngàn"],
  ["12 nghin", "vi", 12000, "nghìn without diacritics"],
  ["4,5 nghìn tỷ", "vi", 4500000000000, "nghìn tỷ"],
  ["4,5 ngàn tỷ", "vi", 4500000000000, "ngàn tỷ"],
  ["4,5 ngan ty", "vi", 4500000000000, "ngàn tỷ without diacritics"],
  ["7\u00a0tỷ", "vi", 7000000000, "NBSP before the scale"],
  ["7tỷ", "vi", 7000000000, "scale glued to the digits"],
  ["7 Tỷ", "vi", 7000000000, "capitalised scale"],
  ["7 ty\u0309", "vi", 7000000000, "decomposed (NFD) tỷ"],
  ["300k", "vi", 300000, "k glued"],
  ["  8,5  ", "vi", 8.5, "trimmed"],
];

const ENGLISH: readonly Row[] = [
  ["1,585", "en", 1585, "comma groups thousands"],
  ["6.52", "en", 6.52, "dot marks decimals"],
  ["1,234,567.8", "en", 1234567.8, "both marks"],
  ["0.5", "en", 0.5, "leading zero"],
  ["2.5 thousand", "en", 2500, "thousand"],
  ["1.2 million", "en", 1200000, "million"],
  ["3.75 billion", "en", 3750000000, "billion is 10^9 in English"],
  ["1.1 trillion", "en", 1100000000000, "trillion"],
  ["5bn", "en", 5000000000, "bn glued"],
  ["5 bn", "en", 5000000000, "bn spaced"],
  ["12m", "en", 12000000, "m glued, English only"],
  ["40k", "en", 40000, "k glued"],
  ["1,299 mln", "en", 1299000000, "wire-service mln"],
  ["2.5 bln", "en", 2500000000, "wire-service bln"],
];

const POLISH: readonly Row[] = [
  ["1 299", "pl", 1299, "space groups thousands"],
  ["1\u00a0299", "pl", 1299, "NBSP groups thousands"],
  ["1\u202f299", "pl", 1299, "narrow NBSP groups thousands"],
  ["6,52", "pl", 6.52, "comma marks decimals"],
  ["1 299 mln", "pl", 1299000000, "mln"],
  ["1,299 mln", "pl", 1299000, "decimal comma before mln"],
  ["3 312 mld", "pl", 3312000000000, "mld is 10^9"],
  ["2,5 bln", "pl", 2500000000000, "bln is 10^12 in Polish"],
  ["12 tys.", "pl", 12000, "tys. with its dot"],
  ["12 tys", "pl", 12000, "tys without dot"],
  ["3 tysiące", "pl", 3000, "tysiące"],
  ["5 milionów", "pl", 5000000, "milionów"],
  ["5 milionow", "pl", 5000000, "milionów without diacritics"],
];

const FRENCH: readonly Row[] = [
  ["1 299", "fr", 1299, "space"],
  ["1\u202f299,5", "fr", 1299.5, "narrow NBSP and decimal comma"],
  ["12 mille", "fr", 12000, "mille"],
  ["2,5 millions", "fr", 2500000, "millions"],
  ["3 milliards", "fr", 3000000000, "milliards"],
  ["3 Md", "fr", 3000000000, "Md"],
  ["1 billion", "fr", 1000000000000, "billion is 10^12 in French"],
];

const GERMAN: readonly Row[] = [
  ["1.299,5", "de", 1299.5, "dot groups, comma decimals"],
  ["1 299,5", "de", 1299.5, "space also groups"],
  ["2,5 Mio.", "de", 2500000, "Mio."],
  ["2,5 Mio", "de", 2500000, "Mio"],
  ["4 Mrd.", "de", 4000000000, "Mrd."],
  ["7 Tsd.", "de", 7000, "Tsd."],
  ["1 Billion", "de", 1000000000000, "Billion is 10^12 in German"],
  ["3 Milliarden", "de", 3000000000, "Milliarden"],
];

const SPANISH: readonly Row[] = [
  ["1.299,5", "es", 1299.5, "dot groups, comma decimals"],
  ["1 299,5", "es", 1299.5, "space also groups (RAE)"],
  ["15 mil", "es", 15000, "mil"],
  ["2 mil millones", "es", 2000000000, "mil millones is 10^9"],
  ["3,5 millones", "es", 3500000, "millones"],
  ["1 billón", "es", 1000000000000, "billón is 10^12"],
];

const AUTO: readonly Row[] = [
  ["6,52", "auto", 6.52, "comma with two digits: decimal"],
  ["1.585,5", "auto", 1585.5, "both marks decide"],
  ["1.585.000", "auto", 1585000, "two dots decide grouping"],
  ["1,585,000", "auto", 1585000, "two commas decide grouping"],
  ["13.45", "auto", 13.45, "dot with two digits: decimal"],
  ["0.585", "auto", 0.585, "a grouped number cannot start with 0"],
  ["1234.567", "auto", 1234.567, "a leading group of four digits cannot be grouped"],
  ["1 299", "auto", 1299, "spaces group"],
  ["1,5 tỷ", "auto", 1500000000, "a Vietnamese scale word decides"],
  ["1.5 tỷ", "auto", 1500000000, "English digits with a Vietnamese word"],
  ["1 299 mln", "auto", 1299000000, "Polish"],
  ["2,5 Mio.", "auto", 2500000, "German"],
  ["5k", "auto", 5000, "k"],
];

const ALL_ROWS = [...VIETNAMESE, ...ENGLISH, ...POLISH, ...FRENCH, ...GERMAN, ...SPANISH, ...AUTO];

describe("parseNumber: values by language", () => {
  it.each(ALL_ROWS)("%j (%s) is %d: %s", (input, language, value) => {
    const result = safeParseNumber(input, { language });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.value).toBe(value);
    expect(result.warnings).toEqual([]);
    if (language !== "auto") expect(result.data.language).toBe(language);
  });

  it("keeps the written number apart from the scale", () => {
    expect(parseNumber("6,52 tỷ")).toEqual({
      value: 6520000000,
      digits: 6.52,
      scale: 1e9,
      decimal: "6.52",
      decimalPlaces: 2,
      percent: false,
      sign: "none",
      language: "vi",
      ambiguous: false,
      scaleWord: "tỷ",
    } satisfies ParsedNumber);
  });

  it("computes scaled values exactly, never by float multiplication", () => {
    expect(parseNumber("1,299 mln", { language: "en" }).value).toBe(1299000000);
    expect(parseNumber("6,52 tỷ").value).toBe(6520000000);
    expect(parseNumber("0,07 tỷ").value).toBe(70000000);
    expect(parseNumber("8,2 tỷ").value).toBe(8200000000);
    expect(parseNumber("1,005 nghìn").value).toBe(1005);
    // The traps the decimal construction avoids:
    expect(8.2 * 1e9).not.toBe(8200000000);
    expect(1.005 * 1e3).not.toBe(1005);
  });

  it("counts decimal places as written", () => {
    expect(parseNumber("6,50").decimalPlaces).toBe(2);
    expect(parseNumber("6,50").decimal).toBe("6.50");
    expect(parseNumber("1.585").decimalPlaces).toBe(0);
  });
});

describe("parseNumber: signs and percent", () => {
  it.each([
    ["-9,28", -9.28, "minus"],
    ["+5", 5, "plus"],
    ["−3", -3, "minus"],
    ["–3", -3, "minus"],
    ["—3", -3, "minus"],
    ["\uff0d3", -3, "minus"],
    ["\uff0b3", 3, "plus"],
    ["-1.585", -1585, "minus"],
    ["-1,5 tỷ", -1500000000, "minus"],
    ["-0", 0, "minus"],
    ["-0,00", 0, "minus"],
  ] as const)("%j is %d with sign %s", (input, value, sign) => {
    const parsed = parseNumber(input);
    expect(parsed.value).toBe(value);
    expect(Object.is(parsed.value, -0)).toBe(false);
    expect(parsed.sign).toBe(sign);
  });

  it("writes the sign into the decimal string, except for zero", () => {
    expect(parseNumber("-9,28").decimal).toBe("-9.28");
    expect(parseNumber("-0,0").decimal).toBe("0.0");
  });

  it.each([
    ["6,52%", 6.52],
    ["6,52 %", 6.52],
    ["6,52\u00a0%", 6.52],
    ["-1,02%", -1.02],
    ["100%", 100],
    ["5\uff05", 5],
    ["5 phần trăm", 5],
    ["5 phan tram", 5],
  ] as const)("%j is a percentage of %d", (input, value) => {
    const parsed = parseNumber(input);
    expect(parsed).toMatchObject({ value, percent: true, scale: 1 });
    expect(parsed.scaleWord).toBeUndefined();
  });

  it.each([
    ["5 percent", "en"],
    ["5 per cent", "en"],
    ["5 procent", "pl"],
    ["5 pour cent", "fr"],
    ["5 Prozent", "de"],
    ["5 por ciento", "es"],
  ] as const)("%j is a percentage in %s", (input, language) => {
    expect(parseNumber(input, { language }).percent).toBe(true);
    expect(parseNumber(input).language).toBe(language);
  });
});

describe("parseNumber: ambiguity under auto", () => {
  it("reads 1.585 as grouping (Vietnamese first) and reports 1.585", () => {
    const result = safeParseNumber("1.585");
    expect(result).toMatchObject({ success: true, data: { value: 1585, ambiguous: true, alternatives: [1.585] } });
    if (!result.success) return;
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ code: "AMBIGUOUS_NUMBER", span: { start: 0, end: 5 } });
  });

  it("reads 1,585 as a decimal (Vietnamese first) and reports 1585", () => {
    expect(parseNumber("1,585")).toMatchObject({ value: 1.585, ambiguous: true, alternatives: [1585] });
  });

  it("points the warning span into the caller's string", () => {
    const result = safeParseNumber("  1.585 ", { locale: "en" });
    expect(result.success && result.warnings[0]?.span).toEqual({ start: 2, end: 7 });
    expect(result.success && result.warnings[0]?.hint).toContain("1.585");
  });

  it("lets a scale word shared by languages stay ambiguous", () => {
    expect(parseNumber("1,585 million")).toMatchObject({
      value: 1585000000,
      language: "en",
      ambiguous: true,
      alternatives: [1585000],
    });
  });

  it("flags a scale word whose value depends on the language", () => {
    expect(parseNumber("1 billion")).toMatchObject({
      value: 1e9,
      language: "en",
      ambiguous: true,
      alternatives: [1e12],
    });
    expect(parseNumber("1 billion", { language: "en" }).ambiguous).toBe(false);
  });

  it("lets a scale word decide", () => {
    expect(parseNumber("1,585 tỷ")).toMatchObject({ value: 1585000000, ambiguous: false });
    expect(parseNumber("1.585 tỷ")).toMatchObject({ value: 1585000000000, ambiguous: false });
  });

  it("is never ambiguous with an explicit language", () => {
    for (const language of ["vi", "en", "de", "es"] as const) {
      const result = safeParseNumber("1.585", { language });
      expect(result).toMatchObject({ success: true, warnings: [], data: { ambiguous: false } });
      expect(result.success && result.data.alternatives).toBeUndefined();
    }
  });

  it("omits alternatives when the reading is unique", () => {
    expect("alternatives" in parseNumber("6,52")).toBe(false);
  });
});

describe("parseNumber: scale words that are other words", () => {
  it.each(["5 tỷ lệ", "5 tỉ lệ", "5 ty le", "3 triệu tập", "5m", "5 k", "11 kluczowych", "5km"])(
    "%j is not a number with a scale",
    (input) => {
      expect(safeParseNumber(input).success).toBe(false);
    },
  );

  it("reads m as million only when English is named", () => {
    expect(parseNumber("5m", { language: "en" }).value).toBe(5000000);
    expect(isValidNumber("5m", { language: "vi" })).toBe(false);
  });
});

function errorOf(input: unknown, options?: Parameters<typeof safeParseNumber>[1]) {
  const result = safeParseNumber(input, options);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to fail`);
  return result.error;
}

describe("parseNumber: errors", () => {
  it.each([[42], [null], [undefined], [{}], [["1"]]])("rejects the non-string %j with INVALID_INPUT_TYPE", (input) => {
    expect(errorOf(input).code).toBe("INVALID_INPUT_TYPE");
  });

  it.each(["", "   ", "\u00a0\u202f", "\n\t"])("rejects %j with EMPTY_INPUT", (input) => {
    expect(errorOf(input).code).toBe("EMPTY_INPUT");
  });

  it.each([[{ language: "xx" }], [{ language: 1 }], [{ locale: "pl" }], ["vi"]] as const)(
    "rejects the options %j with INVALID_OPTION",
    (options) => {
      expect(errorOf("1", options as never).code).toBe("INVALID_OPTION");
    },
  );

  it.each([
    ["abc", "letters", 0, 3],
    ["1..2", "double dot", 1, 4],
    ["1.58.5", "mis-grouped", 0, 6],
    ["1,5,3", "two decimal commas", 0, 5],
    ["5.", "trailing dot", 1, 2],
    [".5", "no leading digit", 0, 2],
    ["1 2345", "bad space group", 1, 6],
    ["12abc", "trailing letters", 2, 5],
    ["- 5", "space after the sign", 0, 3],
    ["1.234 567", "space after a dot", 5, 9],
    ["9".repeat(400), "too large", 0, 400],
    ["2 - 5", "a range is not one number", 1, 5],
  ] as const)("rejects %j (%s) with INVALID_NUMBER and a span", (input, _note, start, end) => {
    const error = errorOf(input, { locale: "en" });
    expect(error.code).toBe("INVALID_NUMBER");
    expect(error.issues[0]?.span).toEqual({ start, end });
    expect(error.issues[0]?.hint).toBeTruthy();
  });

  it.each([
    ["6.52", "vi", "en"],
    ["1,585.5", "vi", "en"],
    ["6,52", "en", "vi"],
    ["1.585,5", "en", "vi"],
    ["1 299", "en", "pl"],
    ["1 299", "vi", "pl"],
    ["1.299", "pl", "vi"],
    ["0.585", "vi", "en"],
    ["5 tys.", "vi", "pl"],
  ] as const)("rejects %j in %s and names %s in the hint", (input, language, other) => {
    const error = errorOf(input, { language, locale: "en" });
    expect(error.code).toBe("INVALID_NUMBER");
    expect(error.issues[0]?.hint).toContain(`"${other}"`);
  });

  it("reports mixed group marks", () => {
    expect(errorOf("1 234.567,5", { language: "de", locale: "en" }).issues[0]?.hint).toMatch(/different marks/);
  });

  it("reports a grouped number starting with 0", () => {
    expect(errorOf("0.585", { language: "vi", locale: "en" }).issues[0]?.hint).toMatch(/start with 0/);
  });

  it("writes hints in the requested locale", () => {
    expect(errorOf("abc", { locale: "vi" }).issues[0]?.hint).toMatch(/chữ số/);
    expect(errorOf("abc", { locale: "en" }).issues[0]?.message).toBe("The number could not be read.");
  });

  it("throws a VnPolityError from parseNumber", () => {
    expect(() => parseNumber("1.58.5")).toThrow(VnPolityError);
    try {
      parseNumber("");
    } catch (error) {
      expect(error instanceof VnPolityError && error.code).toBe("EMPTY_INPUT");
    }
  });
});

describe("parseNumber: tables", () => {
  it("knows every language of the auto order", () => {
    for (const language of AUTO_LANGUAGE_ORDER) expect(NUMBER_CONVENTIONS[language]).toBeDefined();
    expect(AUTO_LANGUAGE_ORDER[0]).toBe("vi");
  });

  it("writes every word form in lower case NFC and gives a source", () => {
    for (const word of NUMBER_WORDS) {
      expect(word.source.length).toBeGreaterThan(0);
      for (const form of word.forms) expect(form).toBe(form.normalize("NFC").toLowerCase());
      expect(Object.isFrozen(word)).toBe(true);
    }
    expect(Object.isFrozen(NUMBER_WORDS)).toBe(true);
  });
});

describe("parseNumber: every word of the table", () => {
  const cases = NUMBER_WORDS.flatMap((word) =>
    word.forms.flatMap((form) =>
      word.languages.map((language) => ({ word, form, language, text: word.glue ? `5${form}` : `5 ${form}` })),
    ),
  );

  it.each(cases)("reads $text in $language", ({ word, language, text }) => {
    const parsed = parseNumber(text, { language });
    // Several rows may share a spelling; the row of the language in use gives the value.
    const row =
      NUMBER_WORDS.find(
        (candidate) =>
          candidate.forms.includes(text.slice(text.startsWith("5 ") ? 2 : 1)) && candidate.languages.includes(language),
      ) ?? word;
    if (row.kind === "percent") expect(parsed).toMatchObject({ value: 5, percent: true });
    else expect(parsed).toMatchObject({ value: Number(`5e${row.exponent}`), percent: false });
    expect(parseNumber(text.toUpperCase(), { language }).value).toBe(parsed.value);
    if (word.abbreviation) expect(parseNumber(`${text}.`, { language }).value).toBe(parsed.value);
  });
});

describe("parseNumber: properties", () => {
  fcTest.prop([fc.string({ unit: "binary" })])("safeParseNumber never throws on any string", (input) => {
    const result = safeParseNumber(input);
    expect(typeof result.success).toBe("boolean");
  });

  fcTest.prop([fc.anything(), fc.anything()])(
    "safeParseNumber never throws on any value and options",
    (input, options) => {
      expect(typeof safeParseNumber(input, options as never).success).toBe("boolean");
    },
  );

  const numberish = fc.string({
    unit: fc.constantFrom("1", "2", "0", "9", ".", ",", " ", "\u00a0", "-", "−", "+", "%", "k", "tỷ", "mln", "e"),
    maxLength: 24,
  });

  fcTest.prop([numberish, fc.constantFrom<LanguageOption>("auto", "vi", "en", "pl", "fr", "de", "es")])(
    "isValidNumber agrees with safeParseNumber, and parseNumber throws exactly when it fails",
    (input, language) => {
      const result = safeParseNumber(input, { language });
      expect(isValidNumber(input, { language })).toBe(result.success);
      if (result.success) {
        expect(parseNumber(input, { language })).toEqual(result.data);
        expect(Number.isFinite(result.data.value)).toBe(true);
        expect(result.data.ambiguous).toBe((result.data.alternatives?.length ?? 0) > 0);
      } else {
        expect(() => parseNumber(input, { language })).toThrow(VnPolityError);
      }
    },
  );

  fcTest.prop([fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 1, max: 4 })])(
    "every reading has value = digits x scale, exactly as decimal text",
    (int, exponentStep) => {
      const words = ["nghìn", "triệu", "tỷ", "nghìn tỷ"];
      const parsed = parseNumber(`${int},5 ${words[exponentStep - 1]}`);
      expect(parsed.value).toBe(Number(`${int}.5e${exponentStep * 3}`));
      expect(parsed.digits).toBe(Number(`${int}.5`));
    },
  );
});
