import type { DocumentCode, DocumentGenre } from "../document-code/index.js";
import { isDigit, isLatinLetter, isSpace } from "./chars.js";
import type { Draft } from "./draft.js";
import { gluedBefore, readLeftContext, readTypedMention } from "./left-context.js";
import { readListBefore, withNumber } from "./lists.js";
import { type CodeReadings, type ScannedCode, scanCode } from "./scan-code.js";
import { readTail } from "./tail.js";

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
    const member: Draft = {
      start: index === 0 ? head.start : item.start,
      coreEnd: item.end,
      end: item.end,
      warnings: [],
      number: item.value,
    };
    if (draft.genre !== undefined) member.genre = head.genre ?? draft.genre;
    const resolved = withNumber(scanned.code, item.value);
    if (resolved !== undefined) {
      member.resolvedCode = resolved;
      member.resolvedBy = "list";
    }
    drafts.push(copyTail(draft, member));
  });
  if (head.genre !== undefined && draft.genre === undefined) draft.genre = head.genre;
}

function codeDraft(text: string, start: number, drafts: Draft[], readings: CodeReadings): Draft | undefined {
  const scanned = scanCode(text, start, readings);
  if (scanned === undefined) return undefined;
  const left = readLeftContext(text, start);
  if (left.distractor && left.genre === undefined) return { start, coreEnd: scanned.end, end: -1, warnings: [] };
  const draft: Draft = {
    start: left.start,
    coreEnd: scanned.end,
    end: scanned.end,
    code: scanned.code,
    codeStart: scanned.start,
    codeEnd: scanned.end,
    warnings: scanned.warnings,
    number: scanned.code.number,
  };
  const genre = left.genre ?? genreOfCode(scanned.code);
  if (genre !== undefined) draft.genre = genre;
  const end = readTail(text, scanned.end, draft);
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

function mentionDraft(text: string, start: number, end: number): Draft | undefined {
  if (end - start > MAX_MENTION_DIGITS || !mentionEndsCleanly(text, end)) return undefined;
  const left = readTypedMention(text, start);
  if (left === undefined) return undefined;
  const number = Number(text.slice(start, end));
  if (end - start === 4 && !left.marker && number >= 1900 && number <= 2100) return undefined;
  const draft: Draft = { start: left.start, coreEnd: end, end, warnings: [], genre: left.genre, number };
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
  const readings: CodeReadings = new Map();
  // A digit before a code separator, or a digit after white space; `test` finds it without building a match.
  const candidates = /\s\d|\d[^\S\n]?[-/\u2010-\u2015\u2212]/g;
  let consumed = 0;
  while (candidates.test(text)) {
    const found = candidates.lastIndex;
    // The match ends at the digit (after white space) or at the separator (after the digit and a space).
    let at = found - 1;
    if (!isDigit(text.charCodeAt(at))) at = isDigit(text.charCodeAt(found - 2)) ? found - 2 : found - 3;
    let start = at;
    while (start > 0 && isDigit(text.charCodeAt(start - 1))) start -= 1;
    let end = at + 1;
    while (end < text.length && isDigit(text.charCodeAt(end))) end += 1;
    candidates.lastIndex = end;
    if (start < consumed || end - start > MAX_CANDIDATE_DIGITS || gluedBefore(text, start)) continue;
    const draft =
      (codeAhead(text, end) ? codeDraft(text, start, drafts, readings) : undefined) ?? mentionDraft(text, start, end);
    if (draft === undefined) continue;
    if (draft.end >= 0) drafts.push(draft);
    consumed = draft.coreEnd;
    candidates.lastIndex = Math.max(end, draft.coreEnd);
  }
  return drafts;
}
