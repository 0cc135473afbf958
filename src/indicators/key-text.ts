import { foldDiacritics } from "../text/index.js";

/*
 * Word tables are matched against a "key" of the text: lower case, Vietnamese and Latin diacritics folded
 * (đ → d), and exactly as long as the text, so that an index in the key is the same index in the text.
 */

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
  for (const phrase of phrases) if (phraseAt(key, index, phrase)) return phrase;
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
  for (const phrase of phrases) {
    const start = stop - phrase.length;
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
  const window = key.slice(start, end);
  let at = window.indexOf(phrase);
  while (at >= 0) {
    if (matchAt(key, start + at, [phrase]) !== undefined) return start + at;
    at = window.indexOf(phrase, at + 1);
  }
  return -1;
}
