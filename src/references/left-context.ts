import type { DocumentGenre } from "../document-code/index.js";
import {
  foldCode,
  foldingTable,
  foldWith,
  isDigit,
  isLatinLetter,
  isLowerCase,
  isSpace,
  isUpperCase,
} from "./chars.js";
import type { ReadIssuer } from "./right-context.js";
import { lookupWord, type TypePhrase, type WordEntry } from "./word-index.js";
import { ISSUER_PHRASES } from "./words.js";

/** What precedes a number: the type word and the number marker, and where the phrase starts. */
export interface LeftContext {
  readonly start: number;
  readonly genre: DocumentGenre | undefined;
  readonly marker: boolean;
  /** The words before the number show it is not a document (a form, a court case, a standard). */
  readonly distractor: boolean;
  /** An issuer written before the type word ("the Politburo's Resolution"). */
  readonly issuer: ReadIssuer | undefined;
}

const WINDOW = 40;
const MAX_WORD = 16;

function skipSpacesBack(text: string, i: number, floor: number): number {
  let j = i;
  while (j > floor && isSpace(text.charCodeAt(j - 1))) j -= 1;
  return j;
}

/** Start of the word (letters, and a trailing "." or ":" or "°") ending at i. */
function wordStartBack(text: string, i: number, floor: number): number {
  let j = i;
  while (j > floor && i - j < MAX_WORD) {
    const c = text.charCodeAt(j - 1);
    if (isLatinLetter(c) || ((c === 46 || c === 58 || c === 0xb0 || c === 0xba) && j === i)) j -= 1;
    else break;
  }
  return j;
}

/** Whether text[start, end) is a number marker, with or without its trailing "." or ":". */
function markerWord(text: string, start: number, end: number): boolean {
  return markerWordOf(lookupWord(text, start, end), text, start, end);
}

/** {@link markerWord} when the entry of text[start, end) is already looked up. */
function markerWordOf(entry: WordEntry | undefined, text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  if (entry?.marker === true) return true;
  const last = text.charCodeAt(end - 1);
  return (last === 46 || last === 58) && lookupWord(text, start, end - 1)?.marker === true;
}

/**
 * Whether the folded text ending at `end` reads `phrase`, with no letter or digit glued before it. The last `known`
 * characters are taken as read already (the word looked up before the phrase).
 */
function phraseEndsAt(text: string, end: number, phrase: string, known = 0): boolean {
  const at = end - phrase.length;
  if (at < 0) return false;
  const folds = foldingTable();
  for (let k = phrase.length - 1 - known; k >= 0; k -= 1)
    if (foldWith(folds, text.charCodeAt(at + k)) !== phrase.charCodeAt(k)) return false;
  const before = at > 0 ? foldCode(text.charCodeAt(at - 1)) : 32;
  return !(isLatinLetter(before) || isDigit(before));
}

/** The type phrase ending at `end` (it starts at `end` minus its length): returned as the table's own row, so a hit allocates nothing. */
function typeWordBefore(text: string, end: number): TypePhrase | undefined {
  if (end === 0 || !isLatinLetter(text.charCodeAt(end - 1))) return undefined;
  const tailStart = wordStartBack(text, end, Math.max(0, end - MAX_WORD));
  const phrases = lookupWord(text, tailStart, end)?.phrases;
  if (phrases === undefined) return undefined;
  // Every phrase of the entry ends with the word just looked up: only what comes before it is compared.
  for (let k = 0; k < phrases.length; k += 1) {
    const entry = phrases[k];
    if (entry !== undefined && phraseEndsAt(text, end, entry[0], end - tailStart)) return entry;
  }
  return undefined;
}

/** Start of the number marker right before a number ("số ", "No. ", glued "Số"), or -1. */
function markerBefore(text: string, numberStart: number, floor: number): number {
  const cursor = skipSpacesBack(text, numberStart, floor);
  const wordStart = wordStartBack(text, cursor, floor);
  return markerWord(text, wordStart, cursor) ? wordStart : -1;
}

/** A number's type word (and marker), which makes it a mention: "Nghị quyết số 18", "Resolution 18". */
export interface TypedMention {
  readonly start: number;
  readonly genre: DocumentGenre;
  readonly marker: boolean;
}

/** Reads back from a bare number for its type word; undefined when there is none (most numbers). */
export function readTypedMention(text: string, numberStart: number): TypedMention | undefined {
  const floor = Math.max(0, numberStart - WINDOW);
  const cursor = skipSpacesBack(text, numberStart, floor);
  const wordStart = wordStartBack(text, cursor, floor);
  const entry = lookupWord(text, wordStart, cursor);
  const marker = markerWordOf(entry, text, wordStart, cursor);
  // Without a marker, the word just read is the type word's last word (the same 16 letters at most): when it ends
  // no type phrase, the number is rejected without a second look.
  if (!marker && (floor === 0 || floor <= cursor - MAX_WORD) && !entry?.phrases.length) return undefined;
  const typeEnd = marker ? skipSpacesBack(text, wordStart, floor) : cursor;
  const typed = typeWordBefore(text, typeEnd);
  return typed === undefined ? undefined : { start: typeEnd - typed[0].length, genre: typed[1], marker };
}

const LAW_NAME_WINDOW = 96;

/**
 * Where the name of a law starts when its number follows the name ("Luật Ban hành văn bản quy phạm pháp luật số
 * 64/2025/QH15"): the type word read is the lower-case "luật" ending the name; the name opens at the nearest
 * capitalised "Luật" before it on the same line, with only letters and spaces between. Otherwise `typeStart`.
 */
function lawNameStart(text: string, typeStart: number): number {
  if (!isLowerCase(text.charCodeAt(typeStart)) || !foldedAtWord(text, typeStart, "luat")) return typeStart;
  const floor = Math.max(0, typeStart - LAW_NAME_WINDOW);
  for (let k = typeStart - 1; k >= floor; k -= 1) {
    const c = text.charCodeAt(k);
    if (!(isLatinLetter(c) || c === 32)) return typeStart;
    if (c === 76 && (k === 0 || !isLatinLetter(text.charCodeAt(k - 1))) && foldedAtWord(text, k, "luat")) return k;
  }
  return typeStart;
}

function foldedAtWord(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k += 1) if (foldCode(text.charCodeAt(at + k)) !== word.charCodeAt(k)) return false;
  return !isLatinLetter(text.charCodeAt(at + word.length));
}

/** An issuer in the possessive right before the type word ("Politburo's Resolution"), with where it starts. */
function possessiveIssuer(text: string, typeStart: number): { start: number; issuer: ReadIssuer } | undefined {
  const s = typeStart - 2;
  if (
    text.charCodeAt(typeStart - 1) !== 32 ||
    foldCode(text.charCodeAt(s)) !== 115 ||
    foldCode(text.charCodeAt(s - 1)) !== 39
  )
    return undefined;
  for (const [phrase, organId] of ISSUER_PHRASES) {
    if (!phraseEndsAt(text, s - 1, phrase)) continue;
    const start = s - 1 - phrase.length;
    return isUpperCase(text.charCodeAt(start)) ? { start, issuer: { organId } } : undefined;
  }
  return undefined;
}

/** A left context to fill in place: the code path reads one per code into the same object. */
export type LeftContextSlot = { -readonly [K in keyof LeftContext]: LeftContext[K] };

/** An empty slot for {@link readLeftContext}. */
export function newLeftContextSlot(): LeftContextSlot {
  return { start: 0, genre: undefined, marker: false, distractor: false, issuer: undefined };
}

function filled(
  into: LeftContextSlot,
  start: number,
  genre: DocumentGenre | undefined,
  marker: boolean,
  distractor: boolean,
  issuer: ReadIssuer | undefined,
): LeftContext {
  into.start = start;
  into.genre = genre;
  into.marker = marker;
  into.distractor = distractor;
  into.issuer = issuer;
  return into;
}

/**
 * Reads back from the number at `numberStart`: an optional marker ("số", "No.", "nr", even glued: "Số57"), an
 * optional type word ("Nghị quyết", "Resolution", "Uchwały"), and otherwise a distractor word ("Mẫu số 01").
 * The result is written into `into` (a fresh slot by default) and returned.
 */
export function readLeftContext(
  text: string,
  numberStart: number,
  into: LeftContextSlot = newLeftContextSlot(),
): LeftContext {
  const floor = Math.max(0, numberStart - WINDOW);
  const markerStart = markerBefore(text, numberStart, floor);
  const marker = markerStart >= 0;
  const start = marker ? markerStart : numberStart;
  const cursor = skipSpacesBack(text, start, floor);
  const typed = typeWordBefore(text, cursor);
  if (typed !== undefined) {
    const named = lawNameStart(text, cursor - typed[0].length);
    const owner = possessiveIssuer(text, named);
    return owner === undefined
      ? filled(into, named, typed[1], marker, false, undefined)
      : filled(into, owner.start, typed[1], marker, false, owner.issuer);
  }
  const lastStart = wordStartBack(text, cursor, floor);
  const c = text.charCodeAt(cursor - 1);
  const lastEnd = lastStart < cursor && (c === 46 || c === 58) ? cursor - 1 : cursor;
  return filled(into, start, undefined, marker, lookupWord(text, lastStart, lastEnd)?.distractor === true, undefined);
}

/**
 * Whether the characters right before a number glue it to something else (a word, a decimal or thousands
 * group, a standard's "01:2021"), so it cannot start a code.
 */
export function gluedBefore(text: string, numberStart: number): boolean {
  if (numberStart === 0) return false;
  const c = text.charCodeAt(numberStart - 1);
  if (isLatinLetter(c)) {
    const wordStart = wordStartBack(text, numberStart, Math.max(0, numberStart - MAX_WORD));
    return !markerWord(text, wordStart, numberStart);
  }
  // "No.57-NQ/TW", "Nr.18": a marker glued by its own dot or colon.
  if (
    (c === 46 || c === 58) &&
    markerWord(text, wordStartBack(text, numberStart, Math.max(0, numberStart - MAX_WORD)), numberStart)
  )
    return false;
  if (c === 46 || c === 58 || c === 44 || c === 47 || c === 45 || c === 43) {
    const b = numberStart >= 2 ? text.charCodeAt(numberStart - 2) : 32;
    return isDigit(b) || isLatinLetter(b) || c === 43;
  }
  return false;
}
