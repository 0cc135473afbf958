import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { extractDocumentReferences } from "../../src/references/index.js";
import { EN_FIXTURES } from "./fixtures-en.js";
import { OTHER_FIXTURES } from "./fixtures-other.js";
import { VI_FIXTURES } from "./fixtures-vi.js";
import { compareRow, countReferences, DEFAULT_ARTICLE_DATE, type FixtureRow, parseMarkup } from "./markup.js";

const TABLES = [
  ["vi", VI_FIXTURES],
  ["en", EN_FIXTURES],
  ["other", OTHER_FIXTURES],
] as const;

function extract(row: FixtureRow, text: string) {
  return extractDocumentReferences(text, { articleDate: row.articleDate ?? DEFAULT_ARTICLE_DATE });
}

describe.each(TABLES)("inline-markup fixtures (%s)", (_language, rows) => {
  // A row with a known gap must keep failing until the extractor is fixed; then its `knownGap` goes.
  test.each(rows.filter((row) => row.knownGap === undefined))("$covers: $text", (row) => {
    expect(compareRow(row, extract(row, parseMarkup(row.text).text))).toEqual([]);
  });
  const gaps = rows.filter((row) => row.knownGap !== undefined);
  if (gaps.length > 0)
    test.fails.each(gaps)("known gap ($knownGap): $text", (row) => {
      expect(compareRow(row, extract(row, parseMarkup(row.text).text))).toEqual([]);
    });
});

test("the tables hold at least 150 references in Vietnamese and in English, and code-only rows elsewhere", () => {
  expect(countReferences(VI_FIXTURES)).toBeGreaterThanOrEqual(150);
  expect(countReferences(EN_FIXTURES)).toBeGreaterThanOrEqual(150);
  expect(OTHER_FIXTURES.some((row) => row.match === "code")).toBe(true);
});

test.each(TABLES)("every %s row marks one span per expected reference", (_language, rows) => {
  for (const row of rows) expect(parseMarkup(row.text).spans.length, row.text).toBe(row.refs.length);
});

describe("markup reader", () => {
  test("reads tags into clean text and spans", () => {
    expect(parseMarkup("Theo <0>NQ 57</0> và <1>a<b</1>.")).toEqual({
      text: "Theo NQ 57 và a<b.",
      spans: [
        { start: 5, end: 10 },
        { start: 14, end: 17 },
      ],
    });
    expect(parseMarkup("no tags")).toEqual({ text: "no tags", spans: [] });
  });
  test.each([
    ["nested", "<0>a <1>b</1></0>"],
    ["closed without opening", "a</0>"],
    ["closed by another number", "<0>a</1>"],
    ["never closed", "<0>a"],
    ["out of order", "<1>a</1>"],
    ["repeated", "<0>a</0> <0>b</0>"],
    ["empty", "<0></0>"],
  ])("throws on a tag %s", (_name, marked) => {
    expect(() => parseMarkup(marked)).toThrow();
  });
});

const ALL_ROWS = TABLES.flatMap(([, rows]) => rows);
const CLEAN_ROWS = ALL_ROWS.filter((row) => row.knownGap === undefined);

fcTest.prop([fc.constantFrom(...ALL_ROWS)])("every returned span slices the fixture sentence to its text", (row) => {
  const { text } = parseMarkup(row.text);
  for (const ref of extract(row, text)) {
    expect(text.slice(ref.span.start, ref.span.end)).toBe(ref.text);
    if (ref.codeSpan !== undefined) {
      expect(ref.codeSpan.start).toBeGreaterThanOrEqual(ref.span.start);
      expect(ref.codeSpan.end).toBeLessThanOrEqual(ref.span.end);
    }
  }
});

const codesOf = (row: FixtureRow, text: string) =>
  extract(row, text)
    .map((ref) => ref.code?.canonical ?? ref.resolvedCode ?? `~${ref.documentType}:${ref.number}`)
    .sort();

const SPACES = [" ", "  ", "\n", "\t", " \n"] as const;

/** Rewrites the text outside the marked spans: each run of white space, and the case of each free-standing word. */
function perturb(text: string, spans: readonly { start: number; end: number }[], spaces: number[], cases: number[]) {
  const inside = (i: number) => spans.some((span) => i >= span.start && i < span.end);
  let out = "";
  let run = 0;
  let word = 0;
  for (let i = 0; i < text.length; ) {
    const c = text[i] ?? "";
    if (!inside(i) && /\s/.test(c)) {
      let j = i;
      while (j < text.length && !inside(j) && /\s/.test(text[j] ?? "")) j += 1;
      out += SPACES[(spaces[run++ % spaces.length] ?? 0) % SPACES.length];
      i = j;
      continue;
    }
    const match = /^[\p{L}]+/u.exec(text.slice(i));
    const end = i + (match?.[0].length ?? 0);
    const free =
      match !== null &&
      !inside(i) &&
      !inside(end - 1) &&
      !spans.some((span) => span.start === end || span.end === i) &&
      !/[\p{L}\p{N}]/u.test(text[i - 1] ?? " ") &&
      !/[\p{L}\p{N}]/u.test(text[end] ?? " ");
    if (match !== null && free) {
      const mode = cases[word++ % cases.length] ?? 0;
      out += mode === 1 ? match[0].toUpperCase() : mode === 2 ? match[0].toLowerCase() : match[0];
      i = end;
      continue;
    }
    out += c;
    i += 1;
  }
  return out;
}

fcTest.prop([
  fc.constantFrom(...CLEAN_ROWS),
  fc.array(fc.nat(SPACES.length - 1), { minLength: 1, maxLength: 8 }),
  fc.array(fc.nat(2), { minLength: 1, maxLength: 8 }),
])("the same codes after changing white space or the case of the surrounding words", (row, spaces, cases) => {
  const { text, spans } = parseMarkup(row.text);
  expect(codesOf(row, perturb(text, spans, spaces, cases))).toEqual(codesOf(row, text));
});
