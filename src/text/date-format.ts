import { format, isValid } from "date-fns";
import { enUS } from "date-fns/locale/en-US";
import { vi } from "date-fns/locale/vi";
import { createIssue, type DateLike, safeToIsoDate, unwrap, VnPolityError } from "../core/index.js";
import type { FormatDateOptions } from "./date-types.js";
import { isLocaleValue, optionsRecord } from "./language-codes.js";

/*
 * Patterns are spelled out rather than taken from the locales' "P"/"PPP": date-fns vi writes
 * "ngày 2 tháng 01 năm 2024" (padded month, bare day), where Vietnamese prose writes "ngày 2 tháng 1 năm 2024".
 * English short is "22 Dec 2024": day first like every numeric date vnpolity reads, and with the month
 * spelled, it cannot be misread by a reader used to month/day/year.
 */
const PATTERNS = Object.freeze({
  vi: Object.freeze({ short: "dd/MM/yyyy", long: "'ngày' d 'tháng' M 'năm' yyyy" }),
  en: Object.freeze({ short: "d MMM yyyy", long: "MMMM d, yyyy" }),
});

/**
 * Writes a calendar date in Vietnamese or English with date-fns `format`.
 *
 * | locale | `"short"` (default) | `"long"` |
 * | --- | --- | --- |
 * | `"vi"` (default) | `22/12/2024` | `ngày 22 tháng 12 năm 2024` |
 * | `"en"` | `22 Dec 2024` | `December 22, 2024` |
 *
 * Every output reads back with {@link parseDate}. A `Date` is read by its local calendar day.
 *
 * @throws VnPolityError `INVALID_DATE_LIKE` for an invalid date, `INVALID_OPTION` for an unknown locale or style.
 * @example
 * ```ts
 * formatDate("2024-12-22"); // "22/12/2024"
 * formatDate("2024-12-22", { style: "long" }); // "ngày 22 tháng 12 năm 2024"
 * formatDate(new Date(2024, 11, 22), { locale: "en", style: "long" }); // "December 22, 2024"
 * ```
 */
export function formatDate(date: DateLike, options?: FormatDateOptions): string {
  const { locale = "vi", style = "short" } = optionsRecord(options);
  if (!isLocaleValue(locale)) throw new VnPolityError([createIssue("INVALID_OPTION", { hint: "locale: vi or en" })]);
  if (style !== "short" && style !== "long") {
    throw new VnPolityError([createIssue("INVALID_OPTION", { locale, hint: "style: short or long" })]);
  }
  const iso = unwrap(safeToIsoDate(date));
  // setFullYear, not the Date constructor, so that years 1–99 are not shifted into the 1900s.
  const value = new Date(2000, 0, 1);
  value.setFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  if (!isValid(value)) throw new VnPolityError([createIssue("INVALID_DATE_LIKE", { locale, hint: iso })]);
  return format(value, PATTERNS[locale][style], { locale: locale === "vi" ? vi : enUS });
}
