/*
 * The issuer written after a code or a date ("của Bộ Chính trị", "of the 16th Provincial Party Executive Committee"),
 * with the term written beside it, read in place.
 */
import { safeParseRomanNumeral } from "../text/index.js";
import {
  type FirstLetterIndex,
  foldCode,
  foldedAnyAt,
  foldedAt,
  foldingTable,
  foldWith,
  indexByFirstLetter,
  isDigit,
  isWhiteSpace,
  wordsStartingWith,
} from "./chars.js";
import { type Piece, spacesAt } from "./right-context.js";
import { ISSUER_CONNECTORS, ISSUER_PHRASES } from "./words.js";

const ISSUER_WINDOW = 96;

// Pure memo: the issuer words by their first letter, built on first use.
let issuerWords: { readonly connectors: FirstLetterIndex; readonly bare: FirstLetterIndex } | undefined;

/** An issuer read after a code or date. */
export interface ReadIssuer {
  readonly organId: string;
  readonly term?: number;
}

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
  const folds = foldingTable();
  for (let k = 0; k < word.length; k += 1) {
    const c = text.charCodeAt(at + k);
    if ((c === 10 || c === 9 ? 32 : foldWith(folds, c)) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** text[start, end) folded as {@link foldSpaced} does: the few characters the issuer reader's patterns look at. */
function foldedSpacedSlice(text: string, start: number, end: number): string {
  let out = "";
  for (let i = start; i < end; i += 1) out += String.fromCharCode(foldSpaced(text.charCodeAt(i)));
  return out;
}

/** An issuer phrase, with how many leading characters it shares with the phrase before it in its group. */
interface IssuerPhrase {
  readonly phrase: string;
  readonly organId: string;
  readonly shared: number;
}

// Pure memo: the issuer phrases by their first letter, in table order (the first phrase that reads wins).
let issuerPhrases: Map<number, IssuerPhrase[]> | undefined;

function commonPrefix(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a.charCodeAt(k) === b.charCodeAt(k)) k += 1;
  return k;
}

function phrasesStartingWith(code: number): readonly IssuerPhrase[] | undefined {
  if (issuerPhrases === undefined) {
    const built = new Map<number, IssuerPhrase[]>();
    for (const [phrase, organId] of ISSUER_PHRASES) {
      const first = phrase.charCodeAt(0);
      const list = built.get(first);
      const before = list?.[list.length - 1];
      const entry = { phrase, organId, shared: before === undefined ? 0 : commonPrefix(before.phrase, phrase) };
      if (list === undefined) built.set(first, [entry]);
      else list.push(entry);
    }
    issuerPhrases = built;
  }
  return issuerPhrases.get(code);
}

/** How many leading characters of `phrase` the text at `at` reads before `limit`, compared from `from` on. */
function readsFor(text: string, at: number, phrase: string, from: number, limit: number, folds: Uint16Array): number {
  let k = from;
  while (k < phrase.length && at + k < limit) {
    const c = text.charCodeAt(at + k);
    if ((c === 10 || c === 9 ? 32 : foldWith(folds, c)) !== phrase.charCodeAt(k)) break;
    k += 1;
  }
  return k;
}

// The ordinal or Roman term before an organ ("16th ", "xiii kc ") is at most this long; the term after it, at most
// TERM_AFTER_WINDOW: the term readers look no further.
const TERM_BEFORE_WINDOW = 16;
const TERM_AFTER_WINDOW = 32;

/**
 * Whether {@link readTermAfter} may read a term at `at`: its words ("khóa", "nhiệm kỳ", "term", "kadencji") or a
 * Roman term in parentheses must come right after the commas, spaces and "(" that may open it. Most issuers end a
 * sentence or run into the next words, and this check drops them after two characters.
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

/** A term read in place: how many characters it took, and its number as written (folded). */
interface TermReading {
  readonly length: number;
  readonly raw: string;
}

/** The character at `i` as the term readers see it (folded, line breaks and tabs as spaces), or NaN at `limit`. */
function termCode(text: string, i: number, limit: number): number {
  return i < limit ? foldSpaced(text.charCodeAt(i)) : Number.NaN;
}

function spaceRun(text: string, at: number, limit: number, max: number): number {
  let n = 0;
  while (n < max && isWhiteSpace(termCode(text, at + n, limit))) n += 1;
  return n;
}

function digitRun(text: string, at: number, limit: number, max: number): number {
  let n = 0;
  while (n < max && isDigit(termCode(text, at + n, limit))) n += 1;
  return n;
}

function romanRun(text: string, at: number, limit: number): number {
  let n = 0;
  while (n < 6 && isRomanLetter(termCode(text, at + n, limit))) n += 1;
  return n;
}

function termWordAt(text: string, at: number, limit: number, word: string): boolean {
  for (let k = 0; k < word.length; k += 1) if (termCode(text, at + k, limit) !== word.charCodeAt(k)) return false;
  return true;
}

// The words that open a term after an organ ("khóa XIII", "nhiệm kỳ 2020", "term XVI", "kadencji"), folded.
const TERM_WORDS: readonly string[] = ["khoa", "nhiem ky", "term", "kadencji"];

/**
 * The ordinal or Roman term before an organ, read in place within {@link TERM_BEFORE_WINDOW} characters: "16th "
 * (one or two digits, an English suffix, one or two spaces) or "xiii " before "kc " (one to six Roman letters, one
 * or two spaces).
 */
function readTermBefore(text: string, at: number, limit: number): TermReading | undefined {
  const end = Math.min(limit, at + TERM_BEFORE_WINDOW);
  const digits = digitRun(text, at, end, 3);
  if (digits > 0) {
    if (digits > 2) return undefined;
    const a = termCode(text, at + digits, end);
    const b = termCode(text, at + digits + 1, end);
    const suffix =
      (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
    const gap = suffix ? spaceRun(text, at + digits + 2, end, 2) : 0;
    return gap === 0 ? undefined : { length: digits + 2 + gap, raw: foldedSpacedSlice(text, at, at + digits) };
  }
  const roman = romanRun(text, at, end);
  const gap = roman === 0 ? 0 : spaceRun(text, at + roman, end, 2);
  if (gap === 0 || !termWordAt(text, at + roman + gap, end, "kc ")) return undefined;
  return { length: roman + gap, raw: foldedSpacedSlice(text, at, at + roman) };
}

/**
 * The term after an organ, read in place within {@link TERM_AFTER_WINDOW} characters: a comma, up to two spaces,
 * "(", a space, a term word, one or two spaces, one to six Roman letters or one or two digits and a closing ")"
 * (each but the word and the number optional), or Polish "(XIII kadencji)".
 */
function readTermAfter(text: string, at: number, limit: number): TermReading | undefined {
  const end = Math.min(limit, at + TERM_AFTER_WINDOW);
  let i = at;
  if (termCode(text, i, end) === 44) i += 1;
  i += spaceRun(text, i, end, 2);
  if (termCode(text, i, end) === 40) i += 1;
  i += spaceRun(text, i, end, 1);
  let word: string | undefined;
  for (const candidate of TERM_WORDS) if (word === undefined && termWordAt(text, i, end, candidate)) word = candidate;
  const gap = word === undefined ? 0 : spaceRun(text, i + word.length, end, 2);
  if (word !== undefined && gap > 0) {
    const start = i + word.length + gap;
    const roman = romanRun(text, start, end);
    const length = roman > 0 ? roman : digitRun(text, start, end, 2);
    if (length > 0) {
      let close = start + length;
      const c = termCode(text, close, end);
      if (c === 41) close += 1;
      else if (isWhiteSpace(c) && termCode(text, close + 1, end) === 41) close += 2;
      return { length: close - at, raw: foldedSpacedSlice(text, start, start + length) };
    }
  }
  const open = at + spaceRun(text, at, end, 2);
  if (termCode(text, open, end) !== 40) return undefined;
  const roman = romanRun(text, open + 1, end);
  const space = roman === 0 ? 0 : spaceRun(text, open + 1 + roman, end, 2);
  if (space === 0 || !termWordAt(text, open + 1 + roman + space, end, "kadencji)")) return undefined;
  return { length: open + 1 + roman + space + 9 - at, raw: foldedSpacedSlice(text, open + 1, open + 1 + roman) };
}

/**
 * Reads an issuer right after `at` ("của Bộ Chính trị", "of the 16th Provincial Party Executive Committee"), in
 * place: the words are compared folded where they stand, and only the digits or letters of a term are folded into
 * a string for its number.
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
  const ordinal = isDigit(first) || isRomanLetter(first) ? readTermBefore(text, pos, limit) : undefined;
  if (ordinal !== undefined) {
    term = termNumber(ordinal.raw);
    pos += ordinal.length;
  }
  const phrases = phrasesStartingWith(foldSpaced(text.charCodeAt(pos)));
  if (phrases === undefined) return undefined;
  const folds = foldingTable();
  // How much of the phrase before the text reads: a phrase sharing fewer characters with it reads as many as they
  // share (or as the text read, if fewer), so only a phrase that parts from it where the text did is compared.
  let read = 0;
  for (let p = 0; p < phrases.length; p += 1) {
    const { phrase, organId, shared } = phrases[p] as IssuerPhrase;
    read =
      p === 0 || read === shared
        ? readsFor(text, pos, phrase, p === 0 ? 0 : shared, limit, folds)
        : Math.min(read, shared);
    if (read !== phrase.length) continue;
    const after = pos + phrase.length < limit ? foldSpaced(text.charCodeAt(pos + phrase.length)) : Number.NaN;
    if ((after >= 97 && after <= 122) || (after >= 48 && after <= 57)) continue;
    // Without a connector only the genitive-like forms may follow directly (Polish "XIII KC Partii").
    if (connector === "" && ordinal === undefined && !/partii|politycznego|sekretariatu/.test(phrase)) return undefined;
    let end = pos + phrase.length;
    const termAfter = mayHaveTerm(text, end, limit) ? readTermAfter(text, end, limit) : undefined;
    if (termAfter !== undefined) {
      term = termNumber(termAfter.raw) ?? term;
      end += termAfter.length;
    }
    return { end, value: term === undefined ? { organId } : { organId, term } };
  }
  return undefined;
}
