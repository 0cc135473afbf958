import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VnPolityError } from "../../src/core/index.js";
import {
  composeOffsetMaps,
  equalsIgnoringDiacritics,
  foldDiacritics,
  foldForMatch,
  foldWithMap,
  hasVietnameseDiacritics,
  normalizeText,
  normalizeTonePlacement,
} from "../../src/text/index.js";

// Every letter of the Vietnamese alphabet in NFC, both cases, with every tone.
const VIETNAMESE_LETTERS = [
  ..."aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ",
];
const ALPHABET = [...VIETNAMESE_LETTERS, ...VIETNAMESE_LETTERS.map((letter) => letter.toUpperCase())];
const vietnameseText = fc.string({ unit: fc.constantFrom(...ALPHABET, " ", " ", ",", "-", "1", "/") });
const anyString = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
  vietnameseText,
  vietnameseText.map((text) => text.normalize("NFD")),
);

function expectVnError(run: () => unknown, code: string): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(VnPolityError);
  expect((caught as VnPolityError).code).toBe(code);
}

describe("foldDiacritics", () => {
  // Place names, organs and titles, in our own wording.
  it.for([
    { input: "Thành phố Hồ Chí Minh", folded: "Thanh pho Ho Chi Minh" },
    { input: "Tỉnh Đắk Lắk", folded: "Tinh Dak Lak" },
    { input: "Thừa Thiên Huế", folded: "Thua Thien Hue" },
    { input: "Bà Rịa – Vũng Tàu", folded: "Ba Ria – Vung Tau" },
    { input: "Khánh Hoà", folded: "Khanh Hoa" },
    { input: "Ủy ban Thường vụ Quốc hội", folded: "Uy ban Thuong vu Quoc hoi" },
    { input: "Bộ Chính trị", folded: "Bo Chinh tri" },
    { input: "Ban Chấp hành Trung ương Đảng", folded: "Ban Chap hanh Trung uong Dang" },
    { input: "Mặt trận Tổ quốc Việt Nam", folded: "Mat tran To quoc Viet Nam" },
    { input: "Phó Thủ tướng Chính phủ", folded: "Pho Thu tuong Chinh phu" },
    { input: "Chủ tịch Hội đồng nhân dân", folded: "Chu tich Hoi dong nhan dan" },
    { input: "Nghị định 30/2020/NĐ-CP", folded: "Nghi dinh 30/2020/ND-CP" },
    { input: "30/2020/N\u00d0-CP", folded: "30/2020/ND-CP" },
    { input: "ĐỒNG THÁP, đồng tháp", folded: "DONG THAP, dong thap" },
    { input: "Ngụy Như Kon Tum", folded: "Nguy Nhu Kon Tum" },
    { input: "São Paulo, Łódź, Zürich, Ærø, Straße", folded: "Sao Paulo, Lodz, Zurich, Æro, Straße" },
    { input: "Ho\u0300a Bi\u0300nh", folded: "Hoa Binh" },
    { input: "Москва́, Ἀθῆναι, 서울, 東京", folded: "Москва, Αθηναι, 서울, 東京" },
    { input: "Resolution 57-NQ/TW", folded: "Resolution 57-NQ/TW" },
    { input: "", folded: "" },
  ])("folds $input", ({ input, folded }) => {
    expect(foldDiacritics(input)).toBe(folded);
  });

  it("folds every Vietnamese letter to one ASCII letter", () => {
    for (const letter of ALPHABET) {
      const folded = foldDiacritics(letter);
      expect(folded).toMatch(/^[a-zA-Z]$/);
      expect(folded.toLowerCase()).toBe(letter.normalize("NFD")[0]?.toLowerCase().replace("đ", "d"));
    }
  });

  it("returns the same string when there is nothing to fold", () => {
    const input = "Decision 1234/QD-UBND";
    expect(foldDiacritics(input)).toBe(input);
  });

  it("leaves characters without diacritics alone even when they decompose", () => {
    // U+FACF decomposes to a supplementary ideograph; U+2126 OHM SIGN to Ω. Neither has a mark to remove.
    expect(foldDiacritics("\ufacf \u2126 x")).toBe("\ufacf \u2126 x");
    expect(foldDiacritics("\u212b")).toBe("A"); // ANGSTROM SIGN is A with a ring
  });

  it("keeps lone surrogates and control characters as they are", () => {
    expect(foldDiacritics("Hà\ud800Nội\u0000")).toBe("Ha\ud800Noi\u0000");
  });

  it("throws INVALID_INPUT_TYPE for a non-string", () => {
    expectVnError(() => foldDiacritics(7 as unknown as string), "INVALID_INPUT_TYPE");
  });

  fcTest.prop([vietnameseText])("keeps the length of NFC Vietnamese text, so offsets stay aligned", (text) => {
    const folded = foldDiacritics(text);
    expect(folded.length).toBe(text.length);
    expect(hasVietnameseDiacritics(folded)).toBe(false);
    for (let k = 0; k < text.length; k++) {
      expect(folded[k]).toBe(foldDiacritics(text[k] as string));
    }
  });

  fcTest.prop([anyString])("is idempotent and never throws", (text) => {
    const once = foldDiacritics(text);
    expect(foldDiacritics(once)).toBe(once);
  });

  fcTest.prop([fc.string({ unit: "binary" })])("never lengthens text", (text) => {
    expect(foldDiacritics(text).length).toBeLessThanOrEqual(text.length);
  });
});

describe("foldWithMap", () => {
  it("maps folded decomposed text back to the input", () => {
    const input = "Ha\u0300 Nô\u0323i";
    const { text, map } = foldWithMap(input);
    expect(text).toBe("Ha Noi");
    expect(input.slice(map.toOriginalSpan({ start: 3, end: 6 }).start, 8)).toBe("Nô\u0323i");
    expect(map.toOriginalSpan({ start: 3, end: 6 })).toEqual({ start: 4, end: 8 });
    expect(map.toOriginalSpan({ start: 0, end: 2 })).toEqual({ start: 0, end: 3 });
  });

  it("returns the identity map for NFC Vietnamese", () => {
    const { text, map } = foldWithMap("Quảng Ngãi");
    expect(text).toBe("Quang Ngai");
    expect(map.isIdentity).toBe(true);
  });

  it("composes with the map of normalizeText to reach the caller's input", () => {
    const input = "Ủy ban\u200b tỉnh Ninh Bi\u0300nh";
    const normalized = normalizeText(input);
    const folded = foldWithMap(normalized.text);
    const map = composeOffsetMaps(normalized.map, folded.map);
    const start = folded.text.indexOf("Ninh Binh");
    const span = map.toOriginalSpan({ start, end: start + "Ninh Binh".length });
    expect(input.slice(span.start, span.end)).toBe("Ninh Bi\u0300nh");
  });

  it("throws INVALID_INPUT_TYPE for a non-string", () => {
    expectVnError(() => foldWithMap(undefined as unknown as string), "INVALID_INPUT_TYPE");
  });

  fcTest.prop([anyString])("folds exactly like foldDiacritics", (text) => {
    expect(foldWithMap(text).text).toBe(foldDiacritics(text));
  });

  fcTest.prop([anyString, fc.nat(), fc.nat()])(
    "maps spans cut at ASCII characters to input slices that fold to the same text",
    (input, a, b) => {
      const { text, map } = foldWithMap(input);
      const cuts = [0, text.length];
      for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) < 0x80) cuts.push(k);
      cuts.sort((x, y) => x - y);
      const start = cuts[a % cuts.length] as number;
      const end = cuts[b % cuts.length] as number;
      if (start > end) return;
      const span = map.toOriginalSpan({ start, end });
      expect(span.end).toBeLessThanOrEqual(input.length);
      expect(foldDiacritics(input.slice(span.start, span.end))).toBe(text.slice(start, end));
    },
  );
});

describe("normalizeTonePlacement", () => {
  // [traditional, modern]
  const PAIRS: readonly [string, string][] = [
    ["hoà", "hòa"],
    ["hoá", "hóa"],
    ["thoả", "thỏa"],
    ["Hoã", "Hõa"],
    ["hoạ", "họa"],
    ["hoè", "hòe"],
    ["khoé", "khóe"],
    ["khoẻ", "khỏe"],
    ["xoẽ", "xõe"],
    ["loẹ", "lọe"],
    ["tuỳ", "tùy"],
    ["thuý", "thúy"],
    ["thuỷ", "thủy"],
    ["huỹ", "hũy"],
    ["luỵ", "lụy"],
    ["uỷ", "ủy"],
    ["Uỷ ban", "Ủy ban"],
    ["Khánh Hoà", "Khánh Hòa"],
    ["Thanh Hoá", "Thanh Hóa"],
    ["HOÀ BÌNH", "HÒA BÌNH"],
    ["THUỶ LỢI", "THỦY LỢI"],
    ["Toà án nhân dân", "Tòa án nhân dân"],
  ];

  it.for(PAIRS)("writes %s in modern style as %s", ([traditional, modern]) => {
    expect(normalizeTonePlacement(traditional)).toBe(modern);
    expect(normalizeTonePlacement(traditional, "common")).toBe(modern);
    expect(normalizeTonePlacement(modern)).toBe(modern);
  });

  it.for(PAIRS)("writes %s in traditional style (from %s)", ([traditional, modern]) => {
    expect(normalizeTonePlacement(modern, "reformed")).toBe(traditional);
    expect(normalizeTonePlacement(traditional, "reformed")).toBe(traditional);
  });

  it.for([
    { text: "hoàn thành", note: "a final consonant follows" },
    { text: "thuyền", note: "uyê is another nucleus" },
    { text: "khuya", note: "a vowel follows" },
    { text: "quý", note: "qu: the tone belongs to y" },
    { text: "Quỳnh", note: "qu and a final consonant" },
    { text: "QUÝ", note: "upper-case qu" },
    { text: "hoài", note: "oai is another nucleus" },
    { text: "khuỷu", note: "uyu is another nucleus" },
    { text: "Hòa\u0301", note: "a mark follows" },
  ])("leaves $text alone: $note", ({ text }) => {
    expect(normalizeTonePlacement(text)).toBe(text);
    expect(normalizeTonePlacement(text, "reformed")).toBe(text);
  });

  it("throws INVALID_OPTION for an unknown style", () => {
    expectVnError(() => normalizeTonePlacement("hoà", "newest" as never), "INVALID_OPTION");
  });

  it("throws INVALID_INPUT_TYPE for a non-string", () => {
    expectVnError(() => normalizeTonePlacement(null as unknown as string), "INVALID_INPUT_TYPE");
  });

  fcTest.prop([vietnameseText, fc.constantFrom("common" as const, "reformed" as const)])(
    "keeps the length, is idempotent and converts both ways",
    (text, style) => {
      const placed = normalizeTonePlacement(text, style);
      expect(placed.length).toBe(text.length);
      expect(normalizeTonePlacement(placed, style)).toBe(placed);
      const other = style === "common" ? "reformed" : "common";
      expect(normalizeTonePlacement(normalizeTonePlacement(placed, other), style)).toBe(placed);
      expect(foldDiacritics(placed)).toBe(foldDiacritics(text));
    },
  );

  fcTest.prop([fc.string({ unit: "binary" })])("never throws", (text) => {
    normalizeTonePlacement(text);
    normalizeTonePlacement(text, "reformed");
  });
});

describe("foldForMatch and equalsIgnoringDiacritics", () => {
  it.for([
    { input: "Khánh Hoà", key: "khanh hoa" },
    { input: "khánh hòa", key: "khanh hoa" },
    { input: "  Khanh\u00a0\u00a0HOA\n", key: "khanh hoa" },
    { input: "Bà Rịa\u2013Vũng Tàu", key: "ba ria-vung tau" },
    { input: "Đắk\u200b Nông", key: "dak nong" },
    { input: "Ho\u0300a Bi\u0300nh", key: "hoa binh" },
    { input: "ỦY BAN NHÂN DÂN", key: "uy ban nhan dan" },
    { input: "", key: "" },
  ])("keys $input as $key", ({ input, key }) => {
    expect(foldForMatch(input)).toBe(key);
  });

  it.for([
    ["Khánh Hoà", "Khanh Hoa"],
    ["Khánh Hoà", "khánh hòa"],
    ["Thủy Nguyên", "THUỶ NGUYÊN"],
    ["Hồ Chí Minh", "Ho  Chi  Minh"],
  ])("matches %s with %s", ([a, b]) => {
    expect(equalsIgnoringDiacritics(a as string, b as string)).toBe(true);
  });

  it.for([
    ["Hà Nam", "Hà Nội"],
    ["Quảng Nam", "Quảng Ngãi"],
  ])("does not match %s with %s", ([a, b]) => {
    expect(equalsIgnoringDiacritics(a as string, b as string)).toBe(false);
  });

  it("throws INVALID_INPUT_TYPE for a non-string", () => {
    expectVnError(() => foldForMatch({} as unknown as string), "INVALID_INPUT_TYPE");
    expectVnError(() => equalsIgnoringDiacritics("a", 1 as unknown as string), "INVALID_INPUT_TYPE");
  });

  fcTest.prop([anyString])("is idempotent and never throws", (text) => {
    const key = foldForMatch(text);
    expect(foldForMatch(key)).toBe(key);
    expect(equalsIgnoringDiacritics(text, key)).toBe(true);
  });

  fcTest.prop([vietnameseText])("does not depend on tone placement or case", (text) => {
    const key = foldForMatch(text);
    expect(foldForMatch(normalizeTonePlacement(text, "reformed"))).toBe(key);
    expect(foldForMatch(text.toUpperCase())).toBe(key);
    expect(foldForMatch(text.normalize("NFD"))).toBe(key);
  });
});

describe("hasVietnameseDiacritics", () => {
  it.for([
    { input: "Quảng Ninh", expected: true },
    { input: "Đồng Nai", expected: true },
    { input: "đ", expected: true },
    { input: "Ho\u0300a", expected: true },
    { input: "Quang Ninh", expected: false },
    { input: "N\u00d0-CP", expected: false },
    { input: "façade, niño", expected: false },
    { input: "", expected: false },
  ])("says $expected for $input", ({ input, expected }) => {
    expect(hasVietnameseDiacritics(input)).toBe(expected);
  });

  it("throws INVALID_INPUT_TYPE for a non-string", () => {
    expectVnError(() => hasVietnameseDiacritics(5 as unknown as string), "INVALID_INPUT_TYPE");
  });

  fcTest.prop([vietnameseText])("is false once the text is folded", (text) => {
    expect(hasVietnameseDiacritics(foldDiacritics(text))).toBe(false);
  });
});
