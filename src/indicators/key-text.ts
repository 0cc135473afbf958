import { foldDiacritics } from "../text/index.js";

/*
 * Word tables are matched against a "key" of the text: lower case, Vietnamese and Latin diacritics folded
 * (đ → d), and exactly as long as the text, so that an index in the key is the same index in the text.
 */

// Code units whose key is one unit, read without context: Latin letters with diacritics (the fold tables), Latin-1
// punctuation, general punctuation and currency signs. Other characters (combining marks, surrogates, Greek Σ whose
// lower case depends on the next letter) send the whole text to the general path.
const QUICK_RANGES: readonly (readonly [number, number])[] = Object.freeze([
  [0x80, 0x250],
  [0x1e00, 0x1f00],
  [0x2000, 0x20d0],
]);

const QUICK_MIN_LENGTH = 8192;

// Built on first use, never at import time; it only mirrors foldDiacritics and toLowerCase, so sharing it is safe.
let quickUnits: Uint16Array | undefined;

/** The key unit of each code unit of {@link QUICK_RANGES}, 0 elsewhere (no such unit keys to 0). */
function buildQuickUnits(): Uint16Array {
  const table = new Uint16Array(0x20d0);
  for (const [from, to] of QUICK_RANGES) {
    for (let code = from; code < to; code++) {
      const key = foldDiacritics(String.fromCharCode(code)).toLowerCase();
      if (key.length === 1 && key.charCodeAt(0) !== 0) table[code] = key.charCodeAt(0);
    }
  }
  return table;
}

/** The key of each unit, from the table; `undefined` as soon as one unit needs the general path. */
function quickKey(text: string): string | undefined {
  quickUnits ??= buildQuickUnits();
  const table = quickUnits;
  const units = new Uint16Array(text.length);
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) units[i] = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
    else {
      const key = code < table.length ? (table[code] ?? 0) : 0;
      if (key === 0) return undefined;
      if (key >= 0x80) ascii = false;
      units[i] = key;
    }
  }
  // A key of ASCII only (folded Vietnamese, English, Polish) is decoded in one call, without the argument lists
  // fromCharCode needs (a megabyte of text would leave megabytes of them to collect); the Encoding Standard's
  // decoders read bytes below 0x80 as ASCII whatever their label.
  if (ascii) return new TextDecoder().decode(new Uint8Array(units));
  // fromCharCode in chunks keeps the argument list short; one join avoids a deep chain of concatenations.
  const parts: string[] = [];
  for (let at = 0; at < units.length; at += 8192) {
    parts.push(String.fromCharCode.apply(null, units.subarray(at, at + 8192) as unknown as number[]));
  }
  return parts.join("");
}

/**
 * The matching key of a text: lower-cased and diacritic-folded, same length as the input (characters whose
 * folded or lower-cased form would change the length are kept as they are).
 *
 * @example
 * ```ts
 * toKey("Thu Ngân sách ĐẠT"); // "thu ngan sach dat"
 * ```
 */
export function toKey(text: string): string {
  // A long text would be folded into a chain of chunks that lower-casing must flatten again: one pass over the
  // table instead (news text almost always stays within it). Short texts are faster the direct way.
  const table = text.length > QUICK_MIN_LENGTH ? quickKey(text) : undefined;
  if (table !== undefined) return table;
  const quick = foldDiacritics(text).toLowerCase();
  if (quick.length === text.length) return quick;
  let key = "";
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    const folded = foldDiacritics(char).toLowerCase();
    key += folded.length === 1 ? folded : char;
  }
  return key;
}

const WORD_CHAR = /\p{L}|\p{N}|\p{M}/u;

/**
 * Whether the UTF-16 unit at `index` belongs to a word (a letter or a digit); false outside the string.
 *
 * @example
 * ```ts
 * isWordUnit("a1 b", 2); // false
 * ```
 */
export function isWordUnit(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  }
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return WORD_CHAR.test(text.charAt(index));
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0;
}

/**
 * The index after any spaces from `index` on (at most `limit`).
 *
 * @example
 * ```ts
 * skipSpaces("a   b", 1); // 4
 * ```
 */
export function skipSpaces(text: string, index: number, limit = text.length): number {
  let pos = index;
  while (pos < limit && isSpace(text.charCodeAt(pos))) pos++;
  return pos;
}

/**
 * The index before any spaces that end just before `index` (at least `floor`).
 *
 * @example
 * ```ts
 * skipSpacesBack("a   b", 4); // 1
 * ```
 */
export function skipSpacesBack(text: string, index: number, floor = 0): number {
  let pos = index;
  while (pos > floor && isSpace(text.charCodeAt(pos - 1))) pos--;
  return pos;
}

/**
 * Whether `phrase` (a key: lower case, folded) is written at `index` and ends on a word boundary. Phrases that end
 * in punctuation (`"%"`, `"/"`) need no boundary.
 *
 * @example
 * ```ts
 * phraseAt("tang tren 10%", 5, "tren"); // true
 * phraseAt("trenh", 0, "tren"); // false
 * ```
 */
export function phraseAt(key: string, index: number, phrase: string): boolean {
  if (!key.startsWith(phrase, index)) return false;
  const last = phrase.length - 1;
  return !isWordUnit(phrase, last) || !isWordUnit(key, index + phrase.length);
}

/**
 * The first phrase of `phrases` written at `index` (the list is tried in order, so put longer phrases first).
 *
 * @example
 * ```ts
 * matchAt("khoang tren 10%", 0, ["khoang tren", "khoang"]); // "khoang tren"
 * ```
 */
export function matchAt(key: string, index: number, phrases: readonly string[]): string | undefined {
  if (index > 0 && isWordUnit(key, index - 1) && isWordUnit(key, index)) return undefined;
  // Comparing first units is much cheaper than a call to startsWith, and rejects almost every phrase.
  const first = key.charCodeAt(index);
  // An indexed loop: iterating the frozen word lists with for…of is markedly slower on this hot path.
  for (let k = 0; k < phrases.length; k++) {
    const phrase = phrases[k] as string;
    if (phrase.length > 0 && phrase.charCodeAt(0) !== first) continue;
    if (phraseAt(key, index, phrase)) return phrase;
  }
  return undefined;
}

/**
 * The first phrase of `phrases` that ends at `end` (after skipping spaces back from it) and starts on a word
 * boundary, with where it starts.
 *
 * @example
 * ```ts
 * matchBefore("tang tren 10%", 10, ["tren"]); // { phrase: "tren", start: 5 }
 * ```
 */
export function matchBefore(
  key: string,
  end: number,
  phrases: readonly string[],
  floor = 0,
): { readonly phrase: string; readonly start: number } | undefined {
  const stop = skipSpacesBack(key, end, floor);
  const last = key.charCodeAt(stop - 1);
  for (let k = 0; k < phrases.length; k++) {
    const phrase = phrases[k] as string;
    const start = stop - phrase.length;
    // The last units first: cheaper than startsWith, and they reject almost every phrase.
    if (phrase.length > 0 && phrase.charCodeAt(phrase.length - 1) !== last) continue;
    if (start < floor || !key.startsWith(phrase, start)) continue;
    if (isWordUnit(phrase, 0) && isWordUnit(key, start - 1)) continue;
    return { phrase, start };
  }
  return undefined;
}

/**
 * The first index in `[from, to)` where `phrase` is written as whole words, or -1. Looks only inside the window,
 * so that many calls over consecutive windows stay linear in the text.
 *
 * @example
 * ```ts
 * findPhrase("tang truong so voi nam 2020", "so voi", 0, 27); // 12
 * ```
 */
export function findPhrase(key: string, phrase: string, from: number, to: number): number {
  const start = Math.max(0, from);
  const end = Math.min(key.length, to);
  if (phrase === "" || end - start < phrase.length) return -1;
  return findPhraseIn(key, key.slice(start, end), start, phrase);
}

/**
 * {@link findPhrase} in a window already sliced from the key (`window` is `key.slice(start, …)`), so that many
 * phrases can be looked for in one window without a copy each.
 *
 * @example
 * ```ts
 * const key = "tang truong so voi nam 2020";
 * findPhraseIn(key, key.slice(5, 27), 5, "so voi"); // 12
 * ```
 */
export function findPhraseIn(key: string, window: string, start: number, phrase: string): number {
  if (phrase === "" || window.length < phrase.length) return -1;
  let at = window.indexOf(phrase);
  while (at >= 0) {
    if (matchAt(key, start + at, [phrase]) !== undefined) return start + at;
    at = window.indexOf(phrase, at + 1);
  }
  return -1;
}
