/*
 * The date written after a code or a number ("ngày 22/12/2024", ", dated December 22, 2024"): where it may start,
 * checked in place, and its reading by the text toolkit.
 */
import type { IsoDate } from "../core/index.js";
import { extractDates } from "../text/index.js";
import {
  type FirstLetterIndex,
  foldCode,
  foldedAt,
  foldingTable,
  foldWith,
  indexByFirstLetter,
  isDigit,
  isLatinLetter,
  isWhiteSpace,
  wordsStartingWith,
} from "./chars.js";
import { type Piece, spacesAt } from "./right-context.js";

const DATE_WINDOW = 56;

// Dates are read by the text toolkit (one date reader for the whole library); this module only knows the words
// that may stand between a code and its date: up to three commas or spaces, "(", a verb ("ban hành", "signed") and
// a preposition ("ngày" needs none; "dated", "z dnia", "vom"), each followed by one or two spaces.
const DATE_VERBS: readonly string[] = ["ban hanh", "ky", "issued", "adopted", "signed"];
const DATE_PREPOSITIONS: readonly string[] = [
  "dated",
  "on",
  "of",
  "z dnia",
  "dnia",
  "du",
  "del",
  "de",
  "vom",
  "le",
  "from",
];

// How a date phrase can open after the lead: digits, or the first letters of a date word ("ngày", a month name of
// the date reader's languages). A cheap filter only: the date reader still decides.
const DATE_WORD_OPENINGS: readonly string[] = /* @__PURE__ */ Object.freeze([
  "nga",
  "tha",
  "thg",
  "nam",
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
  "sty",
  "lut",
  "kwi",
  "maj",
  "cze",
  "lip",
  "sie",
  "wrz",
  "paz",
  "lis",
  "gru",
]);

/** After `word` at `at` and one or two spaces: where the next part starts, or -1. */
function afterWord(text: string, at: number, words: FirstLetterIndex): number {
  const candidates = wordsStartingWith(words, foldCode(text.charCodeAt(at)));
  if (candidates === undefined) return -1;
  for (const word of candidates) {
    if (!foldedAt(text, at, word)) continue;
    const gap = spacesAt(text, at + word.length, 2);
    if (gap > 0) return at + word.length + gap;
  }
  return -1;
}

// Pure memo: the lead words by their first letter, built on first use.
let leadWords: { readonly verbs: FirstLetterIndex; readonly prepositions: FirstLetterIndex } | undefined;

/** The first three folded letters at `at` as one number (letters only), to look up date-word openings. */
function openingKey(text: string, at: number): number {
  const folds = foldingTable();
  let key = 0;
  for (let k = 0; k < 3; k += 1) {
    const c = foldWith(folds, text.charCodeAt(at + k));
    if (c < 97 || c > 122) return -1;
    key = key * 32 + (c - 96);
  }
  return key;
}

// Pure memo: one flag per three-letter key (32 × 32 × 32), set for the date-word openings.
let dateOpenings: Uint8Array | undefined;

function dateOpeningTable(): Uint8Array {
  if (dateOpenings !== undefined) return dateOpenings;
  const table = new Uint8Array(32 * 32 * 32);
  for (const word of DATE_WORD_OPENINGS) table[openingKey(word, 0)] = 1;
  dateOpenings = table;
  return table;
}

/**
 * The one place a date may start after `at` (the lead is read greedily: no date opens with its words), as
 * `start * 2 + 1` when the lead opened a parenthesis and `start * 2` when not, or -1: a number, so nothing is
 * allocated for the many codes without a date.
 */
function leadStart(text: string, at: number): number {
  let i = at;
  for (let n = 0; n < 3; n += 1) {
    const c = text.charCodeAt(i);
    if (c !== 44 && !isWhiteSpace(c)) break;
    i += 1;
  }
  let parenthesis = 0;
  if (text.charCodeAt(i) === 40) {
    parenthesis = 1;
    i += 1 + spacesAt(text, i + 1, 1);
  }
  leadWords ??= { verbs: indexByFirstLetter(DATE_VERBS), prepositions: indexByFirstLetter(DATE_PREPOSITIONS) };
  const verb = afterWord(text, i, leadWords.verbs);
  if (verb >= 0) i = verb;
  const preposition = afterWord(text, i, leadWords.prepositions);
  if (preposition >= 0) i = preposition;
  const c = text.charCodeAt(i);
  if (isDigit(c)) return i * 2 + parenthesis;
  if (!isLatinLetter(c)) return -1;
  const key = openingKey(text, i);
  return key >= 0 && dateOpeningTable()[key] === 1 ? i * 2 + parenthesis : -1;
}

const DAY_PRECISION = /* @__PURE__ */ Object.freeze({ minPrecision: "day" as const });

/** Reads a date right after `at` ("ngày 22/12/2024", ", dated December 22, 2024", "z dnia 25 października 2017 r."). */
export function readDate(text: string, at: number): Piece<IsoDate> | undefined {
  const lead = leadStart(text, at);
  if (lead < 0) return undefined;
  const start = lead >> 1;
  if (start >= at + DATE_WINDOW) return undefined;
  // Only the lead (no digits) stands between `at` and `start`, and every date the reader finds holds a digit: a
  // window without one holds no date, and the reader is not called.
  const limit = Math.min(text.length, at + DATE_WINDOW);
  let digit = start;
  while (digit < limit && !isDigit(text.charCodeAt(digit))) digit += 1;
  if (digit >= limit) return undefined;
  const [first] = extractDates(text.slice(at, limit), DAY_PRECISION);
  if (first?.date.iso === undefined || at + first.span.start !== start) return undefined;
  let end = at + first.span.end;
  // An opening parenthesis is only part of the phrase when the date closes it.
  if ((lead & 1) === 1) {
    const c = text.charCodeAt(end);
    if (c === 41) end += 1;
    else if (isWhiteSpace(c) && text.charCodeAt(end + 1) === 41) end += 2;
    else return undefined;
  }
  return { end, value: first.date.iso };
}
