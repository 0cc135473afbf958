import type { DocumentCode, DocumentGenre } from "../document-code/index.js";
import {
  type FirstLetterIndex,
  foldCode,
  indexByFirstLetter,
  isDigit,
  isLatinLetter,
  isSpace,
  wordsStartingWith,
} from "./chars.js";
import { type Draft, newDraft } from "./draft.js";
import {
  gluedBefore,
  type LeftContextSlot,
  newLeftContextSlot,
  readLeftContext,
  readTypedMention,
} from "./left-context.js";
import { isListGap, readListBefore, withNumber } from "./lists.js";
import { type CodeReadings, newCodeReadings, type ScannedCode, scanCode } from "./scan-code.js";
import { readTail } from "./tail.js";
import { COUNTER_WORDS } from "./words.js";

const MAX_MENTION_DIGITS = 4;
const MAX_CANDIDATE_DIGITS = 6;

function genreOfCode(code: DocumentCode): DocumentGenre | undefined {
  return code.genres?.length === 1 ? code.genres[0] : undefined;
}

function copyTail(from: Draft, to: Draft): Draft {
  if (from.date !== undefined) to.date = from.date;
  if (from.issuer !== undefined) to.issuer = from.issuer;
  return to;
}

/** The members of a list before a code ("Nghị định 30 và 31/2020/NĐ-CP"), which share its suffix. */
function addListMembers(text: string, scanned: ScannedCode, draft: Draft, drafts: Draft[]): void {
  const list = readListBefore(text, scanned.start);
  const first = list[0];
  if (first === undefined) return;
  const head = readLeftContext(text, first.start);
  if (head.genre === undefined && !head.marker) return;
  // The bare numbers were taken for mentions a moment ago; they are members of this list.
  while (drafts.length > 0 && (drafts[drafts.length - 1]?.start ?? -1) >= head.start) drafts.pop();
  list.forEach((item, index) => {
    const member = newDraft(index === 0 ? head.start : item.start, item.end, item.end, []);
    member.number = item.value;
    const genre = head.genre ?? draft.genre;
    if (genre !== undefined) member.genre = genre;
    const resolved = withNumber(scanned.code, item.value);
    if (resolved !== undefined) {
      member.resolvedCode = resolved;
      member.resolvedBy = "list";
    }
    drafts.push(copyTail(draft, member));
  });
  if (head.genre !== undefined && draft.genre === undefined) draft.genre = head.genre;
}

/**
 * The type word of a list or range a code ends ("Quyết định số 321-QĐ/TW đến 328-QĐ/TW"): the genre of the reference
 * right before, when only a connector stands between them and the code's type allows that genre.
 */
function listedGenre(
  text: string,
  start: number,
  code: DocumentCode,
  drafts: readonly Draft[],
): DocumentGenre | undefined {
  const before = drafts[drafts.length - 1];
  const genre = before?.genre;
  if (before === undefined || genre === undefined || code.genres?.includes(genre) !== true) return undefined;
  return isListGap(text, before.coreEnd, start) ? genre : undefined;
}

function codeDraft(
  text: string,
  start: number,
  drafts: Draft[],
  readings: CodeReadings,
  slot: LeftContextSlot,
): Draft | undefined {
  const scanned = scanCode(text, start, readings);
  if (scanned === undefined) return undefined;
  // Both are per-call slots, overwritten by the next code: everything kept is copied into the draft below.
  const left = readLeftContext(text, start, slot);
  if (left.distractor && left.genre === undefined) return newDraft(start, scanned.end, -1, []);
  const draft = newDraft(left.start, scanned.end, scanned.end, scanned.warnings);
  draft.code = scanned.code;
  draft.codeStart = scanned.start;
  draft.codeEnd = scanned.end;
  draft.number = scanned.code.number;
  const genre = left.genre ?? genreOfCode(scanned.code) ?? listedGenre(text, left.start, scanned.code, drafts);
  if (genre !== undefined) draft.genre = genre;
  const end = readTail(text, scanned.end, draft);
  if (draft.issuer === undefined && left.issuer !== undefined) draft.issuer = left.issuer;
  draft.coreEnd = end;
  draft.end = end;
  if (left.genre === undefined && !left.marker) addListMembers(text, scanned, draft, drafts);
  return draft;
}

function mentionEndsCleanly(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (Number.isNaN(c)) return true;
  if (isDigit(c) || isLatinLetter(c) || c === 37) return false;
  if ((c === 44 || c === 46) && isDigit(text.charCodeAt(end + 1))) return false;
  return true;
}

// Pure memo: the counter nouns by their first letter, built on first use.
let counters: FirstLetterIndex | undefined;

/** Whether a counter or time noun follows the number at `end` ("3 lần", "5 nội dung", "2 weeks"). */
function countsSomething(text: string, end: number): boolean {
  let at = end;
  while (at - end < 3 && isSpace(text.charCodeAt(at))) at += 1;
  if (at === end) return false;
  counters ??= indexByFirstLetter(COUNTER_WORDS);
  const words = wordsStartingWith(counters, foldCode(text.charCodeAt(at)));
  if (words === undefined) return false;
  for (const word of words) {
    const after = spacedWordEnd(text, at, word);
    if (after >= 0 && !isLatinLetter(text.charCodeAt(after))) return true;
  }
  return false;
}

/** Where `word` (folded; a space in it stands for any run of white space) read at `at` ends, or -1. */
function spacedWordEnd(text: string, at: number, word: string): number {
  let i = at;
  for (let k = 0; k < word.length; k += 1) {
    if (word.charCodeAt(k) === 32) {
      if (!isSpace(text.charCodeAt(i))) return -1;
      while (isSpace(text.charCodeAt(i))) i += 1;
    } else if (foldCode(text.charCodeAt(i)) === word.charCodeAt(k)) i += 1;
    else return -1;
  }
  return i;
}

function mentionDraft(text: string, start: number, end: number): Draft | undefined {
  if (end - start > MAX_MENTION_DIGITS || !mentionEndsCleanly(text, end)) return undefined;
  const left = readTypedMention(text, start);
  if (left === undefined) return undefined;
  const number = Number(text.slice(start, end));
  if (end - start === 4 && !left.marker && number >= 1900 && number <= 2100) return undefined;
  // Without "số"/"No.", a number counting something is not a document: "kết luận 3 vấn đề", "the decree 2 weeks ago".
  if (!left.marker && countsSomething(text, end)) return undefined;
  const draft = newDraft(left.start, end, end, []);
  draft.genre = left.genre;
  draft.number = number;
  draft.coreEnd = readTail(text, end, draft);
  draft.end = draft.coreEnd;
  return draft;
}

// "-", "/", the Unicode dashes and the minus sign.
function isCodeSeparator(code: number): boolean {
  return code === 45 || code === 47 || (code >= 0x2010 && code <= 0x2015) || code === 0x2212;
}

/** A code separator past at most two spaces or line breaks: what the code reader needs to read anything. */
function codeAhead(text: string, end: number): boolean {
  let j = end;
  while (j - end < 2 && isSpace(text.charCodeAt(j))) j += 1;
  return isCodeSeparator(text.charCodeAt(j));
}

/**
 * Finds the references of a text in one regular-expression pass over its candidates: a number is one when white
 * space precedes it (a mention such as "Nghị quyết 18", or a code) or a code separator follows it. Each is read
 * locally (code, words before, date and issuer after) with in-place, allocation-free checks first, so most
 * numbers are dropped after a few character comparisons; what a reference consumed is not read again.
 */
export function scanReferences(text: string): Draft[] {
  const drafts: Draft[] = [];
  const readings = newCodeReadings();
  const slot = newLeftContextSlot();
  // A digit before a code separator, or a digit after white space; `test` finds it without building a match. The
  // match opens at the digit (a lookbehind sees the white space), which the regex engine finds much faster than a
  // match opening at any white space. A number after white space that runs into a decimal or thousands group
  // ("7,35%", "18.250") is never a reference (its end is not clean and no separator follows it), so the lookahead
  // drops it inside the engine; none of the digits it steps over is followed by a separator either. The separator
  // branch comes first: one character test settles it for most digits, before the lookbehind is tried.
  const candidates = /\d(?:[^\S\n]?[-/\u2010-\u2015\u2212]|(?<=\s\d)(?!\d*[.,]\d))/g;
  let consumed = 0;
  let from = 0;
  let fromStart: RegExp | undefined;
  while (candidates.test(text)) {
    let found = candidates.lastIndex;
    // The lookbehind also sees white space before where the search started, which the white space opening a match
    // may not be: read that one spot again as a match must open at or after it.
    if (found - 1 === from && isDigit(text.charCodeAt(found - 1)) && from > 0) {
      fromStart ??= /\s\d|\d[^\S\n]?[-/\u2010-\u2015\u2212]/g;
      const exact = fromStart;
      exact.lastIndex = from;
      if (!exact.test(text)) break;
      found = exact.lastIndex;
    }
    // The match ends at the digit (after white space) or at the separator (after the digit and a space).
    let at = found - 1;
    if (!isDigit(text.charCodeAt(at))) at = isDigit(text.charCodeAt(found - 2)) ? found - 2 : found - 3;
    let start = at;
    while (start > 0 && isDigit(text.charCodeAt(start - 1))) start -= 1;
    let end = at + 1;
    while (end < text.length && isDigit(text.charCodeAt(end))) end += 1;
    candidates.lastIndex = end;
    from = end;
    if (start < consumed || end - start > MAX_CANDIDATE_DIGITS || gluedBefore(text, start)) continue;
    const draft =
      (codeAhead(text, end) ? codeDraft(text, start, drafts, readings, slot) : undefined) ??
      mentionDraft(text, start, end);
    if (draft === undefined) continue;
    if (draft.end >= 0) drafts.push(draft);
    consumed = draft.coreEnd;
    candidates.lastIndex = Math.max(end, draft.coreEnd);
    from = candidates.lastIndex;
  }
  return drafts;
}
