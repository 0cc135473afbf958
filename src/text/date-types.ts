import type { DateLike, IsoDate, LanguageOption, Locale, Span } from "../core/index.js";

/**
 * How much of a date the text gave: a day (`22/12/2024`, or `ngày 2/12` without year), a month
 * (`tháng 12/2024`, `December 2024`) or only a year (`năm 2024`).
 *
 * @example
 * ```ts
 * const precision: DatePrecision = "month"; // "tháng 12 năm 2024"
 * ```
 */
export type DatePrecision = "day" | "month" | "year";

/**
 * A date read from text. `iso` is set only when day, month and year are all known (the year possibly taken
 * from the context date).
 *
 * @example
 * ```ts
 * const date: ParsedDate = {
 *   iso: "2024-12-22", year: 2024, month: 12, day: 22,
 *   precision: "day", partial: false, yearFromContext: false,
 * };
 * ```
 */
export interface ParsedDate {
  /** `YYYY-MM-DD`, when day, month and year are known. */
  readonly iso?: IsoDate;
  readonly year?: number;
  /** 1–12. */
  readonly month?: number;
  /** 1–31. */
  readonly day?: number;
  readonly precision: DatePrecision;
  /** The text gave a day and a month but no year (`ngày 6/3`, `March 6`). */
  readonly partial: boolean;
  /** The year was not written; it was taken from `contextDate`. */
  readonly yearFromContext: boolean;
}

/**
 * Options of {@link parseDate}, {@link safeParseDate}, {@link isValidDateText} and {@link extractDates}.
 *
 * @example
 * ```ts
 * const options: ParseDateOptions = { language: "vi", contextDate: "2025-03-06", locale: "en" };
 * ```
 */
export interface ParseDateOptions {
  /**
   * Language of the text; it chooses which month names and keywords are read. Numbers are always read
   * day/month/year, whatever the language.
   * @default "auto" (Vietnamese, English and Polish words are all read; their tables do not overlap)
   */
  readonly language?: LanguageOption;
  /**
   * Date the text was written (the article's date). A date without year takes the year that puts it nearest
   * to this date: "ngày 28/12" in an article of 2025-01-05 is 2024-12-28.
   * @default undefined (dates without year stay partial)
   */
  readonly contextDate?: DateLike;
  /**
   * Locale of issue messages.
   * @default "vi"
   */
  readonly locale?: Locale;
}

/**
 * Options of {@link extractDates}.
 *
 * @example
 * ```ts
 * const options: ExtractDatesOptions = { contextDate: "2025-03-06", minPrecision: "day" };
 * ```
 */
export interface ExtractDatesOptions extends ParseDateOptions {
  /**
   * The coarsest precision to keep: `"day"` drops `tháng 12/2024` and `năm 2024`.
   * @default "year" (keep everything)
   */
  readonly minPrecision?: DatePrecision;
}

/**
 * A date found in running text.
 *
 * @example
 * ```ts
 * const found: ExtractedDate = {
 *   span: { start: 17, end: 32 },
 *   text: "ngày 22/12/2024",
 *   date: { iso: "2024-12-22", year: 2024, month: 12, day: 22, precision: "day", partial: false, yearFromContext: false },
 * };
 * ```
 */
export interface ExtractedDate {
  /** Where the date phrase lies in the caller's string; includes a leading "ngày" and a Polish "r.". */
  readonly span: Span;
  readonly text: string;
  readonly date: ParsedDate;
}

/**
 * Written styles of {@link formatDate}.
 *
 * @example
 * ```ts
 * const style: DateStyle = "long"; // "ngày 22 tháng 12 năm 2024" / "December 22, 2024"
 * ```
 */
export type DateStyle = "short" | "long";

/**
 * Options of {@link formatDate}.
 *
 * @example
 * ```ts
 * const options: FormatDateOptions = { locale: "en", style: "long" };
 * ```
 */
export interface FormatDateOptions {
  /**
   * Locale of the written date.
   * @default "vi"
   */
  readonly locale?: Locale;
  /**
   * `"short"`: `22/12/2024` (vi), `22 Dec 2024` (en); `"long"`: `ngày 22 tháng 12 năm 2024` (vi),
   * `December 22, 2024` (en).
   * @default "short"
   */
  readonly style?: DateStyle;
}
