import { DATA_AS_OF, type IsoDate, isCalendarDate, toIsoDate } from "../core/index.js";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads an `asOf`-style option without throwing: `DATA_AS_OF` when absent, the ISO day of a valid `Date` or
 * `YYYY-MM-DD` string, `undefined` otherwise. The `get*` lookups use it so that they stay free of the issue-message
 * tables (their `safe*` twins report the reason).
 *
 * @example
 * ```ts
 * toDay(undefined); // DATA_AS_OF
 * toDay("2025-02-30"); // undefined
 * ```
 */
export function toDay(value: unknown): IsoDate | undefined {
  if (value === undefined) return DATA_AS_OF;
  if (value instanceof Date) {
    const year = value.getFullYear();
    return year >= 1 && year <= 9999 ? toIsoDate(year, value.getMonth() + 1, value.getDate()) : undefined;
  }
  const match = typeof value === "string" ? ISO_DATE.exec(value) : null;
  return match && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3])) ? (value as string) : undefined;
}
