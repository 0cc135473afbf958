import type { DocumentGenre } from "../document-code/index.js";
import { foldWindow, isDigit, isLatinLetter, isSpace } from "./fold-window.js";
import { DISTRACTOR_WORDS, NUMBER_MARKERS, TYPE_WORDS } from "./words.js";

/** What precedes a number: the type word and the number marker, and where the phrase starts. */
export interface LeftContext {
  readonly start: number;
  readonly genre?: DocumentGenre;
  readonly marker: boolean;
  /** The words before the number show it is not a document (a form, a court case, a standard). */
  readonly distractor: boolean;
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

function markerWord(word: string): boolean {
  const bare = word.endsWith(".") || word.endsWith(":") ? word.slice(0, -1) : word;
  return NUMBER_MARKERS.has(bare) || NUMBER_MARKERS.has(word);
}

// Pure memo: the last word of every type phrase, so most numbers are rejected from one folded word.
let lastWords: ReadonlySet<string> | undefined;

function typeWordTails(): ReadonlySet<string> {
  lastWords ??= new Set(TYPE_WORDS.map(([phrase]) => phrase.slice(phrase.lastIndexOf(" ") + 1)));
  return lastWords;
}

function typeWordBefore(text: string, end: number): { start: number; genre: DocumentGenre } | undefined {
  const tailStart = wordStartBack(text, end, Math.max(0, end - MAX_WORD));
  if (tailStart === end || !typeWordTails().has(foldWindow(text, tailStart, end))) return undefined;
  const from = Math.max(0, end - WINDOW);
  const window = foldWindow(text, from, end);
  if (window === "") return undefined;
  for (const [phrase, genre] of TYPE_WORDS) {
    if (!window.endsWith(phrase)) continue;
    const at = window.length - phrase.length;
    const before = at > 0 ? window.charCodeAt(at - 1) : 32;
    if (isLatinLetter(before) || isDigit(before)) continue;
    return { start: from + at, genre };
  }
  return undefined;
}

/**
 * Reads back from the number at `numberStart`: an optional marker ("số", "No.", "nr", even glued: "Số57") and an
 * optional type word ("Nghị quyết", "Resolution", "Uchwały").
 */
export function readLeftContext(text: string, numberStart: number): LeftContext {
  const floor = Math.max(0, numberStart - WINDOW);
  let cursor = skipSpacesBack(text, numberStart, floor);
  let marker = false;
  let start = numberStart;
  const wordStart = wordStartBack(text, cursor, floor);
  if (wordStart < cursor) {
    const word = foldWindow(text, wordStart, cursor);
    if (markerWord(word)) {
      marker = true;
      start = wordStart;
      cursor = skipSpacesBack(text, wordStart, floor);
    }
  }
  const typed = typeWordBefore(text, cursor);
  if (typed !== undefined) return { start: typed.start, genre: typed.genre, marker, distractor: false };
  const lastStart = wordStartBack(text, cursor, floor);
  const last = lastStart < cursor ? foldWindow(text, lastStart, cursor).replace(/[.:]$/, "") : "";
  return { start, marker, distractor: DISTRACTOR_WORDS.has(last) };
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
    return !markerWord(foldWindow(text, wordStart, numberStart));
  }
  if (c === 46 || c === 58 || c === 44 || c === 47 || c === 45 || c === 43) {
    const b = numberStart >= 2 ? text.charCodeAt(numberStart - 2) : 32;
    return isDigit(b) || isLatinLetter(b) || c === 43;
  }
  return false;
}
