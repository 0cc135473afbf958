import {
  createIssue,
  fail,
  type IsoDate,
  type Language,
  type LanguageOption,
  type Locale,
  type Result,
  safeToIsoDate,
  unwrap,
} from "../core/index.js";
import { evaluateDateShape, resolveDateShape } from "./date-resolve.js";
import { type DateRules, matchDateAt, scanDateShapes } from "./date-scan.js";
import type { DatePrecision, ExtractDatesOptions, ExtractedDate, ParseDateOptions, ParsedDate } from "./date-types.js";
import { isLanguageOptionValue, isLocaleValue, optionsRecord } from "./language-codes.js";
import { isAsciiDigit, readWordAt, skipSpaces, trimBounds } from "./language-letters.js";

// No date phrase is longer; a longer input is reported as too long instead of scanned.
const MAX_DATE_LENGTH = 256;

const PRECISION_RANK: Readonly<Record<DatePrecision, number>> = Object.freeze({ day: 0, month: 1, year: 2 });

interface DateSettings {
  readonly language: LanguageOption;
  readonly contextDate?: IsoDate;
  readonly locale?: Locale;
}

function rulesFor(language: LanguageOption, whole: boolean): DateRules {
  const all = language === "auto";
  const is = (code: Language) => all || language === code;
  return { vi: is("vi"), en: is("en"), pl: is("pl"), whole };
}

function readSettings(options: unknown): Result<DateSettings> {
  const record = optionsRecord(options);
  const { language = "auto", contextDate, locale } = record;
  const messageLocale = isLocaleValue(locale) ? locale : undefined;
  const localeOption = messageLocale ? { locale: messageLocale } : {};
  if (locale !== undefined && !messageLocale) {
    return fail(createIssue("INVALID_OPTION", { hint: "locale must be vi or en" }));
  }
  if (!isLanguageOptionValue(language)) {
    return fail(
      createIssue("INVALID_OPTION", { ...localeOption, hint: "language must be vi, en, pl, fr, es, de or auto" }),
    );
  }
  if (contextDate === undefined) return { success: true, data: { language, ...localeOption }, warnings: [] };
  const context = safeToIsoDate(contextDate);
  if (!context.success) {
    const hint = typeof contextDate === "string" ? contextDate.slice(0, 40) : typeof contextDate;
    return fail(createIssue("INVALID_DATE_LIKE", { ...localeOption, hint: `contextDate: ${hint}` }));
  }
  return { success: true, data: { language, contextDate: context.data, ...localeOption }, warnings: [] };
}

function parseWhole(text: string, settings: DateSettings): Result<ParsedDate> {
  const localeOption = settings.locale ? { locale: settings.locale } : {};
  const { start, end } = trimBounds(text);
  if (start === end) return fail(createIssue("EMPTY_INPUT", localeOption));
  if (end - start > MAX_DATE_LENGTH) {
    return fail(createIssue("INPUT_TOO_LONG", { ...localeOption, hint: `at most ${MAX_DATE_LENGTH} characters` }));
  }
  const rules = rulesFor(settings.language, true);
  let first = start;
  // "on 2 December": the preposition is accepted before a whole-input date.
  const lead = rules.en ? readWordAt(text, start, 2) : undefined;
  if (lead?.folded === "on" && skipSpaces(text, lead.end) > lead.end) first = skipSpaces(text, lead.end);
  let a = first;
  while (a < end && !isAsciiDigit(text.charCodeAt(a))) a++;
  let b = a;
  while (b < end && isAsciiDigit(text.charCodeAt(b))) b++;
  const shape = a < end ? matchDateAt(text, a, b, first, rules) : undefined;
  const closes = shape && (shape.end === end || (shape.end === end - 1 && text.charCodeAt(end - 1) === 46));
  if (!shape || shape.start !== first || !closes) {
    return fail(createIssue("INVALID_DATE", { ...localeOption, span: { start, end } }));
  }
  return resolveDateShape(shape, settings.contextDate, settings.locale);
}

/**
 * Reads a text that is one date, and returns a {@link Result} instead of throwing.
 *
 * Forms: `22/12/2024`, `22-12-2024`, `22.12.2024`, `2024-12-22`, `ngày 22/12/2024`, `ngày 22 tháng 12 năm 2024`
 * (also without diacritics), `ngày 2/12` (no year), `tháng 12/2024`, `tháng 12 năm 2024`, `năm 2024`,
 * `December 22, 2024`, `22 December 2024`, `Dec. 22, 2024`, `December 2024`, `on 2 December`,
 * `25 października 2017 r.`. Numbers are always day/month/year, whatever the language (Vietnamese media
 * keep that order in English too); `12/22/2024` is an impossible date. Two-digit years are not read.
 *
 * Errors: `INVALID_INPUT_TYPE`, `EMPTY_INPUT`, `INPUT_TOO_LONG`, `INVALID_OPTION`, `INVALID_DATE_LIKE`
 * (contextDate), `INVALID_DATE` (not a date), `IMPOSSIBLE_DATE` (31/02/2024). Warnings: `MISSING_YEAR` (no
 * year and no context date; `iso` is absent), `PARTIAL_DATE` (the year came from `contextDate`).
 *
 * @example
 * ```ts
 * safeParseDate("ngày 22 tháng 12 năm 2024").success; // true
 * safeParseDate("ngày 6/3", { contextDate: "2025-03-07" }); // data.iso "2025-03-06", warning PARTIAL_DATE
 * safeParseDate("31/02/2024").success; // false (IMPOSSIBLE_DATE)
 * ```
 */
export function safeParseDate(text: unknown, options?: ParseDateOptions): Result<ParsedDate> {
  const settings = readSettings(options);
  if (!settings.success) return settings;
  if (typeof text !== "string") {
    const localeOption = settings.data.locale ? { locale: settings.data.locale } : {};
    return fail(createIssue("INVALID_INPUT_TYPE", { ...localeOption, hint: typeof text }));
  }
  return parseWhole(text, settings.data);
}

/**
 * Reads a text that is one date; throws a `VnPolityError` when it is not. See {@link safeParseDate}.
 *
 * @throws VnPolityError `INVALID_DATE`, `IMPOSSIBLE_DATE`, `EMPTY_INPUT`, `INPUT_TOO_LONG`,
 * `INVALID_INPUT_TYPE`, `INVALID_OPTION`, `INVALID_DATE_LIKE`.
 * @example
 * ```ts
 * parseDate("22/12/2024").iso; // "2024-12-22"
 * parseDate("December 2024"); // { year: 2024, month: 12, precision: "month", partial: false, … }
 * parseDate("25 października 2017 r.").iso; // "2017-10-25"
 * ```
 */
export function parseDate(text: string, options?: ParseDateOptions): ParsedDate {
  return unwrap(safeParseDate(text, options));
}

/**
 * Whether a text is one readable, possible date (a date without year counts, as in {@link safeParseDate}).
 *
 * @example
 * ```ts
 * isValidDateText("ngay 22 thang 12 nam 2024"); // true
 * isValidDateText("31/02/2024"); // false
 * ```
 */
export function isValidDateText(text: unknown, options?: ParseDateOptions): boolean {
  return safeParseDate(text, options).success;
}

/**
 * Finds every date in running text, with spans into the original string. Linear in the input; never throws
 * (a non-string or invalid options give `[]`). Impossible dates are skipped. A bare `2/12` is not taken (it
 * is as often a ratio), but `ngày 2/12` is; a bare `2024` is not, `năm 2024` is. English month names must be
 * capitalised ("May 5", not "may 5"). In a range such as `19–23/01/2026` only the closing date is found.
 *
 * @example
 * ```ts
 * const text = "Nghị quyết được ban hành ngày 22/12/2024 và có hiệu lực từ tháng 1/2025.";
 * extractDates(text).map((found) => found.text); // ["ngày 22/12/2024", "tháng 1/2025"]
 * ```
 */
export function extractDates(text: unknown, options?: ExtractDatesOptions): ExtractedDate[] {
  if (typeof text !== "string") return [];
  const settings = readSettings(options);
  if (!settings.success) return [];
  const { minPrecision } = optionsRecord(options);
  const maxRank =
    typeof minPrecision === "string" && Object.hasOwn(PRECISION_RANK, minPrecision)
      ? PRECISION_RANK[minPrecision as DatePrecision]
      : PRECISION_RANK.year;
  const found: ExtractedDate[] = [];
  scanDateShapes(text, rulesFor(settings.data.language, false), (shape) => {
    const date = evaluateDateShape(shape, settings.data.contextDate);
    if (typeof date !== "object" || PRECISION_RANK[date.precision] > maxRank) return;
    found.push({ span: { start: shape.start, end: shape.end }, text: text.slice(shape.start, shape.end), date });
  });
  return found;
}
