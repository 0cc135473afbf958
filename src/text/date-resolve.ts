import {
  createIssue,
  fail,
  type IsoDate,
  isCalendarDate,
  type Locale,
  ok,
  type Result,
  type Span,
  toIsoDate,
} from "../core/index.js";
import type { DateShape } from "./date-scan.js";
import type { ParsedDate } from "./date-types.js";

// Longest month lengths, February counted as in a leap year: the check for a day and month without year.
const MAX_DAYS = Object.freeze([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil; no Date, no time zone). */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The year that puts a day and month nearest to the context date, among the context year and its two
 * neighbours: news refers to the recent past and near future ("ngày 28/12" written on 2025-01-05 is 2024).
 */
function nearestYear(day: number, month: number, context: IsoDate): number | undefined {
  const year = Number(context.slice(0, 4));
  const target = dayNumber(year, Number(context.slice(5, 7)), Number(context.slice(8, 10)));
  let best: number | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of [year, year - 1, year + 1]) {
    if (!isCalendarDate(candidate, month, day)) continue;
    const distance = Math.abs(dayNumber(candidate, month, day) - target);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Checks a date shape against the calendar and fills in the year of a partial date from the context.
 * Returns the date, a hint string when the date is impossible, or `undefined` when the shape holds no date.
 * Allocates no issues: extraction calls it for every candidate and keeps only the dates.
 */
export function evaluateDateShape(shape: DateShape, contextDate: IsoDate | undefined): ParsedDate | string | undefined {
  const { day, month, year } = shape;
  if (year !== undefined && year < 1) return "year 0 does not exist";
  if (month !== undefined && (month < 1 || month > 12)) return `month ${month}`;
  if (day !== undefined && month !== undefined) {
    if (year !== undefined) {
      if (!isCalendarDate(year, month, day)) return `${day}/${month}/${year}`;
      return {
        iso: toIsoDate(year, month, day),
        year,
        month,
        day,
        precision: "day",
        partial: false,
        yearFromContext: false,
      };
    }
    if (day < 1 || day > (MAX_DAYS[month - 1] ?? 0)) return `${day}/${month}`;
    if (contextDate === undefined) return { month, day, precision: "day", partial: true, yearFromContext: false };
    const chosen = nearestYear(day, month, contextDate);
    if (chosen === undefined) return `${day}/${month} near ${contextDate}`;
    return {
      iso: toIsoDate(chosen, month, day),
      year: chosen,
      month,
      day,
      precision: "day",
      partial: true,
      yearFromContext: true,
    };
  }
  if (month !== undefined && year !== undefined) {
    return { year, month, precision: "month", partial: false, yearFromContext: false };
  }
  if (year !== undefined) return { year, precision: "year", partial: false, yearFromContext: false };
  return undefined;
}

/** {@link evaluateDateShape} as a Result: IMPOSSIBLE_DATE / INVALID_DATE, or the date with its warnings. */
export function resolveDateShape(
  shape: DateShape,
  contextDate: IsoDate | undefined,
  locale: Locale | undefined,
): Result<ParsedDate> {
  const span: Span = { start: shape.start, end: shape.end };
  const issueOptions = { span, ...(locale ? { locale } : {}) };
  const verdict = evaluateDateShape(shape, contextDate);
  if (verdict === undefined) return fail(createIssue("INVALID_DATE", issueOptions));
  if (typeof verdict === "string") return fail(createIssue("IMPOSSIBLE_DATE", { ...issueOptions, hint: verdict }));
  if (verdict.yearFromContext) {
    return ok(verdict, [createIssue("PARTIAL_DATE", { ...issueOptions, hint: String(verdict.year) })]);
  }
  return ok(verdict, verdict.partial ? [createIssue("MISSING_YEAR", issueOptions)] : []);
}
