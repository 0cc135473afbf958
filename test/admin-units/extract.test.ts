import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ExtractPlacesOptions, extractPlaces } from "../../src/admin-units/index.js";

/** Reads `<62>tỉnh Kon Tum</62>` markup: the text without tags, and the expected spans with their codes. */
function parseMarkup(markup: string): { text: string; expected: { code: string; start: number; end: number }[] } {
  let text = "";
  const expected: { code: string; start: number; end: number }[] = [];
  let i = 0;
  while (i < markup.length) {
    const code = markup.slice(i + 1, i + 3);
    if (markup[i] === "<" && markup[i + 3] === ">" && /^\d\d$/.test(code)) {
      const close = markup.indexOf(`</${code}>`, i);
      const inner = markup.slice(i + 4, close);
      expected.push({ code, start: text.length, end: text.length + inner.length });
      text += inner;
      i = close + 5;
    } else {
      text += markup[i];
      i += 1;
    }
  }
  return { text, expected };
}

// Our own sentences, modelled on the kinds of phrasing found in provincial news.
const FIXTURES: readonly (readonly [string, ExtractPlacesOptions, string])[] = [
  [
    "2025-03",
    { articleDate: "2025-03-06" },
    "Đoàn kiểm tra làm việc với Đảng ủy UBND <62>tỉnh Kon Tum</62> về kết quả năm 2024.",
  ],
  ["expressway", { articleDate: "2025-03-06" }, "Cao tốc <51>Quảng Ngãi</51> - <62>Kon Tum</62> cần sớm được đầu tư."],
  ["en province", { articleDate: "2025-03-17" }, "The group met the leaders of <02>Ha Giang province</02> on Monday."],
  [
    "en list",
    { articleDate: "2024-01-17" },
    "Growth was led by <24>Bac Giang</24> (13%) and <31>Hai Phong</31>, while <77>Ba Ria - Vung Tau</77> shrank.",
  ],
  [
    "short forms",
    { articleDate: "2026-01-10" },
    "<79>TP.HCM</79> và <01>Hà Nội</01> dẫn đầu cả nước; <79>TPHCM</79> tăng 8%.",
  ],
  [
    "the President",
    { articleDate: "2026-01-10" },
    "<79>Thành phố Hồ Chí Minh</79> mang tên Chủ tịch Hồ Chí Minh; học tập tư tưởng Hồ Chí Minh.",
  ],
  ["HCM City", { articleDate: "2026-01-10" }, "Investors in <79>HCM City</79> and <79>Ho Chi Minh City</79> agree."],
  [
    "smaller places",
    { articleDate: "2025-03-06" },
    "Tại thành phố Kon Tum, huyện Long An cũ, phố Huế và đường Hà Nội; Kon Tum City and Hanoi Street.",
  ],
  [
    "person",
    { articleDate: "2026-01-10" },
    "Bà Nguyễn Thị Huế phát biểu. Ms Tran Thi Hue spoke. Tại <46>Huế</46>, lễ hội mở màn.",
  ],
  ["Hue City 2024", { articleDate: "2024-05-01" }, "A festival in Hue City drew visitors to <46>Thua Thien Hue</46>."],
  ["Hue City 2026", { articleDate: "2026-05-01" }, "A festival in <46>Hue City</46> drew visitors."],
  ["Đồng Nai city", { articleDate: "2026-05-02" }, "<75>Thành phố Đồng Nai</75> ra mắt bộ máy mới."],
  [
    "variants",
    { articleDate: "2025-01-10" },
    "<66>Đăk Lăk</66>, <66>Đắc Lắc</66>, <06>Bắc Cạn</06> và <77>BR-VT</77> họp.",
  ],
  ["Polish", { articleDate: "2025-10-20", language: "pl" }, "Sekretarz prowincji <04>Cao Bang</04> przemawiał."],
  ["possessive", { articleDate: "2026-01-10" }, "<01>Hanoi</01>'s budget and <79>Saigon</79>'s port grew."],
  ["lower case", { articleDate: "2026-01-10" }, "kon tum, ha noi và hồ chí minh viết thường không được nhận."],
  ["capital", { articleDate: "2026-01-10" }, "Người dân <01>Thủ đô Hà Nội</01> đón Tết."],
  [
    "not the same diacritics",
    { articleDate: "2026-01-10" },
    "Ông Hoàng Văn Hải Phong và Bạc Liệu không phải địa danh.",
  ],
];

describe("extractPlaces fixtures", () => {
  it.each(FIXTURES)("%s", (_, options, markup) => {
    const { text, expected } = parseMarkup(markup);
    const found = extractPlaces(text, options);
    expect(found.map((m) => ({ code: m.province.code, start: m.span.start, end: m.span.end }))).toEqual(expected);
    for (const m of found) expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
  });
});

describe("extractPlaces resolves each mention twice", () => {
  it("Kon Tum in a March 2025 article is Kon Tum then and part of Quảng Ngãi now", () => {
    const [m] = extractPlaces("Lãnh đạo tỉnh Kon Tum tiếp đoàn.", { articleDate: "2025-03-06" });
    expect(m?.province).toMatchObject({ code: "62", status: "current", asOf: "2025-03-06" });
    expect(m?.resolved.map((p) => [p.code, p.name.vi, p.status])).toEqual([["51", "Quảng Ngãi", "current"]]);
    expect(m?.nameSpan).toEqual({ start: 14, end: 21 });
    expect(m?.span).toEqual({ start: 9, end: 21 });
    expect(m?.matchedBy).toBe("name");
  });

  it("reads a name as the unit that bore it on the article date", () => {
    const text = "Bắc Ninh tăng trưởng mạnh.";
    expect(extractPlaces(text, { articleDate: "2024-01-17" })[0]?.province).toMatchObject({ code: "27" });
    expect(extractPlaces(text, { articleDate: "2024-01-17" })[0]?.resolved.map((p) => p.code)).toEqual(["24"]);
    expect(extractPlaces(text, { articleDate: "2026-01-10" })[0]?.province).toMatchObject({ code: "24" });
  });

  it("resolves back in time when asOf is earlier than the article", () => {
    const [m] = extractPlaces("Tỉnh Tuyên Quang mới.", { articleDate: "2026-01-10", asOf: "2025-01-01" });
    expect(m?.resolved.map((p) => p.code)).toEqual(["02", "08"]);
  });

  it("marks former names", () => {
    const [m] = extractPlaces("Thừa Thiên Huế", { articleDate: "2026-01-10" });
    expect(m?.matchedBy).toBe("historicalName");
    expect(m?.province.name.vi).toBe("Huế");
  });

  it("uses asOf as the article date when none is given, and ignores invalid dates", () => {
    const [m] = extractPlaces("Kon Tum", { articleDate: "not a date", asOf: "2025-01-01" });
    expect(m?.province.status).toBe("current");
    const [n] = extractPlaces("Kon Tum", { asOf: "2025-99-99" });
    expect(n?.province.status).toBe("abolished");
    expect(extractPlaces("Kon Tum", null as never)).toHaveLength(1);
  });

  it("keeps spans in the caller's string for decomposed (NFD) text", () => {
    const text = "Đoàn đến tỉnh Kon Tum và Thành phố Hà Nội.".normalize("NFD");
    const found = extractPlaces(text, { articleDate: "2025-03-06" });
    expect(found.map((m) => m.text)).toEqual(["tỉnh Kon Tum".normalize("NFD"), "Thành phố Hà Nội".normalize("NFD")]);
  });

  it("reads designators by language", () => {
    expect(extractPlaces("Ha Giang province", { language: "vi", asOf: "2025-01-01" })[0]?.text).toBe("Ha Giang");
    expect(extractPlaces("tỉnh Hà Giang", { language: "en", asOf: "2025-01-01" })[0]?.text).toBe("Hà Giang");
  });
});

describe("extractPlaces on any input", () => {
  it.each([[""], [42], [null], [undefined], ["\u0000\ud800 Hà Nội \udfff"]])("never throws on %j", (input) => {
    expect(() => extractPlaces(input as string)).not.toThrow();
  });

  it("handles a long text in one pass", () => {
    const text = "Tỉnh Kon Tum, TP.HCM; ".repeat(20_000);
    const found = extractPlaces(text, { articleDate: "2025-03-06" });
    expect(found).toHaveLength(40_000);
  });

  fcTest.prop([fc.string({ unit: "binary" })])("never throws and spans slice back", (text) => {
    const found = extractPlaces(text);
    let previous = 0;
    for (const m of found) {
      expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
      expect(m.span.start).toBeGreaterThanOrEqual(previous);
      expect(m.nameSpan.start).toBeGreaterThanOrEqual(m.span.start);
      expect(m.nameSpan.end).toBeLessThanOrEqual(m.span.end);
      previous = m.span.end;
    }
  });

  fcTest.prop([
    fc.string({ unit: fc.constantFrom("a", "b", " ", ",", "1", "\n") }),
    fc.constantFrom("Kon Tum", "tỉnh Kon Tum", "Quảng Ngãi", "TP.HCM", "Bà Rịa - Vũng Tàu", "Hanoi"),
    fc.string({ unit: fc.constantFrom("a", "b", " ", ",", "1", "\n") }),
  ])("finds a name wherever it is put", (before, name, after) => {
    const text = `${before} ${name} ${after}`;
    const found = extractPlaces(text, { articleDate: "2025-03-06" });
    expect(found.map((m) => [m.span.start, m.text])).toEqual([[before.length + 1, name]]);
  });
});

describe("extractPlaces reads names through local windows", () => {
  it.each([
    ["a name at the very start", "Kon Tum", ["Kon Tum"]],
    ["a name at the very end, after a designator", "Đoàn đến tỉnh Kon Tum", ["tỉnh Kon Tum"]],
    ["a designator at the very start", "Tỉnh Quảng Ngãi họp.", ["Tỉnh Quảng Ngãi"]],
    ["a capital inside a word", "McKon Tum và aHà Nội", []],
    ["a combining mark before the name", "\u0301Kon Tum", []],
    ["an astral capital before the name", "𐐀 Kon Tum", ["Kon Tum"]],
    ["a name cut by the end of the text", "Thành phố Hồ Chí", []],
    ["one name right after another", "Kon Tum Quảng Ngãi", ["Kon Tum", "Quảng Ngãi"]],
  ])("%s", (_label, text, expected) => {
    expect(extractPlaces(text, { articleDate: "2025-03-06" }).map((m) => m.text)).toEqual(expected);
  });

  fcTest.prop([
    fc.array(
      fc.constantFrom(
        "Kon Tum",
        "tỉnh",
        "Tỉnh",
        "Thành phố",
        "TP.",
        "Hồ Chí Minh",
        "City",
        "huyện",
        "Nguyễn Thị",
        "Huế",
        "Ha",
        "Noi",
        "street",
        " ",
        ". ",
        "-",
        ", ",
        "\n",
      ),
      { maxLength: 24 },
    ),
  ])("prose before a text only shifts what is found in it", (parts) => {
    const text = parts.join("");
    const prefix = "xin chào. ";
    const alone = extractPlaces(text, { articleDate: "2025-03-06" }).map((m) => [m.span.start, m.text]);
    const shifted = extractPlaces(prefix + text, { articleDate: "2025-03-06" }).map((m) => [
      m.span.start - prefix.length,
      m.text,
    ]);
    expect(shifted).toEqual(alone);
  });
});
