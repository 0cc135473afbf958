import { isWordUnit, skipSpacesBack } from "./key-text.js";

/*
 * Phrase tables as maps, so that "which of these 60 phrases ends here?" costs a few map lookups instead of 60
 * string comparisons. Two bit sets of the phrases' first and last two characters reject most positions before any
 * slicing: the readers ask at every word of the sentences that name an indicator.
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
  /** Bit set of {@link pairBit} of each phrase's first two units (first unit and 0 for one-unit phrases). */
  readonly heads: Uint32Array;
  /** Bit set of {@link pairBit} of each phrase's last two units, last first (last unit and 0 for one-unit phrases). */
  readonly tails: Uint32Array;
}

// Pairs are hashed on their low bytes: keys are mostly ASCII, and a collision only costs the slower check.
function pairBit(first: number, second: number): number {
  return ((first & 0xff) << 8) | (second & 0xff);
}

function setBit(bits: Uint32Array, bit: number): void {
  bits[bit >>> 5] = (bits[bit >>> 5] ?? 0) | (1 << (bit & 31));
}

function hasBit(bits: Uint32Array, bit: number): boolean {
  return ((bits[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
}

/** Whether a phrase of the set may be written from `index` on, judging by its first two units. */
function mayStartAt<T>(set: PhraseSet<T>, key: string, index: number): boolean {
  const first = key.charCodeAt(index);
  return hasBit(set.heads, pairBit(first, key.charCodeAt(index + 1))) || hasBit(set.heads, pairBit(first, 0));
}

/** Whether a phrase of the set may end just before `end`, judging by its last two units. */
function mayEndAt<T>(set: PhraseSet<T>, key: string, end: number): boolean {
  const last = key.charCodeAt(end - 1);
  return hasBit(set.tails, pairBit(last, key.charCodeAt(end - 2))) || hasBit(set.tails, pairBit(last, 0));
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
  const heads = new Uint32Array(2048);
  const tails = new Uint32Array(2048);
  for (const [phrase, value] of entries) {
    if (!byPhrase.has(phrase)) byPhrase.set(phrase, value);
    maxWords = Math.max(maxWords, phrase.split(" ").length);
    if (!firstChars.includes(phrase.charAt(0))) firstChars += phrase.charAt(0);
    const last = phrase.length - 1;
    // An empty phrase (none of the tables has one) would match anywhere: every pair is let through.
    if (phrase.length === 0) {
      heads.fill(0xffffffff);
      tails.fill(0xffffffff);
    } else {
      setBit(heads, pairBit(phrase.charCodeAt(0), last > 0 ? phrase.charCodeAt(1) : 0));
      setBit(tails, pairBit(phrase.charCodeAt(last), last > 0 ? phrase.charCodeAt(last - 1) : 0));
    }
  }
  return { byPhrase, maxWords, firstChars, heads, tails };
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
  if (stop <= floor || !mayEndAt(set, key, stop)) return undefined;
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
  if (!mayStartAt(set, key, index) || (index > 0 && isWordUnit(key, index - 1))) return undefined;
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
