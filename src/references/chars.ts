import { foldDiacritics } from "../text/index.js";

/*
 * Matching folds one character at a time (lower case, no diacritics, curly apostrophes straight), so a word is
 * compared in place, without slicing or folding a window around every number. Every character folds to exactly
 * one code unit, so an index into the folded form is the same index into the text.
 */

// Latin-1 … Latin Extended-B, and Latin Extended Additional (Vietnamese): the letters that fold to another one.
const TABLE_END = 0x1f00;

// Pure memo: the fold of every character below U+1F00, built on first use from the text toolkit's folding.
let table: Uint16Array | undefined;

function fill(into: Uint16Array, from: number, to: number): void {
  let chars = "";
  for (let c = from; c < to; c += 1) chars += String.fromCharCode(c);
  const folded = foldDiacritics(chars);
  if (folded.length !== chars.length) return;
  for (let c = from; c < to; c += 1) {
    const lower = folded.charAt(c - from).toLowerCase();
    into[c] = lower.length === 1 ? lower.charCodeAt(0) : folded.charCodeAt(c - from);
  }
}

function foldTable(): Uint16Array {
  if (table !== undefined) return table;
  const built = new Uint16Array(TABLE_END);
  for (let c = 0; c < TABLE_END; c += 1) built[c] = c;
  for (let c = 65; c <= 90; c += 1) built[c] = c + 32;
  fill(built, 0xc0, 0x250);
  fill(built, 0x1e00, 0x1f00);
  built[0x2bc] = 39;
  table = built;
  return built;
}

/** The folded form of one UTF-16 code unit (NaN, read past the end of a text, stays NaN and matches nothing). */
export function foldCode(code: number): number {
  if (code < TABLE_END) return (table ?? foldTable())[code] ?? 0;
  return code === 0x2018 || code === 0x2019 ? 39 : code;
}

/**
 * {@link foldCode} with the fold table passed in: loops over a word fetch the table once (see {@link foldingTable})
 * instead of once per character.
 */
export function foldWith(folds: Uint16Array, code: number): number {
  return code < TABLE_END ? (folds[code] as number) : code === 0x2018 || code === 0x2019 ? 39 : code;
}

/** The table {@link foldWith} reads (built on first use). */
export function foldingTable(): Uint16Array {
  return table ?? foldTable();
}

/** Folds text[start, end) (clamped to the text): index i of the result is index start + i of the text. */
export function foldSlice(text: string, start: number, end: number): string {
  const from = Math.max(0, start);
  const to = Math.min(text.length, end);
  let out = "";
  for (let i = from; i < to; i += 1) out += String.fromCharCode(foldCode(text.charCodeAt(i)));
  return out;
}

/** Whether the folded text at `at` reads `word` (a folded literal). */
export function foldedAt(text: string, at: number, word: string): boolean {
  if (at < 0 || at + word.length > text.length) return false;
  const folds = foldingTable();
  for (let k = 0; k < word.length; k += 1)
    if (foldWith(folds, text.charCodeAt(at + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/** True for letters of Latin scripts (ASCII, Latin-1, Latin Extended, Vietnamese) — not CJK, not digits. */
export function isLatinLetter(code: number): boolean {
  // Below U+00C0 only ASCII letters count; setting bit 5 maps "A"–"Z" onto "a"–"z", so one range test takes both.
  if (code < 0xc0) return (code | 32) >= 97 && (code | 32) <= 122;
  return (code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff);
}

// The Cyrillic and Greek letters the lenient code parser repairs to Latin ones (src/document-code/lex-repairing.ts).
const LOOKALIKE_LETTERS = "АВСЕНІЈКМОРЅТХУасеіјорѕхуһԛԜԝΑΒΕΖΗΙΚΜΝΟΡΤΥΧο";

/** True for a Cyrillic or Greek letter that renders like a Latin one ("ТW" with a Cyrillic Т), read as part of a code. */
export function isLookalikeLetter(code: number): boolean {
  return code >= 0x391 && code <= 0x52f && LOOKALIKE_LETTERS.includes(String.fromCharCode(code));
}

/** True for ASCII digits. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** True for white space other than line breaks counted as one gap ("57-NQ/\nTW" still joins). */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x202f;
}

/** True for what `\s` matches in a regular expression (Unicode white space, line breaks, BOM). */
export function isWhiteSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

// Pure memo, for characters below U+1F00: bit 1 when lower-casing changes it, bit 2 when upper-casing does.
let cases: Uint8Array | undefined;

function caseOf(code: number): number {
  if (cases === undefined) {
    const built = new Uint8Array(TABLE_END);
    for (let c = 0; c < TABLE_END; c += 1) {
      const char = String.fromCharCode(c);
      built[c] = (char !== char.toLowerCase() ? 1 : 0) | (char !== char.toUpperCase() ? 2 : 0);
    }
    cases = built;
  }
  if (code < TABLE_END) return cases[code] ?? 0;
  const char = String.fromCharCode(code);
  return (char !== char.toLowerCase() ? 1 : 0) | (char !== char.toUpperCase() ? 2 : 0);
}

/** True for a character that lower-casing changes (an upper-case or title-case letter). */
export function isUpperCase(code: number): boolean {
  return (caseOf(code) & 1) !== 0;
}

/** True for a character that upper-casing changes (a lower-case or title-case letter). */
export function isLowerCase(code: number): boolean {
  return (caseOf(code) & 2) !== 0;
}

/**
 * Words grouped by their first character, for {@link foldedAnyAt}; build once per list and keep. ASCII first
 * characters (all the folded word lists today) are looked up by index, any other through the map.
 */
export interface FirstLetterIndex {
  readonly ascii: readonly (readonly string[] | undefined)[];
  readonly byCode: ReadonlyMap<number, readonly string[]>;
}

/** Groups folded words by their first character, keeping their order. */
export function indexByFirstLetter(words: readonly string[]): FirstLetterIndex {
  const map = new Map<number, string[]>();
  for (const word of words) {
    const list = map.get(word.charCodeAt(0)) ?? [];
    list.push(word);
    map.set(word.charCodeAt(0), list);
  }
  const ascii: (readonly string[] | undefined)[] = new Array(128).fill(undefined);
  for (const [code, list] of map) if (code < 128) ascii[code] = list;
  return { ascii, byCode: map };
}

/** The words of `index` starting with the character `code` (a folded one), in list order. */
export function wordsStartingWith(index: FirstLetterIndex, code: number): readonly string[] | undefined {
  return code < 128 ? index.ascii[code] : index.byCode.get(code);
}

/** The first word of the index (in list order) that the folded text reads at `at`, before `limit`, if any. */
export function foldedAnyAt(
  text: string,
  at: number,
  index: FirstLetterIndex,
  limit = text.length,
): string | undefined {
  const words = wordsStartingWith(index, foldCode(text.charCodeAt(at)));
  if (words === undefined) return undefined;
  for (let k = 0; k < words.length; k += 1) {
    const word = words[k] as string;
    if (at + word.length <= limit && foldedAt(text, at, word)) return word;
  }
  return undefined;
}
