import { test as fcTest } from "@fast-check/vitest";
import { format } from "date-fns";
import { enUS } from "date-fns/locale/en-US";
import { pl } from "date-fns/locale/pl";
import { vi } from "date-fns/locale/vi";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VnPolityError } from "../../src/core/index.js";
import {
  extractDates,
  formatDate,
  isValidDateText,
  type ParsedDate,
  parseDate,
  safeParseDate,
} from "../../src/text/index.js";

/** Calendar dates 1900–2100 as ISO strings, built in UTC so that no time zone shifts a day. */
const calendarDate = fc
  .integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2100, 11, 31) / 86_400_000 })
  .map((days) => new Date(days * 86_400_000).toISOString().slice(0, 10));

function localDate(iso: string): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return date;
}

function day(iso: string): ParsedDate {
  const [year, month, dayOfMonth] = iso.split("-").map(Number) as [number, number, number];
  return { iso, year, month, day: dayOfMonth, precision: "day", partial: false, yearFromContext: false };
}

function errorCode(text: unknown, options?: Parameters<typeof safeParseDate>[1]): string | undefined {
  const result = safeParseDate(text, options);
  return result.success ? undefined : result.error.code;
}

describe("parseDate: day precision", () => {
  it.each([
    ["22/12/2024", "2024-12-22"],
    ["22-12-2024", "2024-12-22"],
    ["22.12.2024", "2024-12-22"],
    ["22–12–2024", "2024-12-22"],
    ["2/9/1945", "1945-09-02"],
    ["2024-12-22", "2024-12-22"],
    ["ngày 22/12/2024", "2024-12-22"],
    ["Ngày 1/7/2025", "2025-07-01"],
    ["ngày 22 tháng 12 năm 2024", "2024-12-22"],
    ["ngày 05 tháng 02 năm 2025", "2025-02-05"],
    ["ngày 22 tháng 12, năm 2024", "2024-12-22"],
    ["ngay 22 thang 12 nam 2024", "2024-12-22"],
    ["NGÀY 22 THÁNG 12 NĂM 2024", "2024-12-22"],
    ["ngày\u00a022\u00a0tháng\u00a012\u00a0năm\u00a02024", "2024-12-22"],
    ["nga\u0300y 22 tha\u0301ng 12 na\u0306m 2024", "2024-12-22"],
    ["22 thg 12 năm 2024", "2024-12-22"],
    ["  22/12/2024  ", "2024-12-22"],
    ["December 22, 2024", "2024-12-22"],
    ["December 22 2024", "2024-12-22"],
    ["december 22, 2024", "2024-12-22"],
    ["December 22nd, 2024", "2024-12-22"],
    ["22 December 2024", "2024-12-22"],
    ["22nd December 2024", "2024-12-22"],
    ["Dec. 22, 2024", "2024-12-22"],
    ["Dec 22, 2024", "2024-12-22"],
    ["22 Dec 2024", "2024-12-22"],
    ["Sept. 2, 2025", "2025-09-02"],
    ["on 1 July 2025", "2025-07-01"],
    ["25 października 2017 r.", "2017-10-25"],
    ["25 października 2017", "2017-10-25"],
    ["25 pazdziernika 2017 r.", "2017-10-25"],
    ["1 lipca 2025 r.", "2025-07-01"],
    ["25.10.2017", "2017-10-25"],
    ["25.10.2017 r.", "2017-10-25"],
    ["29/02/2024", "2024-02-29"],
    ["22/12/2024.", "2024-12-22"],
  ])("reads %j", (input, iso) => {
    expect(safeParseDate(input)).toEqual({ success: true, data: day(iso), warnings: [] });
    expect(parseDate(input)).toEqual(day(iso));
  });
});

describe("parseDate: month and year precision", () => {
  it.each([
    ["tháng 12/2024", 2024, 12],
    ["tháng 12-2024", 2024, 12],
    ["tháng 12 năm 2024", 2024, 12],
    ["Tháng 7 năm 2025", 2025, 7],
    ["thang 7 nam 2025", 2025, 7],
    ["December 2024", 2024, 12],
    ["październik 2017", 2017, 10],
    ["październiku 2017 r.", 2017, 10],
    ["12/2024", 2024, 12],
  ])("reads %j as a month", (input, year, month) => {
    expect(parseDate(input)).toEqual({ year, month, precision: "month", partial: false, yearFromContext: false });
  });

  it.each([
    ["năm 2024", 2024],
    ["Năm 1975", 1975],
    ["nam 2024", 2024],
    ["2026", 2026],
  ])("reads %j as a year", (input, year) => {
    expect(parseDate(input)).toEqual({ year, precision: "year", partial: false, yearFromContext: false });
  });
});

describe("parseDate: dates without year", () => {
  it.each([
    ["ngày 2/12", 2, 12],
    ["Ngày 6/3", 6, 3],
    ["22 tháng 12", 22, 12],
    ["on 2 December", 2, 12],
    ["March 6", 6, 3],
    ["6 March", 6, 3],
    ["2/12", 2, 12],
    ["ngày 29/2", 29, 2],
  ])("keeps %j partial with MISSING_YEAR when there is no context", (input, dayOfMonth, month) => {
    const result = safeParseDate(input);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).toEqual({ month, day: dayOfMonth, precision: "day", partial: true, yearFromContext: false });
    expect(result.warnings.map((issue) => issue.code)).toEqual(["MISSING_YEAR"]);
  });

  it.each([
    ["ngày 6/3", "2025-03-07", "2025-03-06"],
    ["ngày 28/12", "2025-01-05", "2024-12-28"],
    ["ngày 3/1", "2024-12-20", "2025-01-03"],
    ["March 6", new Date(2025, 2, 10), "2025-03-06"],
    ["ngày 29/2", "2025-03-01", "2024-02-29"],
  ])("takes the year of %j from the context date %s", (input, contextDate, iso) => {
    const result = safeParseDate(input, { contextDate });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).toEqual({ ...day(iso), partial: true, yearFromContext: true });
    expect(result.warnings.map((issue) => issue.code)).toEqual(["PARTIAL_DATE"]);
  });

  it("ignores the context date when the year is written", () => {
    expect(parseDate("22/12/2024", { contextDate: "2030-01-01" })).toEqual(day("2024-12-22"));
  });
});

describe("parseDate: errors", () => {
  it.each([
    ["31/02/2024", "IMPOSSIBLE_DATE"],
    ["29/02/2025", "IMPOSSIBLE_DATE"],
    ["32/13/2024", "IMPOSSIBLE_DATE"],
    ["12/22/2024", "IMPOSSIBLE_DATE"],
    ["ngày 0/5/2024", "IMPOSSIBLE_DATE"],
    ["ngày 31 tháng 4 năm 2025", "IMPOSSIBLE_DATE"],
    ["ngày 30/2", "IMPOSSIBLE_DATE"],
    ["tháng 13/2024", "IMPOSSIBLE_DATE"],
    ["năm 0000", "IMPOSSIBLE_DATE"],
    ["February 30, 2024", "IMPOSSIBLE_DATE"],
    ["hôm qua", "INVALID_DATE"],
    ["22/12/24", "INVALID_DATE"],
    ["22/12-2024", "INVALID_DATE"],
    ["ngày 22/12/2024 và ngày 23/12/2024", "INVALID_DATE"],
    ["Hà Nội, ngày 22/12/2024", "INVALID_DATE"],
    ["22/12/2024abc", "INVALID_DATE"],
    ["30/2020/NĐ-CP", "INVALID_DATE"],
    ["12345", "INVALID_DATE"],
    ["tháng 12", "INVALID_DATE"],
    ["", "EMPTY_INPUT"],
    ["   \u00a0", "EMPTY_INPUT"],
    ["1".repeat(300), "INPUT_TOO_LONG"],
  ])("rejects %j with %s", (input, code) => {
    expect(errorCode(input)).toBe(code);
    expect(() => parseDate(input)).toThrow(VnPolityError);
  });

  it.each([[42], [null], [undefined], [new Date()], [{}]])("rejects the non-string %j", (input) => {
    expect(errorCode(input)).toBe("INVALID_INPUT_TYPE");
  });

  it("reports a date without year that fits no year near the context as impossible", () => {
    expect(errorCode("ngày 29/2", { contextDate: "2026-06-01" })).toBe("IMPOSSIBLE_DATE");
  });

  it("rejects invalid options", () => {
    expect(errorCode("22/12/2024", { language: "xx" as never })).toBe("INVALID_OPTION");
    expect(errorCode("22/12/2024", { locale: "fr" as never })).toBe("INVALID_OPTION");
    expect(errorCode("22/12/2024", { contextDate: "yesterday" })).toBe("INVALID_DATE_LIKE");
    expect(errorCode("22/12/2024", { contextDate: new Date(Number.NaN) })).toBe("INVALID_DATE_LIKE");
    expect(errorCode("22/12/2024", { contextDate: 5 as never })).toBe("INVALID_DATE_LIKE");
  });

  it("treats a non-object options argument as no options", () => {
    expect(safeParseDate("22/12/2024", "vi" as never).success).toBe(true);
  });

  it("writes messages in the requested locale and points at the date", () => {
    const result = safeParseDate("  31/02/2024", { locale: "en" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.message).toBe("The date does not exist in the calendar.");
    expect(result.error.issues[0]?.span).toEqual({ start: 2, end: 12 });
  });
});

describe("parseDate: the language option", () => {
  it.each([
    ["December 22, 2024", "vi"],
    ["25 października 2017", "en"],
    ["ngày 22 tháng 12 năm 2024", "pl"],
    ["22 December 2024", "fr"],
  ] as const)("does not read %j as %s", (input, language) => {
    expect(errorCode(input, { language })).toBe("INVALID_DATE");
  });

  it.each(["vi", "en", "pl", "fr", "es", "de", "auto"] as const)("reads numeric dates in %s", (language) => {
    expect(parseDate("22.12.2024", { language }).iso).toBe("2024-12-22");
  });

  it("isValidDateText agrees with safeParseDate", () => {
    expect(isValidDateText("ngày 22/12/2024")).toBe(true);
    expect(isValidDateText("ngày 31/2/2024")).toBe(false);
    expect(isValidDateText(7)).toBe(false);
  });
});

describe("formatDate", () => {
  it.each([
    ["2024-12-22", "vi", "short", "22/12/2024"],
    ["2024-12-22", "vi", "long", "ngày 22 tháng 12 năm 2024"],
    ["2025-01-02", "vi", "short", "02/01/2025"],
    ["2025-01-02", "vi", "long", "ngày 2 tháng 1 năm 2025"],
    ["2024-12-22", "en", "short", "22 Dec 2024"],
    ["2024-12-22", "en", "long", "December 22, 2024"],
    ["0099-03-04", "vi", "short", "04/03/0099"],
  ] as const)("writes %s in %s %s as %j", (iso, locale, style, expected) => {
    expect(formatDate(iso, { locale, style })).toBe(expected);
  });

  it("defaults to Vietnamese short and reads a Date by its local day", () => {
    expect(formatDate(new Date(2025, 6, 1, 23, 30))).toBe("01/07/2025");
  });

  it.each([
    ["22/12/2024", {}, "INVALID_DATE_LIKE"],
    [new Date(Number.NaN), {}, "INVALID_DATE_LIKE"],
    ["2024-12-22", { locale: "pl" }, "INVALID_OPTION"],
    ["2024-12-22", { style: "full" }, "INVALID_OPTION"],
  ])("throws for %j %j with %s", (date, options, code) => {
    expect(() => formatDate(date, options as never)).toThrow(VnPolityError);
    try {
      formatDate(date, options as never);
    } catch (error) {
      expect((error as VnPolityError).code).toBe(code);
    }
  });
});

describe("extractDates", () => {
  it("finds dates in a Vietnamese paragraph, with spans into the original", () => {
    const text =
      "Ngày 6/3, đoàn công tác làm việc với tỉnh về Nghị quyết số 57-NQ/TW ngày 22/12/2024; " +
      "kế hoạch được ban hành ngày 5 tháng 2 năm 2025 và áp dụng từ tháng 7/2025, tổng kết vào năm 2026.";
    const found = extractDates(text, { contextDate: "2025-03-07" });
    expect(found.map((item) => item.text)).toEqual([
      "Ngày 6/3",
      "ngày 22/12/2024",
      "ngày 5 tháng 2 năm 2025",
      "tháng 7/2025",
      "năm 2026",
    ]);
    expect(found[0]?.date).toEqual({ ...day("2025-03-06"), partial: true, yearFromContext: true });
    expect(found[3]?.date).toEqual({
      year: 2025,
      month: 7,
      precision: "month",
      partial: false,
      yearFromContext: false,
    });
    for (const item of found) expect(text.slice(item.span.start, item.span.end)).toBe(item.text);
  });

  it("finds dates in English and Polish text", () => {
    const english =
      "On March 6, the delegation met the province; the plan dated December 22, 2024 runs to 31 Dec 2025.";
    expect(extractDates(english).map((item) => [item.text, item.date.iso ?? null])).toEqual([
      ["March 6", null],
      ["December 22, 2024", "2024-12-22"],
      ["31 Dec 2025", "2025-12-31"],
    ]);
    const polish = "Uchwałę przyjęto 25 października 2017 r., a zmieniono ją 1.07.2025 r. w Hanoi.";
    expect(extractDates(polish).map((item) => [item.text, item.date.iso])).toEqual([
      ["25 października 2017 r.", "2017-10-25"],
      ["1.07.2025 r.", "2025-07-01"],
    ]);
  });

  it.each([
    "Tỉnh đạt 15/15 chỉ tiêu.",
    "Số hiệu 30/2020/NĐ-CP quy định thể thức.",
    "Doanh thu đạt 1.234.567 đồng, tăng 6,52%.",
    "Lúc 14:34 đoàn đến.",
    "Diễn đàn Việt Nam 2024 khai mạc.",
    "They may 5 times ask.",
    "Nhiệm kỳ 2020-2025.",
    "Phiên bản 1.2.3 đã phát hành.",
    "Tỷ lệ 3/4 số xã.",
    "Mã 123/12/2024 không phải ngày.",
    "Ngày 31/2/2024 không tồn tại.",
  ])("finds no date in %j", (text) => {
    expect(extractDates(text)).toEqual([]);
  });

  it("reads ISO dates, also in timestamps, and dates in brackets and quotes", () => {
    const text = "Cập nhật 2024-12-22T10:00:00Z (ngày 22/12/2024) «ngày 1/7» “Dec. 5, 2024”.";
    expect(extractDates(text).map((item) => item.text)).toEqual([
      "2024-12-22",
      "ngày 22/12/2024",
      "ngày 1/7",
      "Dec. 5, 2024",
    ]);
  });

  it("reads the closing date of a range and a date glued to a byline", () => {
    const text = "Hội nghị diễn ra 10–12/04/2025. Báo Nhân Dân17/01/2024";
    expect(extractDates(text).map((item) => item.text)).toEqual(["12/04/2025", "17/01/2024"]);
  });

  it("takes the date out of a date-fns full Vietnamese date", () => {
    const text = format(new Date(2024, 11, 22), "PPPP", { locale: vi });
    expect(extractDates(text).map((item) => item.date.iso)).toEqual(["2024-12-22"]);
  });

  it("keeps only dates at least as precise as minPrecision", () => {
    const text = "Trong năm 2024, từ tháng 3/2024 đến ngày 22/12/2024.";
    expect(extractDates(text, { minPrecision: "month" }).map((item) => item.text)).toEqual([
      "tháng 3/2024",
      "ngày 22/12/2024",
    ]);
    expect(extractDates(text, { minPrecision: "day" }).map((item) => item.text)).toEqual(["ngày 22/12/2024"]);
    expect(extractDates(text, { minPrecision: "hour" as never })).toHaveLength(3);
  });

  it("never throws: non-strings and invalid options give no dates", () => {
    expect(extractDates(undefined)).toEqual([]);
    expect(extractDates("ngày 22/12/2024", { language: "xx" as never })).toEqual([]);
    expect(extractDates("ngày 22/12/2024", { contextDate: "soon" })).toEqual([]);
  });
});

describe("agreement with date-fns locales", () => {
  const patterns = [
    ["vi", vi, "P"],
    ["vi", vi, "PPP"],
    ["vi", vi, "PP"],
    ["pl", pl, "P"],
    ["pl", pl, "PPP"],
    ["pl", pl, "d MMMM yyyy"],
    ["en", enUS, "PP"],
    ["en", enUS, "PPP"],
    ["en", enUS, "d MMMM yyyy"],
  ] as const;

  fcTest.prop([calendarDate])("reads what date-fns writes in vi, pl and enUS", (iso) => {
    for (const [language, locale, pattern] of patterns) {
      const written = format(localDate(iso), pattern, { locale });
      expect(parseDate(written, { language }).iso, `${pattern} ${written}`).toBe(iso);
    }
  });

  fcTest.prop([calendarDate])("reads month-year forms written by date-fns", (iso) => {
    const year = Number(iso.slice(0, 4));
    const month = Number(iso.slice(5, 7));
    for (const [locale, pattern] of [
      [enUS, "MMMM yyyy"],
      [pl, "LLLL yyyy"],
    ] as const) {
      const written = format(localDate(iso), pattern, { locale });
      expect(parseDate(written)).toMatchObject({ year, month, precision: "month" });
    }
  });
});

describe("properties", () => {
  fcTest.prop([
    calendarDate,
    fc.constantFrom("vi" as const, "en" as const),
    fc.constantFrom("short" as const, "long" as const),
  ])("parseDate(formatDate(d)) round trips in every locale and style", (iso, locale, style) => {
    const written = formatDate(iso, { locale, style });
    expect(parseDate(written, { language: locale })).toEqual(day(iso));
  });

  fcTest.prop([
    calendarDate,
    fc.constantFrom("vi" as const, "en" as const),
    fc.constantFrom("short" as const, "long" as const),
    fc.string({ maxLength: 20 }),
  ])("extractDates finds a formatted date inside a sentence", (iso, locale, style, noise) => {
    const written = formatDate(iso, { locale, style });
    const prefix = `${noise.replace(/[\p{L}\p{N}]/gu, "")} Văn bản ban hành `;
    const text = `${prefix}${written}, có hiệu lực.`;
    const found = extractDates(text);
    expect(found.map((item) => item.date.iso)).toContain(iso);
  });

  fcTest.prop([fc.string({ unit: "binary" })])("safeParseDate and extractDates never throw", (text) => {
    const result = safeParseDate(text);
    expect(typeof result.success).toBe("boolean");
    expect(isValidDateText(text)).toBe(result.success);
    for (const item of extractDates(text)) {
      expect(text.slice(item.span.start, item.span.end)).toBe(item.text);
    }
  });

  fcTest.prop([
    fc.array(
      fc.oneof(
        fc.constantFrom(
          "ngày ",
          "Ngày ",
          "tháng ",
          "năm ",
          "December ",
          "Dec. ",
          "października ",
          " r.",
          "/",
          "-",
          "–",
          ".",
          ",",
          " ",
          "\u00a0",
          "thứ ",
        ),
        fc.integer({ min: 0, max: 3000 }).map(String),
        fc.string({ unit: "binary", maxLength: 3 }),
      ),
      { maxLength: 30 },
    ),
  ])("extractDates spans slice back to their text, in order and without overlap", (parts) => {
    const text = parts.join("");
    let last = 0;
    for (const item of extractDates(text, { contextDate: "2025-01-01" })) {
      expect(text.slice(item.span.start, item.span.end)).toBe(item.text);
      expect(item.span.start).toBeGreaterThanOrEqual(last);
      last = item.span.end;
      const reparsed = safeParseDate(item.text, { contextDate: "2025-01-01" });
      expect(reparsed.success).toBe(true);
    }
  });
});
