import type { IsoDate } from "../core/index.js";
import type { ExtractedDate } from "../text/index.js";
import { UNTIL_WORDS } from "./data/statement-words.js";
import { matchBefore } from "./key-text.js";

/**
 * The period a figure covers: a number of months from the start of the year ("9 tháng", "first nine months"), a
 * quarter ("quý I", "Q3"), a year ("năm 2025", "in 2025"), a multi-year term ("giai đoạn 2021-2025"), or the span
 * up to a date ("tính đến ngày 12/10/2025", "as of 12 October 2025").
 *
 * @example
 * ```ts
 * const period: PeriodMention = { kind: "months", months: 9, year: 2025, text: "9 tháng năm 2025", start: 0, end: 16 };
 * ```
 */
export interface PeriodMention {
  readonly kind: "months" | "quarter" | "year" | "term" | "until";
  readonly months?: number;
  readonly quarter?: number;
  readonly year?: number;
  readonly toYear?: number;
  readonly until?: IsoDate;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const WORD_NUMBERS: Readonly<Record<string, number>> = Object.freeze({
  three: 3,
  six: 6,
  nine: 9,
  twelve: 12,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
});

function toNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = WORD_NUMBERS[text] ?? Number(text);
  return Number.isInteger(value) ? value : undefined;
}

// All patterns run on the matching key (lower case, folded); quantifiers are bounded and alternatives disjoint.
const MONTHS =
  /\b(?:(?:the )?first )?(\d{1,2}|three|six|nine|twelve) (?:thang|months|miesiac[a-z]{0,3}|miesiecy)(?: dau nam)?(?:(?: nam| of| roku)? (\d{4}))?/g;
const QUARTER =
  /\b(?:quy (i{1,3}|iv|[1-4])|(first|second|third|fourth) quarter|q([1-4]))(?:(?:(?: nam| of)? |\/)(\d{4}))?/g;
const YEAR = /\b(?:ca nam|nam|in|for|during|year|w) (\d{4})\b/g;
// "the 2025 GRDP growth target": a year written before the words it dates (English puts it there).
const YEAR_BEFORE = /\bthe (\d{4})(?= [a-z])/g;
const TERM = /\b(?:giai doan|period|nhiem ky|term|kadencja) (\d{4}) ?[-\u2013] ?(\d{4})\b/g;

function collect(
  key: string,
  pattern: RegExp,
  build: (match: RegExpExecArray) => Omit<PeriodMention, "text" | "start" | "end"> | undefined,
  text: string,
  found: PeriodMention[],
): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(key); match; match = pattern.exec(key)) {
    const period = build(match);
    const start = match.index;
    const end = start + match[0].length;
    if (period) found.push({ ...period, text: text.slice(start, end), start, end });
  }
}

function withYear(year: string | undefined): { year?: number } {
  const value = toNumber(year);
  return value !== undefined && value >= 1900 && value <= 2200 ? { year: value } : {};
}

/**
 * Finds the periods named in a text (by its matching key) and the "until" dates among its extracted dates.
 * Overlapping mentions keep the longest.
 *
 * @example
 * ```ts
 * const text = "GRDP 9 tháng năm 2025 tăng 6,52%";
 * findPeriods(text, toKey(text), [])[0]; // { kind: "months", months: 9, year: 2025, text: "9 tháng năm 2025", … }
 * ```
 */
export function findPeriods(text: string, key: string, dates: readonly ExtractedDate[]): PeriodMention[] {
  const found: PeriodMention[] = [];
  collect(
    key,
    MONTHS,
    (m) => {
      const months = toNumber(m[1]);
      return months !== undefined && months >= 1 && months <= 12
        ? { kind: "months", months, ...withYear(m[2]) }
        : undefined;
    },
    text,
    found,
  );
  collect(
    key,
    QUARTER,
    (m) => {
      const quarter = toNumber(m[1] ?? m[2] ?? m[3]);
      return quarter !== undefined ? { kind: "quarter", quarter, ...withYear(m[4]) } : undefined;
    },
    text,
    found,
  );
  collect(
    key,
    TERM,
    (m) => {
      const from = withYear(m[1]).year;
      const to = withYear(m[2]).year;
      return from !== undefined && to !== undefined && from < to ? { kind: "term", year: from, toYear: to } : undefined;
    },
    text,
    found,
  );
  collect(
    key,
    YEAR,
    (m) => {
      const year = withYear(m[1]).year;
      return year === undefined ? undefined : { kind: "year", year };
    },
    text,
    found,
  );
  collect(
    key,
    YEAR_BEFORE,
    (m) => {
      const year = withYear(m[1]).year;
      return year === undefined ? undefined : { kind: "year", year };
    },
    text,
    found,
  );
  for (const date of dates) {
    if (date.date.iso === undefined) continue;
    const word = matchBefore(key, date.span.start, UNTIL_WORDS);
    if (!word) continue;
    const year = date.date.year === undefined ? {} : { year: date.date.year };
    const span = { start: word.start, end: date.span.end };
    found.push({ kind: "until", until: date.date.iso, ...year, text: text.slice(span.start, span.end), ...span });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PeriodMention[] = [];
  for (const period of found) {
    const last = kept[kept.length - 1];
    if (last && period.start < last.end) continue;
    kept.push(period);
  }
  return kept;
}
