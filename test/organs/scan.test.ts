import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractOrgans, PhraseDictionary, phraseKey, scanTokens, tokenize } from "../../src/organs/index.js";
import { extractPeople } from "../../src/positions/index.js";
import { foldDiacritics } from "../../src/text/index.js";

const ASOF = { asOf: "2025-03-06" } as const;
const WORD = /[\p{L}\p{M}\p{N}]/u;
const SPACES = new Set([" ", "\t", "\n", "\v", "\f", "\r", "\u00a0", "\u2009", "\u202f", "\u3000"]);

// A plain reading of the token rules, one regex test per character: what the scan must agree with.
function reference(text: string) {
  const tokens: { start: number; end: number; folded: string; cased: string; word: boolean }[] = [];
  const wordAt = (at: number): number => {
    const code = text.charCodeAt(at);
    if (code >= 0xdc00 && code < 0xe000) return 0;
    if (code >= 0xd800 && code < 0xdc00) {
      const low = text.charCodeAt(at + 1);
      return low >= 0xdc00 && low < 0xe000 && WORD.test(text.slice(at, at + 2)) ? 2 : 0;
    }
    return at < text.length && WORD.test(text[at] ?? "") ? 1 : 0;
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i] ?? "";
    if (SPACES.has(char)) {
      i++;
      continue;
    }
    let step = wordAt(i);
    if (step === 0) {
      const code = text.charCodeAt(i);
      const surrogate = code >= 0xd800 && code < 0xe000;
      const key = surrogate ? "\ufffd" : "\u2010\u2011\u2012\u2013\u2014\u2015\u2212".includes(char) ? "-" : char;
      const fixed = key === "\u2019" ? "'" : key;
      tokens.push({ start: i, end: i + 1, folded: fixed, cased: fixed, word: false });
      i++;
      continue;
    }
    const start = i;
    while (step > 0) {
      i += step;
      step = wordAt(i);
      const code = text.charCodeAt(i);
      if (step === 0 && (code === 39 || code === 0x2019) && wordAt(i + 1) > 0) step = 1;
    }
    const cased = foldDiacritics(text.slice(start, i).normalize("NFC")).replaceAll("\u2019", "'");
    tokens.push({ start, end: i, folded: cased.toLowerCase(), cased, word: true });
  }
  return tokens;
}

function read(text: string) {
  const scan = scanTokens(text);
  return Array.from({ length: scan.count }, (_, at) => ({
    start: scan.start(at),
    end: scan.end(at),
    folded: scan.folded(at),
    cased: scan.cased(at),
    word: scan.isWord(at),
  }));
}

describe("scanTokens", () => {
  it.each([
    ["Đảng ủy UBND tỉnh Kon Tum", ["dang", "uy", "ubnd", "tinh", "kon", "tum"]],
    ["People’s Committee — Ha\u0300 Nô\u0323i", ["people's", "committee", "-", "ha", "noi"]],
    ["A–B, 2025.", ["a", "-", "b", ",", "2025", "."]],
    ["x\ud800y 🙂", ["x", "\ufffd", "y", "\ufffd", "\ufffd"]],
  ])("splits %j", (text, folded) => {
    expect(read(text).map((token) => token.folded)).toEqual(folded);
    expect(read(text)).toEqual(reference(text));
  });

  it("classifies every BMP character as the word-character regex does", () => {
    const chars: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if ((code < 0xd800 || code >= 0xe000) && !SPACES.has(char)) chars.push(char);
    }
    // One character per token: spaces keep word characters apart.
    const scan = scanTokens(chars.join(" "));
    expect(scan.count).toBe(chars.length);
    const mismatches = chars.filter((char, at) => scan.isWord(at) !== WORD.test(char));
    expect(mismatches).toEqual([]);
  });

  it("keys words right past its table of distinct words", () => {
    const words = Array.from({ length: 25_000 }, (_, i) => `Tỉnh${i.toString(36)}`);
    const scan = scanTokens(words.join(" "));
    expect(scan.count).toBe(words.length);
    for (const at of [0, 19_999, 20_000, 24_999]) {
      expect(scan.cased(at)).toBe(`Tinh${at.toString(36)}`);
      expect(scan.end(at)).toBe((scan.start(at) ?? 0) + (words[at]?.length ?? 0));
    }
  });

  it("answers undefined outside the tokens and reads non-strings as no text", () => {
    const scan = scanTokens("UBND");
    expect([scan.start(-1), scan.end(1), scan.folded(1), scan.cased(-1), scan.isWord(1)]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      false,
    ]);
    expect(scanTokens(42).count).toBe(0);
  });

  it("returns a previous scan of the same text, and never a scan of another text or a look-alike", () => {
    const scan = scanTokens("Tỉnh ủy Kon Tum");
    expect(scanTokens("Tỉnh ủy Kon Tum", scan)).toBe(scan);
    expect(scanTokens("Tỉnh ủy", scan).count).toBe(2);
    const lookAlike = { ...scan, text: "Tỉnh ủy", count: 99 } as unknown as typeof scan;
    expect(scanTokens("Tỉnh ủy", lookAlike).count).toBe(2);
  });

  it("agrees with tokenize", () => {
    const text = "Ông Lê Văn An, Chủ tịch UBND tỉnh Kon Tum.";
    const tokens = tokenize(text);
    expect(read(text).map((token) => token.start)).toEqual(tokens.starts);
    expect(read(text).map((token) => token.end)).toEqual(tokens.ends);
    expect(read(text).map((token) => token.cased)).toEqual(tokens.cased);
  });

  fcTest.prop([fc.string({ unit: "binary" })])("agrees with the plain reading on any string", (text) => {
    expect(read(text)).toEqual(reference(text));
  });

  fcTest.prop([
    fc.array(
      fc.constantFrom(
        "Ủy",
        "ban",
        "UBND",
        " ",
        "’",
        "'",
        "-",
        "\u0300",
        "ß",
        "Ω",
        "日",
        "١",
        "\ud83d\ude42",
        "\ud800",
        "𝐀",
      ),
      {
        maxLength: 40,
      },
    ),
  ])("agrees with the plain reading on word-like fragments", (parts) => {
    const text = parts.join("");
    expect(read(text)).toEqual(reference(text));
  });
});

describe("the tokens option", () => {
  const text =
    "Ông Lê Văn An, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Kon Tum, làm việc với the Kon Tum Provincial People's Committee.";

  it("gives the same organs and people as reading the text alone", () => {
    const tokens = scanTokens(text);
    expect(extractOrgans(text, { ...ASOF, tokens })).toEqual(extractOrgans(text, ASOF));
    expect(extractPeople(text, { ...ASOF, tokens })).toEqual(extractPeople(text, ASOF));
  });

  it("is ignored when it is the scan of another text", () => {
    const tokens = scanTokens("Bộ Chính trị");
    expect(extractOrgans(text, { ...ASOF, tokens })).toEqual(extractOrgans(text, ASOF));
    expect(extractPeople(text, { ...ASOF, tokens })).toEqual(extractPeople(text, ASOF));
  });
});

describe("PhraseDictionary.matchesIn", () => {
  const dictionary = new PhraseDictionary<string>();
  for (const [phrase, value] of [
    ["Ủy ban nhân dân", "committee"],
    ["Ủy ban", "board"],
    ["Ủy ban nhân dân tỉnh", "provincial"],
  ] as const)
    dictionary.add(phraseKey(phrase, false), value);

  it("finds every phrase at a token, shortest first, like matchesAt", () => {
    const text = "Uy ban nhan dan tinh Kon Tum";
    expect(dictionary.matchesIn(scanTokens(text), 0)).toEqual([
      [2, ["board"]],
      [4, ["committee"]],
      [5, ["provincial"]],
    ]);
    expect(dictionary.matchesIn(scanTokens(text), 0)).toEqual(dictionary.matchesAt(tokenize(text).folded, 0));
    expect(dictionary.matchesIn(scanTokens(text), 5)).toEqual([]);
  });

  it("tells which tokens start a phrase", () => {
    expect([dictionary.startsWith("uy"), dictionary.startsWith("ban"), dictionary.startsWith(undefined)]).toEqual([
      true,
      false,
      false,
    ]);
  });

  fcTest.prop([fc.array(fc.constantFrom("uy", "ban", "nhan", "dan", "tinh", ",", "Uy"), { maxLength: 12 })])(
    "agrees with matchesAt at every token",
    (words) => {
      const text = words.join(" ");
      const scan = scanTokens(text);
      const { folded } = tokenize(text);
      for (let at = 0; at <= folded.length; at++) {
        expect(dictionary.matchesIn(scan, at)).toEqual(dictionary.matchesAt(folded, at));
      }
    },
  );
});
