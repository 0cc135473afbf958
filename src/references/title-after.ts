/*
 * The title written after a reference: quoted, or introduced by "về" / "on" / "w sprawie" and ended by a stop, a
 * clause word or the end of an enumeration.
 */
import {
  type FirstLetterIndex,
  foldedAnyAt,
  foldSlice,
  indexByFirstLetter,
  isLatinLetter,
  isWhiteSpace,
} from "./chars.js";
import type { Piece } from "./right-context.js";
import { TITLE_END_WORDS, TITLE_IDIOMS, TITLE_INTRODUCERS } from "./words.js";

// Pure memo: the title introducers by their first letter, built on first use.
let titleWords: FirstLetterIndex | undefined;
// Each clause word as two strings in a row: its lower-case form, then its upper-case form.
type ClauseWords = readonly string[];
let titleEnds:
  | {
      readonly low: readonly (ClauseWords | undefined)[];
      /** Per first unit below CLAUSE_TABLE_END: bit (c & 31) set for every second unit c of its words. */
      readonly seconds: Int32Array;
      readonly other: ReadonlyMap<number, ClauseWords>;
    }
  | undefined;

// The clause words by the code unit they open with (the lower- or upper-case form of their first letter), so a title
// pays one index per space, and only the words that can match are compared, from their second letter on.
const CLAUSE_TABLE_END = 0x250;

function clauseWordsByFirstUnit(): NonNullable<typeof titleEnds> {
  const table: string[][] = [];
  const other = new Map<number, string[]>();
  const add = (code: number, word: string, upper: string) => {
    let list = code < CLAUSE_TABLE_END ? table[code] : other.get(code);
    if (list === undefined) {
      list = [];
      if (code < CLAUSE_TABLE_END) table[code] = list;
      else other.set(code, list);
    }
    list.push(word, upper);
  };
  for (const word of TITLE_END_WORDS) {
    const upper = word.toUpperCase();
    add(word.charCodeAt(0), word, upper);
    if (upper.charCodeAt(0) !== word.charCodeAt(0)) add(upper.charCodeAt(0), word, upper);
  }
  const low: (ClauseWords | undefined)[] = new Array(CLAUSE_TABLE_END).fill(undefined);
  const seconds = new Int32Array(CLAUSE_TABLE_END);
  table.forEach((words, code) => {
    low[code] = words;
    // A one-letter word matches whatever follows its letter: all bits.
    for (const word of words)
      seconds[code] = (seconds[code] ?? 0) | (word.length > 1 ? 1 << (word.charCodeAt(1) & 31) : -1);
  });
  return { low, seconds, other };
}

/** Whether a clause word of words.ts (either case, diacritics kept) stands at `at` as a whole word. */
function clauseWordAt(text: string, at: number, bound: number): boolean {
  titleEnds ??= clauseWordsByFirstUnit();
  const first = text.charCodeAt(at);
  const second = text.charCodeAt(at + 1);
  // Most words after a space open with a letter no clause word opens with, or go on with one none goes on with.
  if (first < CLAUSE_TABLE_END && ((titleEnds.seconds[first] as number) & (1 << (second & 31))) === 0) return false;
  const words = first < CLAUSE_TABLE_END ? titleEnds.low[first] : titleEnds.other.get(first);
  if (words === undefined) return false;
  // The first unit is the list's key, one of each word's two forms: the comparison starts at the second.
  for (let w = 0; w < words.length; w += 2) {
    const word = words[w] as string;
    const upper = words[w + 1] as string;
    if (
      (word.length > 1 && second !== word.charCodeAt(1) && second !== upper.charCodeAt(1)) ||
      at + word.length > bound
    )
      continue;
    let k = 2;
    while (k < word.length) {
      const c = text.charCodeAt(at + k);
      if (c !== word.charCodeAt(k) && c !== upper.charCodeAt(k)) break;
      k += 1;
    }
    if (k >= word.length && !isLatinLetter(text.charCodeAt(at + word.length))) return true;
  }
  return false;
}

/** Whether text[start, end) is a phrase "on" makes an adverb of ("on time"), not a title. */
function isIdiom(text: string, start: number, end: number): boolean {
  return end - start <= 12 && TITLE_IDIOMS.includes(foldSlice(text, start, end));
}

// Compared by code unit, so no one-character string is made per title: “ " « „ open, ” " » “ close.
function isQuoteOpen(code: number): boolean {
  return code === 0x201c || code === 34 || code === 0xab || code === 0x201e;
}

function isQuoteClose(code: number): boolean {
  return code === 0x201d || code === 34 || code === 0xbb || code === 0x201c;
}

const TITLE_MAX = 200;
// A line break, . ; ! ? ( ) " , : (bits of a mask over the codes 32…63), and “ ” « » end an unquoted title.
const STOPS =
  (1 << (33 - 32)) |
  (1 << (34 - 32)) |
  (1 << (40 - 32)) |
  (1 << (41 - 32)) |
  (1 << (44 - 32)) |
  (1 << (46 - 32)) |
  (1 << (58 - 32)) |
  (1 << (59 - 32)) |
  (1 << (63 - 32));

function isTitleStop(code: number): boolean {
  if (code < 32) return code === 10;
  if (code < 64) return (STOPS & (1 << (code - 32))) !== 0;
  return code === 0x201c || code === 0x201d || code === 0xab || code === 0xbb;
}

/** Reads a title right after `at`: quoted, or introduced by "về" / "on" / "w sprawie", ending before `limit`. */
/**
 * Where an unquoted title that starts at `start` runs to from `from`, encoded as `end * 2`, plus 1 when a clause word
 * after a space ended it ("… khoa học được triển khai", "… Legal Documents took effect") rather than a stop
 * character or the room. A clause word counts only after `guard`.
 */
function runEnd(text: string, guard: number, from: number, stop: number, bound: number): number {
  for (let end = from; end < stop; end += 1) {
    const c = text.charCodeAt(end);
    // Letters, the bulk of a title, are neither stops nor white space: one test passes them.
    if ((c >= 65 && c < 0xa0) || (c >= 0xc0 && c < 0x1680)) continue;
    // A plain space, between most words, is no stop: only the clause word after it may end the title.
    if (c === 32) {
      if (end > guard && clauseWordAt(text, end + 1, bound)) return end * 2 + 1;
      continue;
    }
    if (isTitleStop(c)) return end * 2;
    if (isWhiteSpace(c) && end > guard && clauseWordAt(text, end + 1, bound)) return end * 2 + 1;
  }
  return stop * 2;
}

// A title goes on past a comma only as an enumeration: "phương hướng, nhiệm vụ …", "socio-economic, defence and
// Party-building tasks". These words join its last item.
const COORDINATORS: readonly string[] = ["và", "va", "and", "oraz"];
const MAX_ITEMS = 5;

/** Whether a coordinator stands as a whole word in text[from, to). */
function hasCoordinator(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    if (text.charCodeAt(i) !== 32) continue;
    for (const word of COORDINATORS)
      if (text.startsWith(word, i + 1) && text.charCodeAt(i + 1 + word.length) === 32 && i + 1 + word.length < to)
        return true;
  }
  return false;
}

/**
 * Where a title cut at the comma `first` really ends. The items after the comma belong to it when they read as an
 * enumeration: the next clause starts right after a later comma (", trong đó …", ", which …"), or the last item
 * holds a coordinator ("và", "and") and the sentence ends with that item. An item that turns into a clause ("…, tỉnh đã
 * ban hành …") or a sentence without a coordinator (", the province said.") leaves the title at `first`.
 */
function pastCommas(text: string, first: number, stop: number, bound: number): number {
  let comma = first;
  for (let items = 0; items < MAX_ITEMS; items += 1) {
    const run = runEnd(text, comma, comma + 1, stop, bound);
    const end = run >> 1;
    if ((run & 1) === 1) return end === comma + 1 ? comma : first;
    if (text.charCodeAt(end) === 44 && end < stop) {
      comma = end;
      continue;
    }
    return end < stop && hasCoordinator(text, comma + 1, end) ? end : first;
  }
  return first;
}

export function readTitle(text: string, at: number, limit: number): Piece<string> | undefined {
  const bound = Math.min(limit, text.length, at + TITLE_MAX + 24);
  let i = 0;
  while (at + i < bound && i < 3 && (text.charCodeAt(at + i) === 44 || text.charCodeAt(at + i) === 32)) i += 1;
  titleWords ??= indexByFirstLetter(TITLE_INTRODUCERS);
  const introducer = foldedAnyAt(text, at + i, titleWords, bound);
  const introduced = introducer !== undefined;
  if (introduced) i += introducer.length;
  if (at + i < bound && isQuoteOpen(text.charCodeAt(at + i))) {
    const open = at + i;
    for (let j = open + 1; j < bound && j - open <= TITLE_MAX; j += 1) {
      const c = text.charCodeAt(j);
      if (c === 10) return undefined;
      if (isQuoteClose(c) && j > open + 1) return { end: j + 1, value: text.slice(open + 1, j).trim() };
    }
    return undefined;
  }
  if (!introduced) return undefined;
  const start = at + i;
  const stop = Math.min(bound, start + TITLE_MAX);
  const run = runEnd(text, start, start, stop, bound);
  let end = run >> 1;
  if ((run & 1) === 0 && text.charCodeAt(end) === 44) end = pastCommas(text, end, stop, bound);
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end -= 1;
  if (end - start < 3 || isIdiom(text, start, end)) return undefined;
  if (!isLatinLetter(text.charCodeAt(start)) && !/\p{L}/u.test(text.slice(start, start + 1))) return undefined;
  return { end, value: text.slice(start, end) };
}
