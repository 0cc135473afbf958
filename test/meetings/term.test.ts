import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VnPolityError } from "../../src/core/index.js";
import {
  formatTerm,
  getNationalAssemblyTerm,
  getPartyTerm,
  NATIONAL_ASSEMBLY_TERMS,
  PARTY_TERMS,
  parseTerm,
  safeParseTerm,
} from "../../src/meetings/index.js";

describe("parseTerm", () => {
  it.each([
    ["khóa XVI", 16, undefined],
    ["khoá 16", 16, undefined],
    ["Khóa XIII", 13, undefined],
    ["khoa XV", 15, undefined],
    ["khóa thứ 18", 18, undefined],
    ["nhiệm kỳ 2025–2030", undefined, [2025, 2030]],
    ["nhiem ky 2020 - 2025", undefined, [2020, 2025]],
    ["khóa XV, nhiệm kỳ 2021–2026", 15, [2021, 2026]],
    ["khóa X (nhiệm kỳ 2021-2026)", 10, [2021, 2026]],
    ["the 16th tenure", 16, undefined],
    ["16th term", 16, undefined],
    ["the sixteenth legislature", 16, undefined],
    ["term 2021-2026", undefined, [2021, 2026]],
    ["the 2026–2031 tenure", undefined, [2026, 2031]],
    ["the 15th term, 2021–2026", 15, [2021, 2026]],
    ["XIII kadencji", 13, undefined],
    ["kadencja 2019—2023", undefined, [2019, 2023]],
  ])("%s", (text, ordinal, years) => {
    const term = parseTerm(text);
    expect(term.ordinal).toBe(ordinal);
    expect(term.years).toEqual(years);
    expect(term.span).toEqual({ start: 0, end: text.length });
  });

  it("keeps spans into the caller's string around spaces", () => {
    expect(parseTerm("  khóa XVI \n").span).toEqual({ start: 2, end: 10 });
  });

  it("restricts keywords to the given language", () => {
    expect(parseTerm("XIII kadencji", { language: "pl" }).ordinal).toBe(13);
    expect(safeParseTerm("XIII kadencji", { language: "vi" }).success).toBe(false);
    expect(safeParseTerm("khóa XVI", { language: "en" }).success).toBe(false);
    expect(parseTerm("term 2021-2026", { language: "en" }).years).toEqual([2021, 2026]);
  });

  it.each([
    ["khóa", "khóa needs"],
    ["khóa mới", "khóa needs"],
    ["nhiệm kỳ", "nhiệm kỳ needs"],
    ["nhiệm kỳ mới", "nhiệm kỳ needs"],
    ["XVI", "unexpected word"],
    ["2021–2026", "no term keyword"],
    ["term", "no term number"],
    ["khóa XV khóa XVI", "two term numbers"],
    ["nhiệm kỳ 2021–2026, 2026–2031", "two year ranges"],
    ["nhiệm kỳ 2030–2025", "implausible years"],
    ["nhiệm kỳ 2020–2040", "implausible years"],
    ["nhiệm kỳ 1800–1805", "implausible years"],
    ["khóa XVI; 2026", "unexpected character"],
    ["khóa XVI -", "unexpected dash"],
    ["long term", "unexpected word"],
  ])("INVALID_TERM: %s", (text, hint) => {
    const result = safeParseTerm(text);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe("INVALID_TERM");
    expect(result.error.issues[0]?.hint).toContain(hint);
    expect(() => parseTerm(text)).toThrow(VnPolityError);
  });

  it.each([
    [42, undefined, "INVALID_INPUT_TYPE"],
    [null, undefined, "INVALID_INPUT_TYPE"],
    ["", undefined, "EMPTY_INPUT"],
    ["   ", undefined, "EMPTY_INPUT"],
    [`khóa ${"X".repeat(300)}`, undefined, "INPUT_TOO_LONG"],
    ["khóa XVI", { language: "xx" }, "INVALID_OPTION"],
    ["khóa XVI", { locale: "fr" }, "INVALID_OPTION"],
  ])("error path %#", (text, options, code) => {
    const result = safeParseTerm(text, options as never);
    expect(result.success ? undefined : result.error.code).toBe(code);
  });

  it("writes messages in the requested locale", () => {
    const result = safeParseTerm("khóa", { locale: "en" });
    expect(result.success ? "" : result.error.message).toMatch(/term could not be read/);
  });

  fcTest.prop([fc.string({ unit: "binary" }), fc.constantFrom("vi", "en", "pl", "auto")])(
    "safeParseTerm never throws and spans slice back",
    (text, language) => {
      const result = safeParseTerm(text, { language });
      if (result.success) {
        expect(text.slice(result.data.span.start, result.data.span.end).trim()).toBe(text.trim());
      }
    },
  );
});

describe("formatTerm", () => {
  it.each([
    [{ ordinal: 16, years: [2026, 2031] as const }, "vi", "khóa XVI, nhiệm kỳ 2026–2031"],
    [{ ordinal: 13 }, "vi", "khóa XIII"],
    [{ years: [2025, 2030] as const }, "vi", "nhiệm kỳ 2025–2030"],
    [{ ordinal: 16 }, "en", "the 16th term"],
    [{ ordinal: 21, years: [2021, 2026] as const }, "en", "the 21st term, 2021–2026"],
    [{ years: [2021, 2026] as const }, "en", "the 2021–2026 term"],
  ] as const)("%j in %s", (term, locale, expected) => {
    expect(formatTerm(term, { locale })).toBe(expected);
  });

  it("throws on an empty term or a bad locale", () => {
    expect(() => formatTerm({})).toThrow(VnPolityError);
    expect(() => formatTerm({ ordinal: 0 })).toThrow(VnPolityError);
    expect(() => formatTerm({ ordinal: 1 }, { locale: "fr" as never })).toThrow(VnPolityError);
  });

  fcTest.prop([
    fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
    fc.option(
      fc
        .integer({ min: 1900, max: 2190 })
        .chain((from) => fc.integer({ min: 1, max: 10 }).map((length) => [from, from + length] as const)),
      { nil: undefined },
    ),
    fc.constantFrom("vi" as const, "en" as const),
  ])("reads back what it writes", (ordinal, years, locale) => {
    fc.pre(ordinal !== undefined || years !== undefined);
    const term = { ...(ordinal === undefined ? {} : { ordinal }), ...(years ? { years } : {}) };
    const read = parseTerm(formatTerm(term, { locale }));
    expect(read.ordinal).toBe(ordinal);
    expect(read.years).toEqual(years);
  });
});

describe("terms in office", () => {
  it.each([
    ["2021-01-30", 12],
    ["2021-01-31", 13],
    ["2025-04-12", 13],
    ["2026-01-22", 13],
    ["2026-01-23", 14],
    ["2026-09-01", 14],
  ])("Party term on %s is %i", (date, ordinal) => {
    expect(getPartyTerm(date)?.ordinal).toBe(ordinal);
  });

  it.each([
    ["2021-07-19", 14],
    ["2021-07-20", 15],
    ["2026-04-05", 15],
    ["2026-04-06", 16],
  ])("National Assembly term on %s is %i", (date, ordinal) => {
    expect(getNationalAssemblyTerm(date)?.ordinal).toBe(ordinal);
  });

  it("answers for DATA_AS_OF by default and nothing before the tables", () => {
    expect(getPartyTerm()?.ordinal).toBe(14);
    expect(getNationalAssemblyTerm(new Date(2026, 5, 1))?.years).toEqual([2026, 2031]);
    expect(getPartyTerm("2010-01-01")).toBeUndefined();
    expect(getNationalAssemblyTerm("2016-01-01")).toBeUndefined();
    expect(() => getPartyTerm("yesterday")).toThrow(VnPolityError);
  });

  it("has frozen, contiguous tables", () => {
    for (const table of [PARTY_TERMS, NATIONAL_ASSEMBLY_TERMS]) {
      expect(Object.isFrozen(table)).toBe(true);
      table.forEach((row, index) => {
        expect(Object.isFrozen(row)).toBe(true);
        const next = table[index + 1];
        if (next) expect(row.until).toBe(next.from);
        expect(row.ordinal).toBe((table[0]?.ordinal ?? 0) + index);
      });
    }
  });
});
