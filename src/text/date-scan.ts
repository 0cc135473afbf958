import { getMonthWord, getVietnameseDateWord, isDaySuffix } from "./date-words.js";
import {
  isAsciiDigit,
  isDashCode,
  isUpperCode,
  isWordCode,
  readWordAt,
  readWordBefore,
  skipSpaces,
  skipSpacesBefore,
  type WordAt,
} from "./language-letters.js";

/*
 * The date tokenizer. Every date phrase holds a run of digits, so the scanner jumps from digit run to digit
 * run and, at each, looks a few tokens back (a prefix: "ngày", "tháng", "năm", a month name) and forward.
 * Every look is bounded (at most 4 spaces, 24-letter words, 5 digits), so the scan is linear in the input.
 * Numbers are always read day/month/year: Vietnamese, Polish, French, German and Spanish write them so, and
 * Vietnamese media keep that order in their English editions ("22/12/2024").
 */

/** The raw parts of a date phrase, before any calendar check. */
export interface DateShape {
  readonly start: number;
  readonly end: number;
  readonly day?: number;
  readonly month?: number;
  readonly year?: number;
}

/** Which words the scanner reads, and whether the whole input must be one date (parseDate) or not (extract). */
export interface DateRules {
  readonly vi: boolean;
  readonly en: boolean;
  readonly pl: boolean;
  readonly whole: boolean;
}

type Separator = "/" | "." | "-";
type LeftContext = "clean" | "glued" | "blocked";

interface NumberAt {
  readonly end: number;
  /** Number of digits, capped at 5: anything longer is no part of a date. */
  readonly length: number;
  readonly value: number;
}

interface Prefix {
  readonly kind: "day" | "month" | "year" | "monthName";
  readonly start: number;
  readonly month?: number;
  readonly english?: boolean;
}

function separatorAt(text: string, index: number): Separator | undefined {
  const code = text.charCodeAt(index);
  if (code === 47) return "/";
  if (code === 46) return ".";
  return isDashCode(code) ? "-" : undefined;
}

function readNumber(text: string, start: number): NumberAt | undefined {
  let end = start;
  while (end < text.length && end - start < 5 && isAsciiDigit(text.charCodeAt(end))) end++;
  if (end === start) return undefined;
  return { end, length: end - start, value: Number(text.slice(start, end)) };
}

/** A date must not run on into a word, a number or a longer numeric chain ("22/12/2024/5"). */
function endsCleanly(text: string, end: number, separator?: Separator): boolean {
  if (end >= text.length) return true;
  const code = text.charCodeAt(end);
  if (isAsciiDigit(code) || isWordCode(code)) return false;
  if (!isAsciiDigit(text.charCodeAt(end + 1))) return true;
  // A dash before a digit may open a range ("22/12/2024–25/12/2024"), unless the date itself used dashes.
  return !(code === 47 || code === 46 || separatorAt(text, end) === separator);
}

/** Ends a phrase at a year: takes a Polish "r." (rok) when allowed, then checks the boundary. */
function finishYear(text: string, end: number, rules: DateRules, separator?: Separator): number | undefined {
  if (rules.pl) {
    const k = skipSpaces(text, end, 2);
    if (text.charCodeAt(k) === 114 && text.charCodeAt(k + 1) === 46 && !isWordCode(text.charCodeAt(k + 2))) {
      return k + 2;
    }
  }
  return endsCleanly(text, end, separator) ? end : undefined;
}

function leftContext(text: string, start: number): LeftContext {
  if (start === 0) return "clean";
  const code = text.charCodeAt(start - 1);
  // Scraped bylines glue a date to the word before it ("Báo Đại Đoàn Kết06/03/2025").
  if (isWordCode(code)) return "glued";
  const before = start >= 2 ? text.charCodeAt(start - 2) : Number.NaN;
  if (code === 47 || code === 46 || code === 58)
    return isAsciiDigit(before) || isWordCode(before) ? "blocked" : "clean";
  if (code === 44) return isAsciiDigit(before) ? "blocked" : "clean";
  // "19–23/01/2026": a dash after a digit closes a range, and the date after it is still a date.
  if (isDashCode(code)) return isWordCode(before) ? "blocked" : "clean";
  return "clean";
}

function isEnglishCaseOk(text: string, word: WordAt, rules: DateRules): boolean {
  // In running text only a capitalised "May" or "March" is a month; parseDate accepts any case.
  return rules.whole || isUpperCode(text.charCodeAt(word.start));
}

/** "năm" in Vietnamese; a capitalised "Nam" without breve is the name in "Việt Nam" or a person's name. */
function isYearWord(text: string, word: WordAt): boolean {
  for (let i = word.start; i < word.end; i++) if (text.charCodeAt(i) >= 0x80) return true;
  const written = text.slice(word.start, word.end);
  return written === "nam" || written === "NAM";
}

function readPrefix(text: string, anchor: number, floor: number, rules: DateRules): Prefix | undefined {
  let end = skipSpacesBefore(text, anchor);
  if (end === anchor) return undefined;
  const dotted = text.charCodeAt(end - 1) === 46;
  if (dotted) end--;
  const word = readWordBefore(text, end);
  if (!word || word.start < floor) return undefined;
  if (rules.vi && !dotted) {
    const keyword = getVietnameseDateWord(word.folded);
    if (keyword === "year") return isYearWord(text, word) ? { kind: "year", start: word.start } : undefined;
    if (keyword) return { kind: keyword, start: word.start };
  }
  const month = getMonthWord(word.folded, rules);
  if (!month || (dotted && !month.abbreviation)) return undefined;
  const english = month.language === "en";
  if (english && !isEnglishCaseOk(text, word, rules)) return undefined;
  return { kind: "monthName", start: word.start, month: month.month, english };
}

/** ", năm 2024" / " năm 2024" after a Vietnamese month. */
function readVietnameseYear(text: string, start: number, rules: DateRules): { end: number; value: number } | undefined {
  const comma = text.charCodeAt(start) === 44 ? start + 1 : start;
  const wordStart = skipSpaces(text, comma);
  if (wordStart === comma) return undefined;
  const word = readWordAt(text, wordStart);
  if (!word || getVietnameseDateWord(word.folded) !== "year") return undefined;
  const yearStart = skipSpaces(text, word.end);
  if (yearStart === word.end) return undefined;
  const year = readNumber(text, yearStart);
  if (year?.length !== 4) return undefined;
  const end = finishYear(text, year.end, rules);
  return end === undefined ? undefined : { end, value: year.value };
}

/** ", 2024" / " 2024" after an English or Polish month name. */
function readTrailingYear(text: string, start: number, rules: DateRules): { end: number; value: number } | undefined {
  const comma = text.charCodeAt(start) === 44 ? start + 1 : start;
  const yearStart = skipSpaces(text, comma);
  if (yearStart === comma) return undefined;
  const year = readNumber(text, yearStart);
  if (year?.length !== 4) return undefined;
  const end = finishYear(text, year.end, rules);
  return end === undefined ? undefined : { end, value: year.value };
}

/** Skips an English ordinal suffix glued to a day ("22nd"). */
function skipDaySuffix(text: string, index: number, rules: DateRules): number {
  if (!rules.en) return index;
  const word = readWordAt(text, index, 2);
  return word && isDaySuffix(word.folded) ? word.end : index;
}

/** "tháng 12/2024", "tháng 12 năm 2024", "năm 2024", "December 22, 2024", "December 2024", "październik 2017". */
function matchAfterPrefix(
  text: string,
  a: number,
  b: number,
  value: number,
  prefix: Prefix,
  rules: DateRules,
): DateShape | undefined {
  const digits = b - a;
  if (prefix.kind === "year") {
    const end = digits === 4 ? finishYear(text, b, rules) : undefined;
    return end === undefined ? undefined : { start: prefix.start, end, year: value };
  }
  if (prefix.kind === "month") {
    if (digits > 2) return undefined;
    const separator = separatorAt(text, b);
    if (separator) {
      const year = readNumber(text, b + 1);
      const end = year?.length === 4 ? finishYear(text, year.end, rules, separator) : undefined;
      return year && end !== undefined ? { start: prefix.start, end, month: value, year: year.value } : undefined;
    }
    const year = readVietnameseYear(text, b, rules);
    return year ? { start: prefix.start, end: year.end, month: value, year: year.value } : undefined;
  }
  if (prefix.kind === "monthName" && prefix.month !== undefined) {
    if (digits === 4) {
      const end = finishYear(text, b, rules);
      return end === undefined ? undefined : { start: prefix.start, end, month: prefix.month, year: value };
    }
    if (digits > 2 || !prefix.english) return undefined;
    const dayEnd = skipDaySuffix(text, b, rules);
    const year = readTrailingYear(text, dayEnd, rules);
    if (year) return { start: prefix.start, end: year.end, day: value, month: prefix.month, year: year.value };
    return endsCleanly(text, dayEnd)
      ? { start: prefix.start, end: dayEnd, day: value, month: prefix.month }
      : undefined;
  }
  return undefined;
}

/** "22 tháng 12 (năm 2024)", "22 December (2024)", "25 października 2017 r.". */
function matchDayWords(text: string, b: number, day: number, start: number, rules: DateRules): DateShape | undefined {
  const dayEnd = skipDaySuffix(text, b, rules);
  const wordStart = skipSpaces(text, dayEnd);
  if (wordStart === dayEnd) return undefined;
  const word = readWordAt(text, wordStart);
  if (!word) return undefined;
  if (rules.vi && getVietnameseDateWord(word.folded) === "month") {
    const monthStart = skipSpaces(text, word.end);
    const month = monthStart > word.end ? readNumber(text, monthStart) : undefined;
    if (!month || month.length > 2) return undefined;
    const year = readVietnameseYear(text, month.end, rules);
    if (year) return { start, end: year.end, day, month: month.value, year: year.value };
    return endsCleanly(text, month.end) ? { start, end: month.end, day, month: month.value } : undefined;
  }
  const month = getMonthWord(word.folded, rules);
  if (!month || (month.language === "en" && !isEnglishCaseOk(text, word, rules))) return undefined;
  const monthEnd = month.abbreviation && text.charCodeAt(word.end) === 46 ? word.end + 1 : word.end;
  const year = readTrailingYear(text, monthEnd, rules);
  if (year) return { start, end: year.end, day, month: month.month, year: year.value };
  return endsCleanly(text, monthEnd) ? { start, end: monthEnd, day, month: month.month } : undefined;
}

/** Forms that open with the digits: "22/12/2024", "ngày 2/12", "2024-12-22", "22 tháng 12 năm 2024". */
function matchDayFirst(
  text: string,
  a: number,
  b: number,
  value: number,
  dayWordStart: number | undefined,
  rules: DateRules,
): DateShape | undefined {
  const context = dayWordStart === undefined ? leftContext(text, a) : "clean";
  if (context === "blocked") return undefined;
  const start = dayWordStart ?? a;
  const digits = b - a;
  if (digits === 4) {
    if (context === "glued") return undefined;
    if (text.charCodeAt(b) === 45) {
      const month = readNumber(text, b + 1);
      const day =
        month?.length === 2 && text.charCodeAt(month.end) === 45 ? readNumber(text, month.end + 1) : undefined;
      if (month && day?.length === 2) {
        // An ISO timestamp ("2024-12-22T10:00") carries a calendar date too.
        const timestamp = text.charCodeAt(day.end) === 84 && isAsciiDigit(text.charCodeAt(day.end + 1));
        if (timestamp || endsCleanly(text, day.end, "-")) {
          return { start, end: day.end, day: day.value, month: month.value, year: value };
        }
      }
    }
    if (!rules.whole) return undefined;
    const end = finishYear(text, b, rules);
    return end === undefined ? undefined : { start, end, year: value };
  }
  if (digits > 2) return undefined;
  const separator = separatorAt(text, b);
  if (!separator) return context === "glued" ? undefined : matchDayWords(text, b, value, start, rules);
  const second = readNumber(text, b + 1);
  if (!second) return undefined;
  if (second.length === 4) {
    // "12/2024" reads as a month only when it is the whole input; in running text it is more often a ratio.
    if (!rules.whole || dayWordStart !== undefined || context === "glued") return undefined;
    const end = finishYear(text, second.end, rules, separator);
    return end === undefined ? undefined : { start, end, month: value, year: second.value };
  }
  if (second.length > 2) return undefined;
  if (isAsciiDigit(text.charCodeAt(second.end + 1)) && separatorAt(text, second.end) !== undefined) {
    if (separatorAt(text, second.end) !== separator) return undefined;
    const year = readNumber(text, second.end + 1);
    const end = year?.length === 4 ? finishYear(text, year.end, rules, separator) : undefined;
    return year && end !== undefined ? { start, end, day: value, month: second.value, year: year.value } : undefined;
  }
  // "2/12" alone is as likely a score or a ratio as a date: only "ngày 2/12", or the whole input, is a date.
  if (context === "glued" || (dayWordStart === undefined && !rules.whole)) return undefined;
  return endsCleanly(text, second.end, separator)
    ? { start, end: second.end, day: value, month: second.value }
    : undefined;
}

/**
 * Matches a date phrase around the digit run `text[a, b)`. `floor` is the end of the previous match: a prefix
 * word before it belongs to that match and is not read again.
 */
export function matchDateAt(
  text: string,
  a: number,
  b: number,
  floor: number,
  rules: DateRules,
): DateShape | undefined {
  if (b - a > 4) return undefined;
  const value = Number(text.slice(a, b));
  const prefix = readPrefix(text, a, floor, rules);
  if (prefix && prefix.kind !== "day") {
    const shape = matchAfterPrefix(text, a, b, value, prefix, rules);
    if (shape) return shape;
  }
  return matchDayFirst(text, a, b, value, prefix?.kind === "day" ? prefix.start : undefined, rules);
}

/** Calls `visit` with every date shape in `text`, left to right, without overlaps. */
/**
 * The index of the first ASCII digit at or after a position (the text's length when there is none), for positions
 * asked in non-decreasing order: one indexOf per digit character, each only searched again once passed, jumps over
 * the text between numbers much faster than a loop over every unit.
 */
function createDigitFinder(text: string): (from: number) => number {
  const next: number[] = [];
  for (let digit = 0; digit < 10; digit++) next.push(text.indexOf(String(digit)));
  return (from) => {
    let found = text.length;
    for (let digit = 0; digit < 10; digit++) {
      let at = next[digit] ?? -1;
      if (at >= 0 && at < from) {
        at = text.indexOf(String(digit), from);
        next[digit] = at;
      }
      if (at >= 0 && at < found) found = at;
    }
    return found;
  };
}

export function scanDateShapes(text: string, rules: DateRules, visit: (shape: DateShape) => void): void {
  let i = 0;
  let floor = 0;
  const digits = createDigitFinder(text);
  while (i < text.length) {
    // Straight to the next digit: dates start with one, and most of a text has none.
    i = digits(i);
    if (i >= text.length) break;
    let b = i + 1;
    while (b < text.length && isAsciiDigit(text.charCodeAt(b))) b++;
    const shape = matchDateAt(text, i, b, floor, rules);
    if (shape) {
      visit(shape);
      floor = shape.end;
      i = Math.max(shape.end, b);
    } else {
      i = b;
    }
  }
}
