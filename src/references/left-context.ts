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
import type { ReadIssuer } from "./issuer-after.js";
import { DISTRACTOR_WORD, MARKER_WORD, readWordBack, type TypePhrase, type WordTrie, wordTrie } from "./word-index.js";
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

/**
 * The type phrase ending at `end` whose last word was read as `read` (see readWordBack); returned as the table's own
 * row, so a hit allocates nothing.
 */
function phraseOf(trie: WordTrie, text: string, end: number, read: number): TypePhrase | undefined {
  const phrases = trie.phrases[read & ~31];
  if (phrases === undefined) return undefined;
  // Every phrase of the entry ends with the word just read: only what comes before it is compared.
  for (let k = 0; k < phrases.length; k += 1) {
    const entry = phrases[k] as TypePhrase;
    if (phraseEndsAt(text, end, entry[0], read & 31)) return entry;
  }
  return undefined;
}

/** The type phrase ending at `end`, its last word read at most MAX_WORD letters back whatever the window. */
function typeWordBefore(trie: WordTrie, text: string, end: number): TypePhrase | undefined {
  // A word ending in "." or ":" reads a state with no phrases, as no type word ends so.
  return phraseOf(trie, text, end, readWordBack(trie, text, end, Math.max(0, end - MAX_WORD), MAX_WORD));
}

/**
 * The type phrase ending at `end` when the word there was read as `read` within `floor`: that reading is the type
 * word's own unless the window cut the word short.
 */
function typeWordRead(trie: WordTrie, text: string, end: number, floor: number, read: number): TypePhrase | undefined {
  return floor === 0 || floor <= end - MAX_WORD ? phraseOf(trie, text, end, read) : typeWordBefore(trie, text, end);
}

/** A number's type word (and marker), which makes it a mention: "Nghị quyết số 18", "Resolution 18". */
export interface TypedMention {
  readonly start: number;
  readonly genre: DocumentGenre;
  readonly marker: boolean;
}

/** Reads back from a bare number for its type word; undefined when there is none (most numbers). */
export function readTypedMention(text: string, numberStart: number): TypedMention | undefined {
  const floor = numberStart > WINDOW ? numberStart - WINDOW : 0;
  const cursor = skipSpacesBack(text, numberStart, floor);
  const trie = wordTrie();
  const read = readWordBack(trie, text, cursor, floor, MAX_WORD);
  // Most numbers follow a word no table word ends like (state 0): rejected after a character or two.
  if (read === 0) return floor === 0 || floor <= cursor - MAX_WORD ? undefined : typedAt(trie, text, cursor, false);
  if (((trie.flags[read & ~31] as number) & MARKER_WORD) === 0) {
    const typed = typeWordRead(trie, text, cursor, floor, read);
    return typed === undefined ? undefined : { start: cursor - typed[0].length, genre: typed[1], marker: false };
  }
  return typedAt(trie, text, skipSpacesBack(text, cursor - (read & 31), floor), true);
}

function typedAt(trie: WordTrie, text: string, end: number, marker: boolean): TypedMention | undefined {
  const typed = typeWordBefore(trie, text, end);
  return typed === undefined ? undefined : { start: end - typed[0].length, genre: typed[1], marker };
}

const LAW_NAME_WINDOW = 96;

/**
 * Where the name of a law starts when its number follows the name ("Luật Ban hành văn bản quy phạm pháp luật số
 * 64/2025/QH15"): the type word read is the lower-case "luật" ending the name; the name opens at the nearest
 * capitalised "Luật" before it on the same line, with only letters and spaces between. Otherwise `typeStart`.
 */
function lawNameStart(text: string, typeStart: number): number {
  if (!foldedAtWord(text, typeStart, "luat") || !isLowerCase(text.charCodeAt(typeStart))) return typeStart;
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

/**
 * An issuer in the possessive right before the type word ("Politburo's Resolution"), with where it starts; the
 * caller has checked the "'s " before `typeStart`.
 */
function possessiveIssuer(text: string, typeStart: number): { start: number; issuer: ReadIssuer } | undefined {
  const s = typeStart - 2;
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
  const floor = numberStart > WINDOW ? numberStart - WINDOW : 0;
  let cursor = skipSpacesBack(text, numberStart, floor);
  const trie = wordTrie();
  // One reading per word: the word before the number is the marker, or else the type word's last word, or else
  // the distractor; after a marker, the word before it is read once for both of the latter.
  let read = readWordBack(trie, text, cursor, floor, MAX_WORD);
  let start = numberStart;
  const marker = ((trie.flags[read & ~31] as number) & MARKER_WORD) !== 0;
  if (marker) {
    start = cursor - (read & 31);
    cursor = skipSpacesBack(text, start, floor);
    read = readWordBack(trie, text, cursor, floor, MAX_WORD);
  }
  const typed = typeWordRead(trie, text, cursor, floor, read);
  if (typed !== undefined) {
    const named = lawNameStart(text, cursor - typed[0].length);
    // Checked here, so that most type words (no "'s " before them) do not call into the issuer search.
    const owner =
      text.charCodeAt(named - 1) === 32 &&
      foldCode(text.charCodeAt(named - 2)) === 115 &&
      foldCode(text.charCodeAt(named - 3)) === 39
        ? possessiveIssuer(text, named)
        : undefined;
    return owner === undefined
      ? filled(into, named, typed[1], marker, false, undefined)
      : filled(into, owner.start, typed[1], marker, false, owner.issuer);
  }
  const distractor = ((trie.flags[read & ~31] as number) & DISTRACTOR_WORD) !== 0;
  return filled(into, start, undefined, marker, distractor, undefined);
}

/**
 * Whether the characters right before a number glue it to something else (a word, a decimal or thousands
 * group, a standard's "01:2021"), so it cannot start a code.
 */
export function gluedBefore(text: string, numberStart: number): boolean {
  if (numberStart === 0) return false;
  const c = text.charCodeAt(numberStart - 1);
  const letter = isLatinLetter(c);
  if (letter || c === 46 || c === 58) {
    const trie = wordTrie();
    const read = readWordBack(trie, text, numberStart, Math.max(0, numberStart - MAX_WORD), MAX_WORD);
    const marker = ((trie.flags[read & ~31] as number) & MARKER_WORD) !== 0;
    if (letter) return !marker;
    // "No.57-NQ/TW", "Nr.18": a marker glued by its own dot or colon.
    if (marker) return false;
  }
  if (c === 46 || c === 58 || c === 44 || c === 47 || c === 45 || c === 43) {
    const b = numberStart >= 2 ? text.charCodeAt(numberStart - 2) : 32;
    return isDigit(b) || isLatinLetter(b) || c === 43;
  }
  return false;
}
