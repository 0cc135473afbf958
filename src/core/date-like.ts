import { createIssueFrom, type Issue } from "./issue.js";
import { CORE_ISSUE_MESSAGES } from "./messages/core.js";
import { fail, ok, type Result, unwrap } from "./result.js";

// Reads the message from core's own table, so that date checks do not bundle every module's messages.
function invalidDate(hint: string): Issue {
  return createIssueFrom([CORE_ISSUE_MESSAGES], "INVALID_DATE_LIKE", { hint });
}

/**
 * The date the bundled catalogues are current to, and the default `asOf` of every time-aware function.
 * It never follows the wall clock, so results are reproducible.
 *
 * @example
 * ```ts
 * DATA_AS_OF; // "2026-09-01"
 * ```
 */
export const DATA_AS_OF = "2026-09-01";

/**
 * A calendar date: a `Date` (read by its local calendar day, as date-fns does) or a `YYYY-MM-DD` string.
 *
 * @example
 * ```ts
 * const asOf: DateLike = "2025-07-01";
 * ```
 */
export type DateLike = Date | string;

/**
 * A calendar date written `YYYY-MM-DD`, the form every date in vnpolity's output takes.
 *
 * @example
 * ```ts
 * const date: IsoDate = "2024-12-22";
 * ```
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/**
 * Checks that a year, month (1–12) and day form a real Gregorian date.
 *
 * @example
 * ```ts
 * isCalendarDate(2024, 2, 29); // true
 * isCalendarDate(2025, 2, 29); // false
 * ```
 */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/**
 * Formats a year, month and day as an ISO calendar date.
 *
 * @example
 * ```ts
 * toIsoDate(2024, 12, 22); // "2024-12-22"
 * ```
 */
export function toIsoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Reads a {@link DateLike} as an ISO calendar date, or returns an `INVALID_DATE_LIKE` issue.
 *
 * @example
 * ```ts
 * safeToIsoDate("2025-07-01"); // { success: true, data: "2025-07-01", warnings: [] }
 * safeToIsoDate("1/7/2025").success; // false
 * ```
 */
export function safeToIsoDate(value: unknown): Result<IsoDate> {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return fail(invalidDate("Invalid Date"));
    const year = value.getFullYear();
    if (year < 1 || year > 9999) return fail(invalidDate("year out of range"));
    return ok(toIsoDate(year, value.getMonth() + 1, value.getDate()));
  }
  if (typeof value === "string") {
    const match = ISO_DATE.exec(value);
    if (match && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) return ok(value);
  }
  return fail(invalidDate(typeof value === "string" ? value.slice(0, 40) : typeof value));
}

/**
 * Resolves an `asOf` option: the given date as `YYYY-MM-DD`, or {@link DATA_AS_OF} when none is given.
 * Throws a `VnPolityError` (`INVALID_DATE_LIKE`) for anything else.
 *
 * @example
 * ```ts
 * resolveAsOf(undefined); // "2026-09-01"
 * resolveAsOf(new Date(2025, 6, 1)); // "2025-07-01"
 * ```
 */
export function resolveAsOf(asOf: DateLike | undefined): IsoDate {
  return asOf === undefined ? DATA_AS_OF : unwrap(safeToIsoDate(asOf));
}

/**
 * Whether an ISO date lies in a validity window: `from` inclusive, `until` exclusive; either may be open.
 *
 * @example
 * ```ts
 * isWithin("2025-07-01", { from: "2025-07-01" }); // true
 * isWithin("2025-07-01", { until: "2025-07-01" }); // false
 * ```
 */
export function isWithin(date: IsoDate, window: { readonly from?: IsoDate; readonly until?: IsoDate }): boolean {
  // ISO calendar dates compare correctly as strings.
  return (window.from === undefined || window.from <= date) && (window.until === undefined || date < window.until);
}
