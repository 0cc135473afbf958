import type { LanguageOption } from "../core/index.js";
import {
  isDigitCode,
  isGroupSpaceCode,
  isMinusCode,
  isPercentCode,
  isPlusCode,
  isWordCharAt,
  skipGap,
} from "./number-chars.js";
import { NUMBER_CONVENTIONS, type NumberMark } from "./number-conventions.js";
import { getNumberWordIndex, type NumberWord, WORD_INITIALS } from "./number-scales.js";
import type { NumberSign } from "./number-types.js";

// The scanner cuts a number expression into digit groups, marks and a suffix without deciding what the marks
// mean; the reader then tries each language's conventions on the same cut. Every loop only moves forward.

/** Longest word looked up as a scale word; longer letter runs are ordinary words. */
const MAX_WORD_LENGTH = 24;

/**
 * Digit groups and the marks between them, as written.
 *
 * @example
 * ```ts
 * scanNumeral("1.234,5", 0, 7, false); // { groups: ["1", "234", "5"], marks: [".", ","], … }
 * ```
 */
export interface RawNumeral {
  readonly start: number;
  readonly end: number;
  readonly groups: readonly string[];
  readonly marks: readonly NumberMark[];
}

/**
 * A scale word, percent word or percent sign after the digits.
 *
 * @example
 * ```ts
 * scanSuffix("6,52 tỷ", 4, 7, "auto"); // { kind: "scale", text: "tỷ", … }
 * ```
 */
export interface RawSuffix {
  readonly start: number;
  readonly end: number;
  readonly kind: "scale" | "percent";
  readonly text: string;
  /** Matching rows of {@link NUMBER_WORDS}; empty for the percent sign. */
  readonly entries: readonly NumberWord[];
}

/**
 * One number expression: sign, digits and suffix.
 *
 * @example
 * ```ts
 * scanExpression("-9,28%", 0, 6, "auto"); // { sign: "minus", suffix: { kind: "percent" }, … }
 * ```
 */
export interface RawExpression {
  readonly start: number;
  readonly end: number;
  readonly sign: NumberSign;
  readonly numeral: RawNumeral;
  readonly suffix?: RawSuffix;
}

/**
 * Whether the language option lets spaces group digits (Polish, French, German, Spanish; "auto" allows it).
 *
 * @example
 * ```ts
 * allowsSpaceGroups("pl"); // true
 * allowsSpaceGroups("vi"); // false
 * ```
 */
export function allowsSpaceGroups(language: LanguageOption): boolean {
  return language === "auto" || NUMBER_CONVENTIONS[language].group.includes(" ");
}

function isThreeDigitGroup(text: string, index: number, limit: number): boolean {
  if (index + 3 > limit) return false;
  for (let pos = index; pos < index + 3; pos++) if (!isDigitCode(text.charCodeAt(pos))) return false;
  return index + 3 === limit || !isDigitCode(text.charCodeAt(index + 3));
}

const NO_MARKS: readonly NumberMark[] = Object.freeze([]);

/** Cheap test for the common case of a plain digit run: is a mark (or a space) next? */
function continuesNumeral(text: string, pos: number, limit: number, spaceGroups: boolean): boolean {
  if (pos >= limit) return false;
  const code = text.charCodeAt(pos);
  return code === 0x2e || code === 0x2c || (spaceGroups && isGroupSpaceCode(code));
}

/**
 * Reads digits and marks from `start` (a digit). A dot or comma is taken when a digit follows; a space only
 * when grouping by spaces is allowed, no dot or comma came before, and exactly three digits follow, so that
 * "năm 2024 12 tỉnh" stays two numbers.
 *
 * @example
 * ```ts
 * scanNumeral("năm 2024 12 tỉnh", 4, 16, true).end; // 8: "12" is not a group of three
 * ```
 */
export function scanNumeral(text: string, start: number, limit: number, spaceGroups: boolean): RawNumeral {
  let pos = start;
  while (pos < limit && isDigitCode(text.charCodeAt(pos))) pos++;
  const groups = [text.slice(start, pos)];
  if (!continuesNumeral(text, pos, limit, spaceGroups)) return { start, end: pos, groups, marks: NO_MARKS };
  const marks: NumberMark[] = [];
  let lastLength = pos - start;
  let spacesOnly = true;
  while (pos < limit) {
    const code = text.charCodeAt(pos);
    let mark: NumberMark;
    if (code === 0x2e || code === 0x2c) {
      if (pos + 1 >= limit || !isDigitCode(text.charCodeAt(pos + 1))) break;
      mark = code === 0x2e ? "." : ",";
      spacesOnly = false;
    } else if (spaceGroups && spacesOnly && isGroupSpaceCode(code) && lastLength <= 3) {
      if (!isThreeDigitGroup(text, pos + 1, limit)) break;
      mark = " ";
    } else {
      break;
    }
    marks.push(mark);
    const groupStart = ++pos;
    while (pos < limit && isDigitCode(text.charCodeAt(pos))) pos++;
    groups.push(text.slice(groupStart, pos));
    lastLength = pos - groupStart;
  }
  return { start, end: pos, groups, marks };
}

/** End of the letter run starting at `start`, or -1 when it is longer than any scale word. */
function wordEnd(text: string, start: number, limit: number): number {
  let pos = start;
  while (pos < limit && isWordCharAt(text, pos)) {
    pos += text.charCodeAt(pos) >= 0xd800 && text.charCodeAt(pos) <= 0xdbff ? 2 : 1;
    if (pos - start > MAX_WORD_LENGTH) return -1;
  }
  return Math.min(pos, limit);
}

/** NFC lower case; NFC only runs when a combining mark is present (decomposed input), since it is costly. */
function fold(word: string): string {
  for (let pos = 0; pos < word.length; pos++) {
    const code = word.charCodeAt(pos);
    if (code >= 0x300 && code <= 0x36f) return word.normalize("NFC").toLowerCase();
  }
  return word.toLowerCase();
}

function usable(entry: NumberWord, language: LanguageOption): boolean {
  return language === "auto" ? entry.explicitOnly !== true : entry.languages.includes(language);
}

/**
 * The word starting at `start`, folded to NFC lower case, with its end; undefined when no word starts there.
 *
 * @example
 * ```ts
 * readWordAt("5 Tỷ đồng", 2, 9); // { end: 4, folded: "tỷ" }
 * ```
 */
export function readWordAt(
  text: string,
  start: number,
  limit: number,
): { readonly end: number; readonly folded: string } | undefined {
  const end = wordEnd(text, start, limit);
  return end > start ? { end, folded: fold(text.slice(start, end)) } : undefined;
}

/** The word after `index` (past blanks), folded, or "" when there is none. */
function nextWord(text: string, index: number, limit: number): string {
  const start = skipGap(text, index, limit);
  const end = wordEnd(text, start, limit);
  return end > start ? fold(text.slice(start, end)) : "";
}

function matchForm(
  text: string,
  form: string,
  formEnd: number,
  limit: number,
  glued: boolean,
  language: LanguageOption,
): { end: number; entries: NumberWord[] } | undefined {
  const rows = getNumberWordIndex().byForm.get(form);
  if (!rows) return undefined;
  let end = -1;
  let entries: NumberWord[] | undefined;
  let following: string | undefined;
  for (const entry of rows) {
    if (!usable(entry, language)) continue;
    if (entry.glue === "only" && !glued) continue;
    const entryEnd = entry.abbreviation && formEnd < limit && text.charCodeAt(formEnd) === 0x2e ? formEnd + 1 : formEnd;
    if (entryEnd < limit && isDigitCode(text.charCodeAt(entryEnd))) continue;
    if (entry.notBefore) {
      following ??= nextWord(text, formEnd, limit);
      if (entry.notBefore.includes(following)) continue;
    }
    if (end === -1) end = entryEnd;
    if (entryEnd !== end) continue;
    if (entries) entries.push(entry);
    else entries = [entry];
  }
  return entries ? { end, entries } : undefined;
}

/**
 * Reads a percent sign, percent word or scale word after the digits ending at `index`, if there is one.
 *
 * @example
 * ```ts
 * scanSuffix("1 299 mln USD", 5, 13, "pl")?.text; // "mln"
 * ```
 */
export function scanSuffix(
  text: string,
  index: number,
  limit: number,
  language: LanguageOption,
): RawSuffix | undefined {
  const start = skipGap(text, index, limit);
  if (start >= limit) return undefined;
  if (isPercentCode(text.charCodeAt(start))) {
    return { start, end: start + 1, kind: "percent", text: text.slice(start, start + 1), entries: [] };
  }
  // Every form starts with one of a few ASCII letters: other words are rejected before any folding.
  if (!WORD_INITIALS.includes(text.charAt(start).toLowerCase())) return undefined;
  const firstEnd = wordEnd(text, start, limit);
  if (firstEnd <= start) return undefined;
  const glued = start === index;
  const first = fold(text.slice(start, firstEnd));
  // Two-word forms first, so that "nghìn tỷ" is not read as "nghìn" followed by another word.
  const secondStart = skipGap(text, firstEnd, limit);
  if (secondStart > firstEnd && getNumberWordIndex().heads.has(first)) {
    const secondEnd = wordEnd(text, secondStart, limit);
    if (secondEnd > secondStart) {
      const form = `${first} ${fold(text.slice(secondStart, secondEnd))}`;
      const match = matchForm(text, form, secondEnd, limit, glued, language);
      if (match) return suffixOf(text, start, match);
    }
  }
  const match = matchForm(text, first, firstEnd, limit, glued, language);
  return match ? suffixOf(text, start, match) : undefined;
}

function suffixOf(text: string, start: number, match: { end: number; entries: NumberWord[] }): RawSuffix {
  const kind = match.entries[0]?.kind ?? "scale";
  return { start, end: match.end, kind, text: text.slice(start, match.end), entries: match.entries };
}

/**
 * Reads one expression starting at `start`: an optional sign glued to the digits, the digits, and an optional
 * suffix. Returns undefined when no digit starts there.
 *
 * @example
 * ```ts
 * scanExpression("−3 độ", 0, 5, "vi")?.sign; // "minus"
 * ```
 */
export function scanExpression(
  text: string,
  start: number,
  limit: number,
  language: LanguageOption,
): RawExpression | undefined {
  let sign: NumberSign = "none";
  let digitStart = start;
  const code = text.charCodeAt(start);
  if (isMinusCode(code)) sign = "minus";
  else if (isPlusCode(code)) sign = "plus";
  if (sign !== "none") digitStart++;
  if (digitStart >= limit || !isDigitCode(text.charCodeAt(digitStart))) return undefined;
  const numeral = scanNumeral(text, digitStart, limit, allowsSpaceGroups(language));
  const suffix = scanSuffix(text, numeral.end, limit, language);
  return suffix ? { start, end: suffix.end, sign, numeral, suffix } : { start, end: numeral.end, sign, numeral };
}
