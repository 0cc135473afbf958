import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LanguageOption } from "../../src/core/index.js";
import { extractNumbers } from "../../src/text/index.js";

/** Strips ⟦…⟧ markers and returns the clean text with the marked spans, so fixtures need no index counting. */
function markup(marked: string): { text: string; spans: { start: number; end: number }[] } {
  let text = "";
  const spans: { start: number; end: number }[] = [];
  let open = -1;
  for (const char of marked) {
    if (char === "⟦") open = text.length;
    else if (char === "⟧") spans.push({ start: open, end: text.length });
    else text += char;
  }
  return { text, spans };
}

type Row = readonly [marked: string, language: LanguageOption, values: readonly number[]];

// Our own sentences, written for these tests.
const FIXTURES: readonly Row[] = [
  ["GRDP quý III tăng ⟦6,52%⟧ so với cùng kỳ.", "vi", [6.52]],
  ["Thu ngân sách đạt ⟦3.312 tỷ⟧ đồng, vượt ⟦69%⟧ dự toán.", "vi", [3312e9, 69]],
  ["Tổng vốn ⟦4,5 nghìn tỷ⟧ đồng cho ⟦12⟧ dự án.", "vi", [4.5e12, 12]],
  ["Ngày 22/12/2024 Bộ Chính trị ban hành Nghị quyết 57-NQ/TW.", "vi", []],
  ["Theo Nghị định 30/2020/NĐ-CP và Quyết định 1531/TTg-CN.", "vi", []],
  ["Tỉnh hoàn thành 15/15 chỉ tiêu, lúc 14:34 ngày 6-3-2025.", "vi", []],
  ["Khóa QH15, dịch COVID-19, mã H5N1.", "vi", []],
  ["Năm ⟦2024⟧ có ⟦34⟧ tỉnh.", "vi", [2024, 34]],
  ["Năm ⟦2025⟧ tỷ lệ hộ nghèo giảm còn ⟦1,5%⟧.", "vi", [2025, 1.5]],
  ["Hội nghị ngày ⟦15⟧ triệu tập ⟦200⟧ đại biểu.", "vi", [15, 200]],
  ["Giai đoạn ⟦2021⟧-⟦2030⟧, tầm nhìn ⟦2050⟧.", "vi", [2021, 2030, 2050]],
  ["Tăng trưởng âm (⟦-1,02%⟧), nhiệt độ ⟦−3⟧ độ.", "vi", [-1.02, -3]],
  ["Mục tiêu ⟦13⟧-⟦13,5%⟧ năm nay.", "vi", [13, 13.5]],
  [
    "Tăng ⟦6,5⟧ - ⟦7%⟧, nhiệt độ ⟦-3⟧ – ⟦-1⟧ độ, khoảng ⟦2⟧ - ⟦-5⟧, ⟦55⟧ -⟦58%⟧.",
    "vi",
    [6.5, 7, -3, -1, 2, -5, 55, 58],
  ],
  ["Giá ⟦300k⟧ một vé, ⟦5⟧km đường.", "vi", [300000, 5]],
  ["Cung cấp ⟦1.585⟧ dịch vụ, ⟦1.436⟧ hồ sơ.", "vi", [1585, 1436]],
  ["Tỷ lệ ⟦100%⟧ kế hoạch.", "vi", [100]],
  ["Kết06/03/2025 và slug kon-tum-10301049.html", "vi", []],
  ["Bac Giang (⟦13.45%⟧), Lai Chau (⟦-2.27%⟧), ⟦1,585⟧ services.", "auto", [13.45, -2.27, 1585]],
  ["Exports reached $⟦5bn⟧ in ⟦2024⟧.", "en", [5e9, 2024]],
  ["A ⟦12m⟧ budget and a ⟦40k⟧ grant.", "en", [12e6, 40e3]],
  ["PKB wzrósł o ⟦6,52%⟧, obroty ⟦1\u00a0299 mln⟧ USD, dochody ⟦3 312 mld⟧ VND.", "pl", [6.52, 1299e6, 3312e9]],
  ["Wdrożenie ⟦11⟧ kluczowych grup zadań.", "pl", [11]],
  ["Budget de ⟦1\u202f299,5⟧ euros, hausse de ⟦3,2\u00a0%⟧.", "fr", [1299.5, 3.2]],
  ["Umsatz ⟦2,5 Mio.⟧ Euro, Kosten ⟦1.299,5⟧ Euro.", "de", [2.5e6, 1299.5]],
  ["Un total de ⟦2 mil millones⟧ y ⟦15 mil⟧ personas.", "es", [2e9, 15000]],
  ["Liczby 22.12.2024 oraz 1.58.5 nie są liczbami.", "auto", []],
];

describe("extractNumbers", () => {
  it.each(FIXTURES)("%s (%s)", (marked, language, values) => {
    const { text, spans } = markup(marked);
    const found = extractNumbers(text, { language });
    expect(found.map((item) => item.span)).toEqual(spans);
    expect(found.map((item) => item.number.value)).toEqual(values);
    for (const item of found) expect(item.text).toBe(text.slice(item.span.start, item.span.end));
  });

  it("reads a number after a range dash as positive and after a space as negative", () => {
    expect(extractNumbers("2-5").map((item) => item.number.value)).toEqual([2, 5]);
    expect(extractNumbers("giảm -5").map((item) => item.number.value)).toEqual([-5]);
    expect(extractNumbers("(+3%)").map((item) => item.number.sign)).toEqual(["plus"]);
  });

  it("follows the conventions the text shows under auto", () => {
    const english = extractNumbers("Growth was 13.45% and 1,585 services opened.");
    expect(english[1]?.number).toMatchObject({ value: 1585, language: "en", ambiguous: true });
    const vietnamese = extractNumbers("Tăng 6,52% và 1,585 dịch vụ.");
    expect(vietnamese[1]?.number).toMatchObject({ value: 1.585, language: "vi", ambiguous: true });
    expect(vietnamese[1]?.warnings.map((warning) => warning.code)).toEqual(["AMBIGUOUS_NUMBER"]);
  });

  it("keeps a number written in another convention, with a warning", () => {
    const [found] = extractNumbers("tăng 6.52% so với 2024", { language: "vi", locale: "en" });
    expect(found?.number).toMatchObject({ value: 6.52, percent: true, language: "en" });
    expect(found?.warnings[0]).toMatchObject({ code: "NUMBER_CONVENTION_MISMATCH", span: { start: 5, end: 10 } });
  });

  it("does not group by spaces in Vietnamese or English text", () => {
    expect(extractNumbers("có 12 345 người", { language: "vi" }).map((item) => item.number.value)).toEqual([12, 345]);
    expect(extractNumbers("có 12 345 người", { language: "pl" }).map((item) => item.number.value)).toEqual([12345]);
  });

  it.each([[42], [null], [undefined], [{ length: 3 }]])("returns [] for the non-string %j", (input) => {
    expect(extractNumbers(input)).toEqual([]);
  });

  it("returns [] for invalid options", () => {
    expect(extractNumbers("5", { language: "xx" as never })).toEqual([]);
  });

  it("handles long adversarial input", () => {
    const found = extractNumbers("1.".repeat(50_000));
    expect(Array.isArray(found)).toBe(true);
    expect(extractNumbers("9".repeat(100_000))).toEqual([]);
    expect(extractNumbers(`1 ${"a".repeat(100_000)}`)).toHaveLength(1);
  });
});

const SPAN_ALPHABET = fc.constantFrom(
  ..."0123456789.,-–−+%/: ()\u00a0\u202fktỷriệuTm\u0309ab\ud800\udc00".split(""),
  "tỷ",
  "nghìn",
  "mln",
  "\ud83d\ude00",
);

describe("extractNumbers: properties", () => {
  fcTest.prop([fc.string({ unit: "binary" }), fc.constantFrom<LanguageOption>("auto", "vi", "en", "pl")])(
    "never throws on any string",
    (text, language) => {
      expect(Array.isArray(extractNumbers(text, { language }))).toBe(true);
    },
  );

  fcTest.prop([
    fc.string({ unit: SPAN_ALPHABET, maxLength: 40 }),
    fc.constantFrom<LanguageOption>("auto", "vi", "en", "pl", "de"),
  ])("every span slices back to its text, in order and without overlap", (text, language) => {
    let previousEnd = 0;
    for (const item of extractNumbers(text, { language })) {
      expect(item.text).toBe(text.slice(item.span.start, item.span.end));
      expect(item.span.start).toBeGreaterThanOrEqual(previousEnd);
      expect(item.span.end).toBeGreaterThan(item.span.start);
      expect(Number.isFinite(item.number.value)).toBe(true);
      previousEnd = item.span.end;
    }
  });
});
