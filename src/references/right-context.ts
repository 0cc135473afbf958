import type { IsoDate } from "../core/index.js";
import { extractDates, safeParseRomanNumeral } from "../text/index.js";
import {
  type FirstLetterIndex,
  foldCode,
  foldedAnyAt,
  foldedAt,
  foldSlice,
  indexByFirstLetter,
  isDigit,
  isLatinLetter,
  isWhiteSpace,
  wordsStartingWith,
} from "./chars.js";
import { ISSUER_CONNECTORS, ISSUER_PHRASES, TITLE_END_WORDS, TITLE_IDIOMS, TITLE_INTRODUCERS } from "./words.js";

/** A piece read after a code: where it ends and what it says. */
export interface Piece<T> {
  readonly end: number;
  readonly value: T;
}

const DATE_WINDOW = 56;
const ISSUER_WINDOW = 96;

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

function spacesAt(text: string, at: number, max: number): number {
  let n = 0;
  while (n < max && isWhiteSpace(text.charCodeAt(at + n))) n += 1;
  return n;
}

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

// Pure memo: the lead and issuer words by their first letter, built on first use.
let leadWords: { readonly verbs: FirstLetterIndex; readonly prepositions: FirstLetterIndex } | undefined;
let issuerWords: { readonly connectors: FirstLetterIndex; readonly bare: FirstLetterIndex } | undefined;
let titleWords: FirstLetterIndex | undefined;
type ClauseWords = readonly (readonly [lower: string, upper: string])[];
let titleEnds:
  | { readonly ascii: readonly (ClauseWords | undefined)[]; readonly other: ReadonlyMap<number, ClauseWords> }
  | undefined;

// The clause words by their folded first letter: an array for ASCII letters (all of them today), so a title pays one
// index per space, and a map for any other letter.
function titleEndsByLetter(): NonNullable<typeof titleEnds> {
  const ascii: (ClauseWords | undefined)[] = new Array(128).fill(undefined);
  const other = new Map<number, ClauseWords>();
  for (const [key, words] of indexByFirstLetter(TITLE_END_WORDS).byCode) {
    const folded = foldCode(key);
    const forms = words.map((word) => [word, word.toUpperCase()] as const);
    if (folded < 128) ascii[folded] = forms;
    else other.set(folded, forms);
  }
  return { ascii, other };
}

/** Whether a clause word of words.ts (either case, diacritics kept) stands at `at` as a whole word. */
function clauseWordAt(text: string, at: number, bound: number): boolean {
  // Looked up by the folded first letter, then compared with the word's lower- and upper-case forms: no allocation.
  titleEnds ??= titleEndsByLetter();
  const folded = foldCode(text.charCodeAt(at));
  const words = folded < 128 ? titleEnds.ascii[folded] : titleEnds.other.get(folded);
  if (words === undefined) return false;
  for (let w = 0; w < words.length; w += 1) {
    const [word, upper] = words[w] as readonly [string, string];
    if (at + word.length > bound) continue;
    let k = 0;
    while (k < word.length) {
      const c = text.charCodeAt(at + k);
      if (c !== word.charCodeAt(k) && c !== upper.charCodeAt(k)) break;
      k += 1;
    }
    if (k === word.length && !isLatinLetter(text.charCodeAt(at + k))) return true;
  }
  return false;
}

/** Whether text[start, end) is a phrase "on" makes an adverb of ("on time"), not a title. */
function isIdiom(text: string, start: number, end: number): boolean {
  return end - start <= 12 && TITLE_IDIOMS.includes(foldSlice(text, start, end));
}

/** The first three folded letters at `at` as one number (letters only), to look up date-word openings. */
function openingKey(text: string, at: number): number {
  let key = 0;
  for (let k = 0; k < 3; k += 1) {
    const c = foldCode(text.charCodeAt(at + k));
    if (c < 97 || c > 122) return -1;
    key = key * 32 + (c - 96);
  }
  return key;
}

let dateOpenings: ReadonlySet<number> | undefined;

/** The one place a date may start after `at` (the lead is read greedily: no date opens with its words), or -1. */
function leadEnd(text: string, at: number): { start: number; parenthesis: boolean } | undefined {
  let i = at;
  for (let n = 0; n < 3 && (text.charCodeAt(i) === 44 || isWhiteSpace(text.charCodeAt(i))); n += 1) i += 1;
  const parenthesis = text.charCodeAt(i) === 40;
  if (parenthesis) i += 1 + spacesAt(text, i + 1, 1);
  leadWords ??= { verbs: indexByFirstLetter(DATE_VERBS), prepositions: indexByFirstLetter(DATE_PREPOSITIONS) };
  const verb = afterWord(text, i, leadWords.verbs);
  if (verb >= 0) i = verb;
  const preposition = afterWord(text, i, leadWords.prepositions);
  if (preposition >= 0) i = preposition;
  const c = text.charCodeAt(i);
  if (isDigit(c)) return { start: i, parenthesis };
  if (!isLatinLetter(c)) return undefined;
  dateOpenings ??= new Set([...DATE_WORD_OPENINGS].map((word) => openingKey(word, 0)));
  return dateOpenings.has(openingKey(text, i)) ? { start: i, parenthesis } : undefined;
}

/** Reads a date right after `at` ("ngày 22/12/2024", ", dated December 22, 2024", "z dnia 25 października 2017 r."). */
export function readDate(text: string, at: number): Piece<IsoDate> | undefined {
  const lead = leadEnd(text, at);
  if (lead === undefined || lead.start >= at + DATE_WINDOW) return undefined;
  const [first] = extractDates(text.slice(at, at + DATE_WINDOW), { minPrecision: "day" });
  if (first?.date.iso === undefined || at + first.span.start !== lead.start) return undefined;
  let end = at + first.span.end;
  // An opening parenthesis is only part of the phrase when the date closes it.
  if (lead.parenthesis) {
    const close = /^\s?\)/.exec(text.slice(end, end + 2));
    if (close === null) return undefined;
    end += close[0].length;
  }
  return { end, value: first.date.iso };
}

/** An issuer read after a code or date. */
export interface ReadIssuer {
  readonly organId: string;
  readonly term?: number;
}

const ORDINAL_BEFORE = /^(\d{1,2})(?:st|nd|rd|th)\s{1,2}/;
const ROMAN_BEFORE = /^([ivxl]{1,6})\s{1,2}(?=kc )/;
// One anchor in front of both forms: the engine then tries the start of the string only.
const TERM_AFTER =
  /^(?:,?\s{0,2}\(?\s?(?:khoa|nhiem ky|term|kadencji)\s{1,2}([ivxl]{1,6}|\d{1,2})(?:\s?\))?|\s{0,2}\(([ivxl]{1,6})\s{1,2}kadencji\))/;

function termNumber(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (/^\d+$/.test(raw)) return Number(raw);
  const result = safeParseRomanNumeral(raw.toUpperCase());
  return result.success ? result.data : undefined;
}

// Without a connector, only an ordinal ("16th"), a Roman term before "KC" or a Polish genitive opens an issuer.
const BARE_ISSUER_OPENINGS: readonly string[] = ["kc ", "komitetu ", "biura ", "sekretariatu"];

function isRomanLetter(code: number): boolean {
  return code === 105 || code === 118 || code === 120 || code === 108;
}

/** Whether an issuer may follow `at`, checked in place: the filter in front of {@link readIssuer}'s full reading. */
function mayNameIssuer(text: string, at: number): boolean {
  let i = at;
  while (i - at < 3 && (text.charCodeAt(i) === 44 || text.charCodeAt(i) === 32 || text.charCodeAt(i) === 10)) i += 1;
  issuerWords ??= {
    connectors: indexByFirstLetter(ISSUER_CONNECTORS),
    bare: indexByFirstLetter(BARE_ISSUER_OPENINGS),
  };
  if (foldedAnyAt(text, i, issuerWords.connectors) !== undefined) return true;
  if (isDigit(text.charCodeAt(i))) return true;
  if (foldedAnyAt(text, i, issuerWords.bare) !== undefined) return true;
  let roman = i;
  while (roman - i < 6 && isRomanLetter(foldCode(text.charCodeAt(roman)))) roman += 1;
  if (roman === i) return false;
  const gap = spacesAt(text, roman, 2);
  return gap > 0 && foldedAt(text, roman + gap, "kc ");
}

/** The fold of one character as the issuer reader sees it: a line break or tab inside an organ's name is a space. */
function foldSpaced(code: number): number {
  return code === 10 || code === 9 ? 32 : foldCode(code);
}

/** Whether the folded text at `at` reads `word` entirely before `limit` (line breaks and tabs read as spaces). */
function spacedWordAt(text: string, at: number, word: string, limit: number): boolean {
  if (at + word.length > limit) return false;
  for (let k = 0; k < word.length; k += 1) if (foldSpaced(text.charCodeAt(at + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/** text[start, end) folded as {@link foldSpaced} does: the few characters the issuer reader's patterns look at. */
function foldedSpacedSlice(text: string, start: number, end: number): string {
  let out = "";
  for (let i = start; i < end; i += 1) out += String.fromCharCode(foldSpaced(text.charCodeAt(i)));
  return out;
}

// Pure memo: the issuer phrases by their first letter, in table order (the first phrase that reads wins).
let issuerPhrases: Map<number, (readonly [phrase: string, organId: string])[]> | undefined;

function phrasesStartingWith(code: number): readonly (readonly [phrase: string, organId: string])[] | undefined {
  if (issuerPhrases === undefined) {
    const built = new Map<number, (readonly [phrase: string, organId: string])[]>();
    for (const entry of ISSUER_PHRASES) {
      const first = entry[0].charCodeAt(0);
      const list = built.get(first);
      if (list === undefined) built.set(first, [entry]);
      else list.push(entry);
    }
    issuerPhrases = built;
  }
  return issuerPhrases.get(code);
}

// The ordinal or Roman term before an organ ("16th ", "xiii kc ") is at most this long; the term after it, at most
// TERM_AFTER_WINDOW: the patterns run on these few folded characters, never on a whole window.
const TERM_BEFORE_WINDOW = 16;
const TERM_AFTER_WINDOW = 32;

/**
 * Whether {@link TERM_AFTER} may match at `at`: its words ("khóa", "nhiệm kỳ", "term", "kadencji") or a Roman term
 * in parentheses must come right after the commas, spaces and "(" that may open it. Most issuers end a sentence or
 * run into the next words, and this check drops them without building a string for the pattern.
 */
function mayHaveTerm(text: string, at: number, limit: number): boolean {
  let i = at;
  let parenthesis = false;
  for (; i < limit && i - at < 6; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 40) parenthesis = true;
    else if (c !== 44 && !isWhiteSpace(c)) break;
  }
  const a = foldSpaced(text.charCodeAt(i));
  const b = foldSpaced(text.charCodeAt(i + 1));
  return (
    (a === 107 && (b === 104 || b === 97)) ||
    (a === 110 && b === 104) ||
    (a === 116 && b === 101) ||
    (parenthesis && isRomanLetter(a))
  );
}

/**
 * Reads an issuer right after `at` ("của Bộ Chính trị", "of the 16th Provincial Party Executive Committee"), in
 * place: the words are compared folded where they stand, and only the few characters of a term are folded into a
 * string for its patterns.
 */
export function readIssuer(text: string, at: number): Piece<ReadIssuer> | undefined {
  if (!mayNameIssuer(text, at)) return undefined;
  const limit = Math.min(text.length, at + ISSUER_WINDOW);
  let pos = at;
  while (pos < limit && pos - at < 3) {
    const c = text.charCodeAt(pos);
    if (c !== 44 && c !== 32 && c !== 10 && c !== 9) break;
    pos += 1;
  }
  issuerWords ??= {
    connectors: indexByFirstLetter(ISSUER_CONNECTORS),
    bare: indexByFirstLetter(BARE_ISSUER_OPENINGS),
  };
  let connector = "";
  for (const candidate of wordsStartingWith(issuerWords.connectors, foldSpaced(text.charCodeAt(pos))) ?? []) {
    if (spacedWordAt(text, pos, candidate, limit)) {
      connector = candidate;
      break;
    }
  }
  pos += connector.length;
  let term: number | undefined;
  const first = foldSpaced(text.charCodeAt(pos));
  const ordinal =
    isDigit(first) || isRomanLetter(first)
      ? (() => {
          const head = foldedSpacedSlice(text, pos, Math.min(limit, pos + TERM_BEFORE_WINDOW));
          return ORDINAL_BEFORE.exec(head) ?? ROMAN_BEFORE.exec(head);
        })()
      : null;
  if (ordinal !== null) {
    term = termNumber(ordinal[1]);
    pos += ordinal[0].length;
  }
  for (const [phrase, organId] of phrasesStartingWith(foldSpaced(text.charCodeAt(pos))) ?? []) {
    if (!spacedWordAt(text, pos, phrase, limit)) continue;
    const after = pos + phrase.length < limit ? foldSpaced(text.charCodeAt(pos + phrase.length)) : Number.NaN;
    if ((after >= 97 && after <= 122) || (after >= 48 && after <= 57)) continue;
    // Without a connector only the genitive-like forms may follow directly (Polish "XIII KC Partii").
    if (connector === "" && ordinal === null && !/partii|politycznego|sekretariatu/.test(phrase)) return undefined;
    let end = pos + phrase.length;
    const termMatch = mayHaveTerm(text, end, limit)
      ? TERM_AFTER.exec(foldedSpacedSlice(text, end, Math.min(limit, end + TERM_AFTER_WINDOW)))
      : null;
    if (termMatch !== null) {
      term = termNumber(termMatch[1] ?? termMatch[2]) ?? term;
      end += termMatch[0].length;
    }
    return { end, value: term === undefined ? { organId } : { organId, term } };
  }
  return undefined;
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
  let end = start;
  const stop = Math.min(bound, start + TITLE_MAX);
  for (; end < stop; end += 1) {
    const c = text.charCodeAt(end);
    // Letters, the bulk of a title, are neither stops nor white space: one test passes them.
    if ((c >= 65 && c < 0xa0) || (c >= 0xc0 && c < 0x1680)) continue;
    if (isTitleStop(c)) break;
    // A clause word after a space ends the title: "… khoa học được triển khai", "… Legal Documents took effect".
    if (isWhiteSpace(c) && end > start && clauseWordAt(text, end + 1, bound)) break;
  }
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end -= 1;
  if (end - start < 3 || isIdiom(text, start, end)) return undefined;
  if (!isLatinLetter(text.charCodeAt(start)) && !/\p{L}/u.test(text.slice(start, start + 1))) return undefined;
  return { end, value: text.slice(start, end) };
}
