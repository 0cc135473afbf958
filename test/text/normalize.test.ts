import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type IssueCode, VnPolityError } from "../../src/core/index.js";
import { identityOffsetMap, normalizeText, safeNormalizeText } from "../../src/text/index.js";

interface Row {
  readonly input: string;
  readonly text: string;
  readonly codes: readonly IssueCode[];
  readonly note: string;
}

// Our own sentences and names; each row says what it exercises.
const ROWS: readonly Row[] = [
  { note: "plain ASCII", input: "Resolution 57-NQ/TW", text: "Resolution 57-NQ/TW", codes: [] },
  { note: "NFC Vietnamese", input: "Tỉnh ủy Quảng Ninh", text: "Tỉnh ủy Quảng Ninh", codes: [] },
  { note: "decomposed tone marks", input: "Ho\u0300a Bi\u0300nh", text: "Hòa Bình", codes: [] },
  {
    note: "decomposed vowel and tone marks",
    input: "Hô\u0323i đô\u0300ng nhân dân",
    text: "Hội đồng nhân dân",
    codes: [],
  },
  { note: "fully decomposed", input: "Quô\u0301c hô\u0323i".normalize("NFD"), text: "Quốc hội", codes: [] },
  { note: "Ð U+00D0 for Đ", input: "30/2020/N\u00d0-CP", text: "30/2020/NĐ-CP", codes: ["LOOKALIKE_REPAIRED"] },
  { note: "Ɖ U+0189 for Đ", input: "\u0189ảng bộ", text: "Đảng bộ", codes: ["LOOKALIKE_REPAIRED"] },
  { note: "ð inside a Vietnamese word", input: "\u00f0ồng chí", text: "đồng chí", codes: ["LOOKALIKE_REPAIRED"] },
  { note: "ð on its own stays", input: "ký hiệu \u00f0", text: "ký hiệu \u00f0", codes: [] },
  { note: "Cyrillic Н in a Latin word", input: "\u041dà Nội", text: "Hà Nội", codes: ["LOOKALIKE_REPAIRED"] },
  {
    note: "Cyrillic о and с in a Latin word",
    input: "Qu\u043ec hội kh\u043ea XV, B\u0421H",
    text: "Quoc hội khoa XV, BCH",
    codes: ["LOOKALIKE_REPAIRED"],
  },
  { note: "a Cyrillic word stays Cyrillic", input: "Москва và Hà Nội", text: "Москва và Hà Nội", codes: [] },
  { note: "a word of Cyrillic look-alikes stays", input: "СССР", text: "СССР", codes: [] },
  { note: "full-width letters and digits", input: "ＮＱ／ＴＷ ５７", text: "NQ/TW 57", codes: ["LOOKALIKE_REPAIRED"] },
  { note: "ideographic space", input: "Hà\u3000Nội", text: "Hà Nội", codes: ["SPACE_REPAIRED"] },
  { note: "en dash in a range", input: "6,5\u20137%", text: "6,5-7%", codes: ["DASH_REPAIRED"] },
  {
    note: "every dash",
    input: "a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g\u2212h\ufe58i\ufe63j\uff0dk",
    text: "a-b-c-d-e-f-g-h-i-j-k",
    codes: ["DASH_REPAIRED"],
  },
  {
    note: "every space",
    input: "a\u00a0b\u2000c\u2005d\u200ae\u202ff\u205fg\u3000h",
    text: "a b c d e f g h",
    codes: ["SPACE_REPAIRED"],
  },
  {
    note: "zero-width characters removed",
    input: "\ufeffQuốc\u200b hội\u200c\u200d",
    text: "Quốc hội",
    codes: ["SPACE_REPAIRED"],
  },
  {
    note: "zero-width space between a letter and its mark",
    input: "Ha\u200b\u0300 Nội",
    text: "Hà Nội",
    codes: ["SPACE_REPAIRED"],
  },
  {
    note: "Cyrillic о followed by a mark composes",
    input: "H\u043e\u0300a",
    text: "Hòa",
    codes: ["LOOKALIKE_REPAIRED"],
  },
  { note: "lone high surrogate", input: "Tỉnh\ud800ủy", text: "Tỉnh\ufffdủy", codes: ["LONE_SURROGATE"] },
  { note: "lone low surrogate", input: "x\udc00", text: "x\ufffd", codes: ["LONE_SURROGATE"] },
  { note: "a surrogate pair is kept", input: "Hà Nội 🇻🇳 😀", text: "Hà Nội 🇻🇳 😀", codes: [] },
  { note: "NUL and other C0 controls", input: "Số\u0000 57\u0007", text: "Số  57 ", codes: ["CONTROL_CHARACTER"] },
  { note: "tab, line feed and return stay", input: "Điều 1.\tA\r\nB", text: "Điều 1.\tA\r\nB", codes: [] },
  { note: "ASCII controls alone", input: "a\u0001b", text: "a b", codes: ["CONTROL_CHARACTER"] },
  {
    note: "several kinds, reported in order of first occurrence",
    input: "Ngh\u1ecb \u00a0quy\u1ebft 57\u2013N\u0051/T\u0057 c\u1ee7a B\u1ed9 Ch\u00ednh tr\u1ecb, s\u1ed1 \u00d0",
    text: "Nghị  quyết 57-NQ/TW của Bộ Chính trị, số Đ",
    codes: ["SPACE_REPAIRED", "DASH_REPAIRED", "LOOKALIKE_REPAIRED"],
  },
];

describe("normalizeText", () => {
  it.for(ROWS)("$note", ({ input, text, codes }) => {
    const result = normalizeText(input);
    expect(result.text).toBe(text);
    expect(result.changed).toBe(text !== input);
    expect(result.repairs.map((issue) => issue.code)).toEqual(codes);
    for (const issue of result.repairs) {
      expect(issue.span).toBeDefined();
      expect(issue.hint).toMatch(/^\d+ /);
    }
  });

  it("returns plain ASCII as is, with the shared identity map", () => {
    const input = "Decision 1234/QD-UBND of 14 March 2025.\n";
    const result = normalizeText(input);
    expect(result.text).toBe(input);
    expect(result.map).toBe(identityOffsetMap());
    expect(result.changed).toBe(false);
    expect(result.repairs).toEqual([]);
    expect(Object.isFrozen(result.repairs)).toBe(true);
  });

  it("keeps the identity map when repairs do not change lengths", () => {
    const result = normalizeText("Bà Rịa\u2013Vũng Tàu\u00a0(N\u00d0)");
    expect(result.text).toBe("Bà Rịa-Vũng Tàu (NĐ)");
    expect(result.map.isIdentity).toBe(true);
  });

  it("points each warning at the first occurrence and counts them", () => {
    const input = "A\u00a0B\u00a0C\u2013D\u2013E\u2013F";
    const [space, dash] = normalizeText(input, { locale: "en" }).repairs;
    expect(space).toMatchObject({ code: "SPACE_REPAIRED", span: { start: 1, end: 2 }, hint: "2 occurrences" });
    expect(dash).toMatchObject({ code: "DASH_REPAIRED", span: { start: 5, end: 6 }, hint: "3 occurrences" });
    expect(normalizeText("a\u2013b", { locale: "en" }).repairs[0]?.hint).toBe("1 occurrence");
    expect(normalizeText("a\u2013b").repairs[0]?.hint).toBe("1 vị trí");
  });

  it("writes messages in the requested locale", () => {
    expect(normalizeText("x\u2013y", { locale: "en" }).repairs[0]?.message).toMatch(/Dashes/);
    expect(normalizeText("x\u2013y", { locale: "vi" }).repairs[0]?.message).toMatch(/gạch ngang/);
    expect(normalizeText("x\u2013y").repairs[0]?.message).toMatch(/gạch ngang/);
  });

  it.for([
    { option: { lookalikes: false }, input: "N\u00d0 \uff21 \u041dà", text: "N\u00d0 \uff21 \u041dà" },
    { option: { dashes: false }, input: "6,5\u20137%", text: "6,5\u20137%" },
    { option: { spaces: false }, input: "a\u00a0b\u200bc", text: "a\u00a0b\u200bc" },
    { option: { spaces: false, dashes: false, lookalikes: false }, input: "x\u0000\ud800", text: "x \ufffd" },
  ])("turns repairs off with $option", ({ option, input, text }) => {
    const result = normalizeText(input, option);
    expect(result.text).toBe(text);
  });

  it("still composes when repairs are turned off", () => {
    expect(normalizeText("Ha\u0300 N\u00d0", { lookalikes: false }).text).toBe("Hà N\u00d0");
  });

  it.for([
    {
      note: "a code after decomposed words",
      input: "Nghi\u0323 đi\u0323nh 30/2020/N\u00d0\u2013CP",
      find: "30/2020/NĐ-CP",
      original: "30/2020/N\u00d0\u2013CP",
    },
    { note: "a number after a decomposed word", input: "Nghi\u0323 quyê\u0301t 57", find: "57", original: "57" },
    { note: "a composed word", input: "Tha\u0300nh phô\u0301 Huê\u0301", find: "phố", original: "phô\u0301" },
    { note: "text after removed zero-width spaces", input: "\u200b\u200bQuốc\u200bhội", find: "hội", original: "hội" },
    {
      note: "a word with a removed zero-width space",
      input: "\u200b\u200bQuốc\u200bhội",
      find: "Quốchội",
      original: "Quốc\u200bhội",
    },
  ])("maps spans back to the input: $note", ({ input, find, original }) => {
    const { text, map } = normalizeText(input);
    const start = text.indexOf(find);
    expect(start).toBeGreaterThanOrEqual(0);
    const span = map.toOriginalSpan({ start, end: start + find.length });
    expect(input.slice(span.start, span.end)).toBe(original);
  });

  it("throws INVALID_INPUT_TYPE for a non-string", () => {
    expect(() => normalizeText(42 as unknown as string)).toThrow(VnPolityError);
    try {
      normalizeText(null as unknown as string, { locale: "en" });
    } catch (error) {
      expect((error as VnPolityError).code).toBe("INVALID_INPUT_TYPE");
      expect((error as VnPolityError).message).toBe("The input is not a string.");
    }
  });

  it("copes with very long and adversarial input in one pass", () => {
    const marks = "a\u0301\u0323".repeat(350_000);
    const composedMarks = normalizeText(marks);
    expect(composedMarks.text).toBe(marks.normalize("NFC"));
    expect(composedMarks.map.toOriginalSpan({ start: 2, end: 4 })).toEqual({ start: 3, end: 6 });

    const surrogates = "\ud800x".repeat(500_000);
    expect(normalizeText(surrogates).text).toBe("\ufffdx".repeat(500_000));

    const cyrillic = "Москва".repeat(200_000);
    expect(normalizeText(cyrillic).text).toBe(cyrillic);
    const mixed = `H${"\u043e".repeat(300_000)}`;
    expect(normalizeText(mixed).text).toBe(`H${"o".repeat(300_000)}`);
  });

  it("normalises 10 MB of messy Vietnamese correctly", () => {
    const chunk = "Ủy ban nhân dân tỉnh Thừa Thiên\u00a0Huế ban hành Quyết định 12/QĐ\u2013UBND về N\u00d0 số 30. "
      .normalize("NFD")
      .concat("\u200b");
    const expected = normalizeText(chunk).text;
    const copies = Math.ceil(10_000_000 / chunk.length);
    const input = chunk.repeat(copies);
    const result = normalizeText(input);
    expect(result.text.length).toBe(expected.length * copies);
    expect(result.text).toBe(expected.repeat(copies));
    const last = result.text.length - expected.length;
    expect(result.map.toOriginalSpan({ start: last, end: result.text.length })).toEqual({
      start: input.length - chunk.length,
      end: input.length - 1,
    });
  });
});

// Characters that exercise every path: ASCII, Vietnamese letters and marks, repairs, surrogates, controls.
const PIECES = [
  "a",
  "o",
  "u",
  "y",
  "D",
  " ",
  "-",
  "/",
  "5",
  "\n",
  "ư",
  "ơ",
  "Đ",
  "ệ",
  "\u0300",
  "\u0301",
  "\u0302",
  "\u0303",
  "\u0309",
  "\u0323",
  "\u031b",
  "\u0306",
  "\u00d0",
  "\u0189",
  "\u00f0",
  "\u041d",
  "\u043e",
  "\u0441",
  "д",
  "\uff21",
  "\uff0d",
  "\u2013",
  "\u2212",
  "\u00a0",
  "\u3000",
  "\u200b",
  "\u200d",
  "\ufeff",
  "\u0000",
  "\u001f",
  "\ud800",
  "\udc00",
  "😀",
  "\u212b",
  "\u0958",
  "\u1100",
  "\u1161",
  "\u11a8",
  "\u0344",
];
const messy = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(""));
// Without the letters whose repair depends on the word around them.
const contextFree = fc
  .array(fc.constantFrom(...PIECES.filter((piece) => !/[\u00f0\u0400-\u04ff]/.test(piece))), { maxLength: 40 })
  .map((parts) => parts.join(""));
const anyString = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), messy);

describe("normalizeText properties", () => {
  fcTest.prop([anyString])("never throws and returns NFC text", (input) => {
    const { text } = normalizeText(input);
    expect(text).toBe(text.normalize("NFC"));
  });

  fcTest.prop([anyString])("is idempotent", (input) => {
    const once = normalizeText(input);
    const twice = normalizeText(once.text);
    expect(twice.text).toBe(once.text);
    expect(twice.changed).toBe(false);
    expect(twice.repairs).toEqual([]);
  });

  fcTest.prop([anyString])("reports a change exactly when the text changed", (input) => {
    const result = normalizeText(input);
    expect(result.changed).toBe(result.text !== input);
    if (!result.changed) expect(result.repairs).toEqual([]);
  });

  fcTest.prop([anyString, fc.nat(), fc.nat()])("maps every span to a valid span of the input", (input, a, b) => {
    const { text, map } = normalizeText(input);
    const start = Math.min(a, b) % (text.length + 1);
    const end = Math.max(a, b) % (text.length + 1);
    const span = map.toOriginalSpan({ start: Math.min(start, end), end: Math.max(start, end) });
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.start).toBeLessThanOrEqual(span.end);
    expect(span.end).toBeLessThanOrEqual(input.length);
    expect(map.toOriginalIndex(text.length)).toBeLessThanOrEqual(input.length);
  });

  fcTest.prop([anyString])("points every warning into the input", (input) => {
    for (const issue of normalizeText(input).repairs) {
      expect(issue.span?.start).toBeGreaterThanOrEqual(0);
      expect(issue.span?.end).toBeLessThanOrEqual(input.length);
    }
  });

  fcTest.prop([contextFree, fc.nat(), fc.nat()])(
    "maps spans cut at ASCII characters to input slices that normalise to the same text",
    (input, a, b) => {
      const { text, map } = normalizeText(input);
      // Cut points: the ends of the text and the positions of ASCII characters, which start NFC segments.
      const cuts = [0, text.length];
      for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) < 0x80) cuts.push(k);
      cuts.sort((x, y) => x - y);
      const start = cuts[a % cuts.length] as number;
      const end = cuts[b % cuts.length] as number;
      if (start > end) return;
      const span = map.toOriginalSpan({ start, end });
      expect(normalizeText(input.slice(span.start, span.end)).text).toBe(text.slice(start, end));
    },
  );

  fcTest.prop([fc.string({ unit: fc.constantFrom("a", "b", " ", "-", ".") })])(
    "leaves plain ASCII untouched",
    (input) => {
      const result = normalizeText(input);
      expect(result.text).toBe(input);
      expect(result.map).toBe(identityOffsetMap());
    },
  );
});

describe("safeNormalizeText", () => {
  it("returns the text and the repairs as warnings", () => {
    const result = safeNormalizeText("N\u00d0\u2013CP");
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.text).toBe("NĐ-CP");
    expect(result.warnings.map((issue) => issue.code)).toEqual(["LOOKALIKE_REPAIRED", "DASH_REPAIRED"]);
  });

  it.for([
    { input: 42 },
    { input: null },
    { input: undefined },
    { input: { text: "Hà Nội" } },
    { input: ["a"] },
    { input: Symbol("x") },
  ])("fails with INVALID_INPUT_TYPE for $input", ({ input }) => {
    const result = safeNormalizeText(input, { locale: "en" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe("INVALID_INPUT_TYPE");
    expect(result.error.message).toBe("The input is not a string.");
  });

  it("tolerates odd options from JavaScript callers", () => {
    const odd = [null, 7, "en", { locale: "fr" }] as unknown[];
    for (const options of odd) {
      const result = safeNormalizeText("a\u2013b", options as never);
      expect(result.success).toBe(true);
    }
  });

  fcTest.prop([fc.anything()])("never throws", (input) => {
    expect(() => safeNormalizeText(input)).not.toThrow();
  });
});
