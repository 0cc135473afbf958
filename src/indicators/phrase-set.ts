import { isWordUnit, skipSpacesBack } from "./key-text.js";

/*
 * Phrase tables as maps, so that "which of these 60 phrases ends here?" costs a few map lookups instead of 60
 * string comparisons. Built once per top-level call from the frozen word tables; nothing is cached between calls.
 */

/**
 * Phrases (matching keys) with a value each, and the most words any phrase has.
 *
 * @example
 * ```ts
 * const set: PhraseSet<string> = createPhraseSet([["khong qua", "<="], ["tren", ">"]]);
 * set.maxWords; // 2
 * ```
 */
export interface PhraseSet<T> {
  readonly byPhrase: ReadonlyMap<string, T>;
  readonly maxWords: number;
  /** The first characters of the phrases: a quick rejection before any slicing. */
  readonly firstChars: string;
}

/**
 * Builds a {@link PhraseSet}; the first value given for a phrase wins.
 *
 * @example
 * ```ts
 * createPhraseSet([["tren", ">"]]).byPhrase.get("tren"); // ">"
 * ```
 */
export function createPhraseSet<T>(entries: Iterable<readonly [string, T]>): PhraseSet<T> {
  const byPhrase = new Map<string, T>();
  let maxWords = 1;
  let firstChars = "";
  for (const [phrase, value] of entries) {
    if (!byPhrase.has(phrase)) byPhrase.set(phrase, value);
    maxWords = Math.max(maxWords, phrase.split(" ").length);
    if (!firstChars.includes(phrase.charAt(0))) firstChars += phrase.charAt(0);
  }
  return { byPhrase, maxWords, firstChars };
}

// No phrase of the tables is this long: longer chunks are not read, which keeps lookups constant-time on
// adversarial input (a megabyte without spaces).
const MAX_CHUNK = 48;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0;
}

/**
 * The longest phrase of the set that ends at `index` (after skipping spaces back), made of whole space-separated
 * chunks (opening punctuation of the first chunk, such as "(", may be left out). Nothing before `floor` is read.
 *
 * @example
 * ```ts
 * phraseBefore("tang khong qua 3%", 14, 0, set); // { phrase: "khong qua", start: 5, value: "<=" }
 * ```
 */
export function phraseBefore<T>(
  key: string,
  index: number,
  floor: number,
  set: PhraseSet<T>,
): { readonly phrase: string; readonly start: number; readonly value: T } | undefined {
  const stop = skipSpacesBack(key, index, floor);
  const starts: number[] = [];
  let pos = stop;
  for (let words = 0; words < set.maxWords && pos > floor; words++) {
    let start = pos;
    const lowest = Math.max(floor, pos - MAX_CHUNK);
    while (start > lowest && !isSpace(key.charCodeAt(start - 1))) start--;
    if (start === pos || (start === lowest && start > floor && !isSpace(key.charCodeAt(start - 1)))) break;
    starts.push(start);
    pos = skipSpacesBack(key, start, floor);
  }
  for (let k = starts.length - 1; k >= 0; k--) {
    let start = starts[k] ?? stop;
    let phrase = key.slice(start, stop);
    let value = set.byPhrase.get(phrase);
    if (value === undefined && !isWordUnit(key, start)) {
      while (start < stop && !isWordUnit(key, start)) start++;
      phrase = key.slice(start, stop);
      value = set.byPhrase.get(phrase);
    }
    if (value !== undefined) return { phrase, start, value };
  }
  return undefined;
}

/**
 * The longest phrase of the set written at `index` as whole words (runs of letters and digits separated by
 * single spaces), if any.
 *
 * @example
 * ```ts
 * phraseAfter("doanh nghiep thanh lap moi.", 0, nouns); // { phrase: "doanh nghiep thanh lap moi", end: 26, value: … }
 * ```
 */
export function phraseAfter<T>(
  key: string,
  index: number,
  limit: number,
  set: PhraseSet<T>,
): { readonly phrase: string; readonly end: number; readonly value: T } | undefined {
  if (!set.firstChars.includes(key.charAt(index)) || (index > 0 && isWordUnit(key, index - 1))) return undefined;
  const ends: number[] = [];
  let pos = index;
  for (let words = 0; words < set.maxWords && pos < limit && isWordUnit(key, pos); words++) {
    const highest = Math.min(limit, pos + MAX_CHUNK);
    for (;;) {
      while (pos < highest && isWordUnit(key, pos)) pos++;
      // A hyphenated word ("full-process") goes on: its first part is a candidate end of its own.
      if (pos + 1 >= highest || key.charCodeAt(pos) !== 0x2d || !isWordUnit(key, pos + 1)) break;
      ends.push(pos);
      pos++;
    }
    if (pos === highest && pos < limit && isWordUnit(key, pos)) break;
    ends.push(pos);
    if (key.charCodeAt(pos) !== 0x20) break;
    pos++;
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const end = ends[k] ?? index;
    const phrase = key.slice(index, end);
    const value = set.byPhrase.get(phrase);
    if (value !== undefined) return { phrase, end, value };
  }
  return undefined;
}
